import { type Kysely, sql } from 'kysely';

import { openDatabase } from '../../server/db/database';
import type { Database } from '../../server/db/schema';

/** The database that global setup prepared, for arranging and checking. */
export async function openTestDatabase(): Promise<Kysely<Database>> {
  const { db } = await openDatabase({
    databaseUrl: process.env.TEST_DATABASE_URL!,
    dataDir: '',
  });

  return db;
}

/**
 * A fingerprint of everything stored about black spots: a request that
 * changed nothing leaves it as it was.
 */
export async function blackSpotFingerprint(db: Kysely<Database>) {
  const { rows } = await sql<{ spots: string; history: string }>`
    SELECT
      (SELECT count(*) || ':' || coalesce(md5(string_agg(
          concat_ws('|', id, status, version, ST_AsEWKT(geom), description),
          ',' ORDER BY id)), '')
        FROM black_spots) AS spots,
      (SELECT count(*) || ':' || coalesce(md5(string_agg(
          concat_ws('|', id, black_spot_id, action, to_status),
          ',' ORDER BY id)), '')
        FROM black_spot_history) AS history`.execute(db);

  return rows[0]!;
}
