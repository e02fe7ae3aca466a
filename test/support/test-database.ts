import { Client } from 'pg';

/** The PostgreSQL server the tests use; CI creates it fresh. */
export const ADMIN_URL =
  process.env.TEST_ADMIN_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

/** Drops and creates a database of that name on the test server. */
export async function recreateDatabase(name: string): Promise<string> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();

  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }

  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;

  return url.toString();
}
