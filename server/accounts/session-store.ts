import session from 'express-session';
import type { Kysely } from 'kysely';

import type { Database } from '../db/schema';

type Callback<T = void> = (error?: unknown, value?: T) => void;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Keeps express-session's sessions in the `sessions` table, so that any
 * server process can serve any request.
 */
export class KyselySessionStore extends session.Store {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    super();
    this.#db = db;
  }

  override get(sid: string, callback: Callback<session.SessionData | null>) {
    this.#db
      .selectFrom('sessions')
      .select('data')
      .where('sid', '=', sid)
      .where('expires_at', '>', new Date())
      .executeTakeFirst()
      .then((row) =>
        callback(null, row ? (row.data as session.SessionData) : null),
      )
      .catch(callback);
  }

  override set(sid: string, data: session.SessionData, callback?: Callback) {
    const expiresAt = expiry(data);
    this.#db
      .insertInto('sessions')
      .values({ sid, data: JSON.stringify(data), expires_at: expiresAt })
      .onConflict((oc) =>
        oc
          .column('sid')
          .doUpdateSet({ data: JSON.stringify(data), expires_at: expiresAt }),
      )
      .execute()
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  override touch(sid: string, data: session.SessionData, callback?: Callback) {
    this.#db
      .updateTable('sessions')
      .set({ expires_at: expiry(data) })
      .where('sid', '=', sid)
      .execute()
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  override destroy(sid: string, callback?: Callback) {
    this.#db
      .deleteFrom('sessions')
      .where((eb) =>
        eb.or([eb('sid', '=', sid), eb('expires_at', '<', new Date())]),
      )
      .execute()
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }
}

function expiry(data: session.SessionData): Date {
  const expires = data.cookie?.expires;

  return expires ? new Date(expires) : new Date(Date.now() + DAY_MS);
}
