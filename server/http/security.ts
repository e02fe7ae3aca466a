import { csrfSync } from 'csrf-sync';
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Kysely } from 'kysely';

import type { Database } from '../db/schema';
import { AppError } from '../errors/app-error';
import { KyselyRateLimitStore } from './rate-limit-store';

/**
 * Security headers with a strict content security policy. The map may add
 * one tile host to `img-src`; the API docs page needs inline styles.
 */
export function securityHeaders(tileUrl: string | null): RequestHandler {
  const imgSrc = ["'self'", 'data:', 'blob:'];

  if (tileUrl) {
    imgSrc.push(new URL(tileUrl.replace(/[{}]/g, '')).origin);
  }

  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc,
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * CSRF protection for signed-in users: unsafe requests must carry the
 * session's token in `x-csrf-token`. The public has no session to abuse.
 */
export const csrf = csrfSync({
  getTokenFromRequest: (req) => req.get('x-csrf-token'),
  skipCsrfProtection: (req) => !req.session?.userId,
  errorConfig: { statusCode: 403, code: 'csrf_invalid' },
});

export interface RateLimitOptions {
  readonly name: string;
  readonly limit: number;
  readonly windowMs: number;
}

/** A limiter whose counts live in the database, shared by all processes. */
export function createRateLimit(
  db: Kysely<Database>,
  options: RateLimitOptions,
): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: new KyselyRateLimitStore(db, options.name),
    handler: (_req, _res, next) => next(new AppError('rate_limited')),
  });
}
