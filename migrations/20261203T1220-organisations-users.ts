import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE organisations (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      code text NOT NULL UNIQUE,
      kind text NOT NULL CHECK (kind IN (
        'city_union', 'district_union', 'ward_union', 'base_union',
        'donre', 'district_environment_office', 'youth_federation'
      )),
      name text NOT NULL,
      name_en text NOT NULL,
      parent_id integer REFERENCES organisations (id),
      admin_unit_code text REFERENCES admin_units (code),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX organisations_parent_idx ON organisations (parent_id)`.execute(
    db,
  );

  await sql`
    CREATE TABLE users (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      email text NOT NULL,
      name text NOT NULL,
      role text NOT NULL CHECK (role IN (
        'admin', 'officer', 'union_manager', 'union_member'
      )),
      organisation_id integer REFERENCES organisations (id),
      password_hash text NOT NULL,
      is_sample boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX users_email_idx ON users (lower(email))`.execute(
    db,
  );

  await sql`
    CREATE TABLE sessions (
      sid text PRIMARY KEY,
      data jsonb NOT NULL,
      expires_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX sessions_expires_idx ON sessions (expires_at)`.execute(
    db,
  );

  await sql`
    CREATE TABLE rate_limits (
      key text PRIMARY KEY,
      hits integer NOT NULL,
      reset_at timestamptz NOT NULL
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE rate_limits`.execute(db);
  await sql`DROP TABLE sessions`.execute(db);
  await sql`DROP TABLE users`.execute(db);
  await sql`DROP TABLE organisations`.execute(db);
}
