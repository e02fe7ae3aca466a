import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { OpenApiGeneratorV3 } from '@asteasolutions/zod-to-openapi';
import express, { type Express } from 'express';
import session from 'express-session';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { pinoHttp } from 'pino-http';
import swaggerUiDist from 'swagger-ui-dist';
import { z } from 'zod';

import { loadActor } from './accounts/actor';
import { addSessionRoutes } from './accounts/session-routes';
import { KyselySessionStore } from './accounts/session-store';
import { addAdminUnitRoutes } from './admin-units/admin-unit-routes';
import { addBlackSpotRoutes } from './black-spots/black-spot-routes';
import type { Config } from './config';
import type { Database } from './db/schema';
import { AppError } from './errors/app-error';
import { errorHandler, notFound } from './errors/error-handler';
import { ApiRoutes } from './http/api-routes';
import { json } from './http/common-schemas';
import { createRateLimit, csrf, securityHeaders } from './http/security';
import type { Logger } from './logger';
import { hasSamples } from './samples/sample-data';

export interface AppDependencies {
  readonly db: Kysely<Database>;
  readonly config: Config;
  readonly logger: Logger;
  readonly sessionSecret: string;
  /** Reports once the database is migrated and loaded. */
  readonly isReady?: () => boolean;
  readonly rateLimits?: {
    readonly login: number;
    readonly reports: number;
  };
}

const clientConfigSchema = z
  .object({
    tileUrl: z.string().nullable(),
    tileAttribution: z.string().nullable(),
    sampleData: z.boolean().describe('The labelled sample data set is loaded.'),
  })
  .meta({ id: 'ClientConfig' });

const SESSION_COOKIE = 'blackspot.sid';

/** A caller's request id is kept if it is short and plain; else a new one. */
function validRequestId(value: string | string[] | undefined) {
  return typeof value === 'string' && /^[\w.:-]{1,128}$/.test(value)
    ? value
    : undefined;
}

/** Whether the request carries a cookie called `name`. */
function hasCookie(req: express.Request, name: string): boolean {
  return (req.headers.cookie ?? '')
    .split(';')
    .some((pair) => pair.trim().startsWith(`${name}=`));
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;
const ONE_HOUR = 60 * 60 * 1000;

/** Builds the HTTP application: API, OpenAPI, docs, health and the client. */
export function createApp(deps: AppDependencies): Express {
  const { db, config, logger } = deps;
  const app = express();

  app.disable('x-powered-by');
  // API answers are built per request; hashing each body for an ETag costs
  // a pass over up to megabytes of GeoJSON. Static files keep theirs.
  app.set('etag', false);
  app.set('trust proxy', process.env.TRUST_PROXY ?? 'loopback');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = validRequestId(req.headers['x-request-id']) ?? randomUUID();
        res.setHeader('x-request-id', id);

        return id;
      },
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? 'error' : 'info',
      // Method, path and status; never headers, which carry cookies.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(securityHeaders(config.tileUrl));

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const ready = (deps.isReady?.() ?? true) && (await databaseAnswers(db));
    res
      .status(ready ? 200 : 503)
      .json({ status: ready ? 'ready' : 'starting' });
  });

  app.use('/api', apiRouter(deps));
  app.use('/api', notFound);
  serveClient(app, config.clientDir);
  app.use(notFound);
  app.use(errorHandler);

  return app;
}

function apiRouter(deps: AppDependencies): express.Router {
  const { db, config } = deps;
  const router = express.Router();
  const routes = new ApiRoutes();
  const limits = deps.rateLimits ?? { login: 10, reports: 30 };

  router.use(requireJsonBody);
  router.use(express.json({ limit: '1mb', type: 'application/json' }));
  const sessions = session({
    name: SESSION_COOKIE,
    secret: deps.sessionSecret,
    store: new KyselySessionStore(db),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'strict',
      secure: config.secureCookies,
      maxAge: 12 * 60 * 60 * 1000,
    },
  });

  // The public's reads carry no session cookie and need no session: they
  // skip the store. Signing in (/session) creates one.
  router.use((req, res, next) =>
    req.path === '/session' || hasCookie(req, SESSION_COOKIE)
      ? sessions(req, res, next)
      : next(),
  );
  router.use(loadActor(db));
  router.use(csrf.csrfSynchronisedProtection);

  routes.add({
    method: 'get',
    path: '/config',
    summary: 'What the client needs to know about this installation',
    tags: ['Map layers'],
    responses: { 200: json('The client configuration.', clientConfigSchema) },
    handler: async () => ({
      tileUrl: config.tileUrl,
      tileAttribution: config.tileAttribution,
      sampleData: await hasSamples(db),
    }),
  });

  addSessionRoutes(
    routes,
    db,
    createRateLimit(db, {
      name: 'login',
      limit: limits.login,
      windowMs: FIFTEEN_MINUTES,
    }),
  );
  addAdminUnitRoutes(routes, db);
  addBlackSpotRoutes(
    routes,
    db,
    createRateLimit(db, {
      name: 'report',
      limit: limits.reports,
      windowMs: ONE_HOUR,
    }),
  );

  const document = new OpenApiGeneratorV3(
    routes.registry.definitions,
  ).generateDocument({
    openapi: '3.0.3',
    info: {
      title: 'Black-spot GIS API',
      version: '0.1.0',
      description:
        'Pollution black spots of Ho Chi Minh City: report, verify and ' +
        'follow them. Spatial lists are GeoJSON (RFC 7946, EPSG:4326).',
    },
    servers: [{ url: '/' }],
  });
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.use('/docs', docsPage());
  router.use(routes.router);

  return router;
}

/** Bodies must be JSON: no cross-site form can post to the API. */
const requireJsonBody: express.RequestHandler = (req, _res, next) => {
  const hasBody =
    req.headers['transfer-encoding'] !== undefined ||
    Number(req.headers['content-length'] ?? 0) > 0;

  if (hasBody && !req.is('application/json')) {
    next(new AppError('unsupported_media_type'));
    return;
  }

  next();
};

/** Swagger UI from `swagger-ui-dist`, pointed at our document. */
function docsPage(): express.Router {
  const router = express.Router();
  const assets = swaggerUiDist.getAbsoluteFSPath();

  router.get('/swagger-initializer.js', (_req, res) => {
    res
      .type('js')
      .send(
        'window.onload = () => { window.ui = SwaggerUIBundle(' +
          "{ url: '/api/openapi.json', dom_id: '#swagger-ui' }); };",
      );
  });
  router.use((_req, res, next) => {
    // Swagger UI sets inline styles; only its own page allows them.
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data:; " +
        "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
    next();
  });
  router.use(express.static(assets, { index: 'index.html' }));

  return router;
}

function serveClient(app: Express, clientDir: string): void {
  const index = path.join(clientDir, 'index.html');

  app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  app.get(['/', '/index.html'], (_req, res, next) => {
    if (!fs.existsSync(index)) {
      next();
      return;
    }

    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

async function databaseAnswers(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`SELECT 1`.execute(db);

    return true;
  } catch {
    return false;
  }
}
