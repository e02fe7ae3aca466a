import { randomBytes } from 'node:crypto';

import type { Request, RequestHandler } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';

import type { Database } from '../db/schema';
import { AppError } from '../errors/app-error';
import type { ApiRoutes } from '../http/api-routes';
import { errorResponses, errorSchema, json } from '../http/common-schemas';
import { csrf } from '../http/security';
import { hashPassword, verifyPassword } from './password';
import { findUserByEmail, findUserById } from './user-repository';

const tags = ['Accounts'];

/** A hash no password matches, checked when the email is unknown. */
const unknownUserHash = hashPassword(randomBytes(32).toString('hex'));

const loginBodySchema = z
  .strictObject({
    email: z.string().trim().email().max(320),
    password: z.string().min(1).max(1000),
  })
  .meta({ id: 'Login' });

const sessionSchema = z
  .object({
    user: z
      .object({
        id: z.number(),
        email: z.string(),
        name: z.string(),
        role: z.string(),
        organisationId: z.number().nullable(),
        organisationName: z.string().nullable(),
      })
      .nullable(),
    csrfToken: z.string().nullable(),
  })
  .meta({ id: 'Session' });

/** Log in, log out, and who am I. */
export function addSessionRoutes(
  routes: ApiRoutes,
  db: Kysely<Database>,
  loginLimit: RequestHandler,
): void {
  const describe = async (req: Request) => {
    const userId = req.session?.userId;
    const user = userId ? await findUserById(db, userId) : undefined;

    return {
      user: user
        ? {
            id: user.id,
            email: user.email,
            name: user.name,
            role: user.role,
            organisationId: user.organisationId,
            organisationName: user.organisationName,
          }
        : null,
      csrfToken: user ? csrf.generateToken(req) : null,
    };
  };

  routes.add({
    method: 'get',
    path: '/session',
    summary: 'The signed-in user and the CSRF token, or nobody',
    tags,
    responses: { 200: json('The session.', sessionSchema) },
    handler: ({ req }) => describe(req),
  });

  routes.add({
    method: 'post',
    path: '/session',
    summary: 'Log in with email and password',
    tags,
    body: loginBodySchema,
    before: [loginLimit],
    responses: {
      200: json('Logged in.', sessionSchema),
      ...errorResponses,
      401: json('Wrong email or password.', errorSchema),
      429: json('Too many attempts.', errorSchema),
    },
    handler: async ({ body, req }) => {
      const user = await findUserByEmail(db, body.email);
      // An unknown email costs as much time as a wrong password.
      const valid = await verifyPassword(
        body.password,
        user?.passwordHash ?? (await unknownUserHash),
      );

      if (!user || !valid) {
        throw new AppError('invalid_credentials');
      }

      // A new session id on login, so a planted one is worth nothing.
      await new Promise<void>((resolve, reject) =>
        req.session.regenerate((error) => (error ? reject(error) : resolve())),
      );
      req.session.userId = user.id;
      csrf.generateToken(req, true);

      return describe(req);
    },
  });

  routes.add({
    method: 'delete',
    path: '/session',
    summary: 'Log out',
    tags,
    responses: { 204: { description: 'Logged out.' } },
    handler: async ({ req, res }) => {
      await new Promise<void>((resolve, reject) =>
        req.session.destroy((error) => (error ? reject(error) : resolve())),
      );
      res.clearCookie('blackspot.sid').status(204).end();

      return undefined;
    },
  });
}
