import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS postgis`.execute(db);
}

export async function down(): Promise<void> {
  // The extension may serve other schemas; it is left in place.
}
