import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE settings (
      key text PRIMARY KEY,
      value text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  // Nearby and duplicate searches measure on the sphere; index that too.
  await sql`
    CREATE INDEX black_spots_geog_idx ON black_spots
    USING gist ((geom::geography))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX black_spots_geog_idx`.execute(db);
  await sql`DROP TABLE settings`.execute(db);
}
