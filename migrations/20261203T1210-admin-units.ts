import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE admin_units (
      code text PRIMARY KEY,
      level text NOT NULL CHECK (level IN ('city', 'district', 'ward')),
      kind text NOT NULL,
      name text NOT NULL,
      name_en text NOT NULL,
      name_ascii text NOT NULL,
      parent_code text REFERENCES admin_units (code),
      geom geometry(MultiPolygon, 4326) NOT NULL,
      source text NOT NULL,
      loaded_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX admin_units_geom_idx ON admin_units USING gist (geom)`.execute(
    db,
  );
  await sql`CREATE INDEX admin_units_level_idx ON admin_units (level)`.execute(
    db,
  );

  await sql`
    CREATE TABLE waterways (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      system text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('centerline', 'water_area')),
      name text NOT NULL,
      name_en text NOT NULL,
      geom geometry(Geometry, 4326) NOT NULL,
      source text NOT NULL,
      UNIQUE (system, kind)
    )`.execute(db);
  await sql`CREATE INDEX waterways_geom_idx ON waterways USING gist (geom)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE waterways`.execute(db);
  await sql`DROP TABLE admin_units`.execute(db);
}
