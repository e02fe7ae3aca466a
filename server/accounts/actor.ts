import type { NextFunction, Request, Response } from 'express';
import type { Kysely } from 'kysely';

import type { Actor } from '../black-spots/lifecycle';
import type { Database } from '../db/schema';
import { findUserById } from './user-repository';

export const PUBLIC_ACTOR: Actor = {
  role: 'public',
  userId: null,
  organisationId: null,
  organisationKind: null,
  adminUnitCode: null,
};

/** Sets `req.actor` from the session: a user, or the public. */
export function loadActor(db: Kysely<Database>) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const userId = req.session?.userId;
    const user = userId ? await findUserById(db, userId) : undefined;

    req.actor = user
      ? {
          role: user.role,
          userId: user.id,
          organisationId: user.organisationId,
          organisationKind: user.organisationKind,
          adminUnitCode: user.adminUnitCode,
        }
      : PUBLIC_ACTOR;
    next();
  };
}
