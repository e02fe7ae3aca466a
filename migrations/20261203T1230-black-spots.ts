import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE black_spots (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      geom geometry(Geometry, 4326) NOT NULL CHECK (
        GeometryType(geom) IN ('POINT', 'LINESTRING', 'POLYGON')
        AND ST_IsValid(geom)
      ),
      category text NOT NULL CHECK (category IN (
        'illegal_dump', 'canal_waste', 'littering', 'construction_debris',
        'other'
      )),
      severity smallint NOT NULL CHECK (severity BETWEEN 1 AND 5),
      estimated_size_m2 numeric CHECK (estimated_size_m2 > 0),
      description text NOT NULL,
      status text NOT NULL DEFAULT 'reported' CHECK (status IN (
        'reported', 'verified', 'rejected', 'assigned', 'in_progress',
        'transformed', 'relapsed'
      )),
      ward_code text REFERENCES admin_units (code),
      district_code text NOT NULL REFERENCES admin_units (code),
      reporter_name text,
      reporter_contact text,
      reported_by_user_id integer REFERENCES users (id),
      rejection_reason text CHECK (rejection_reason IN (
        'duplicate', 'not_a_black_spot', 'outside_city'
      )),
      duplicate_of_id bigint REFERENCES black_spots (id),
      claimed_by_organisation_id integer REFERENCES organisations (id),
      version integer NOT NULL DEFAULT 1,
      is_sample boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      -- A duplicate names its original, unless that original was sample
      -- data and has been removed since.
      CHECK (duplicate_of_id IS NULL OR rejection_reason = 'duplicate')
    )`.execute(db);
  await sql`CREATE INDEX black_spots_geom_idx ON black_spots USING gist (geom)`.execute(
    db,
  );
  // Nearby and duplicate searches measure on the sphere; index that too.
  await sql`
    CREATE INDEX black_spots_geog_idx ON black_spots
    USING gist ((geom::geography))`.execute(db);
  // Whether the sample set is present is asked on every page load.
  await sql`
    CREATE INDEX black_spots_sample_idx ON black_spots (id)
    WHERE is_sample`.execute(db);
  await sql`CREATE INDEX black_spots_status_idx ON black_spots (status)`.execute(
    db,
  );
  await sql`CREATE INDEX black_spots_district_idx ON black_spots (district_code, status)`.execute(
    db,
  );
  await sql`CREATE INDEX black_spots_ward_idx ON black_spots (ward_code)`.execute(
    db,
  );
  await sql`CREATE INDEX black_spots_created_idx ON black_spots (created_at, id)`.execute(
    db,
  );

  // The ward and district of a spot come from the boundary polygons, never
  // from the client: a ward when one is mapped there, else the district,
  // allowing 100 m for the slivers along rivers between district outlines.
  await sql`
    CREATE FUNCTION black_spot_locate() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
      anchor geometry := ST_PointOnSurface(NEW.geom);
    BEGIN
      NEW.ward_code := NULL;
      NEW.district_code := NULL;

      SELECT code, parent_code INTO NEW.ward_code, NEW.district_code
      FROM admin_units
      WHERE level = 'ward' AND ST_Intersects(geom, anchor)
      ORDER BY code
      LIMIT 1;

      IF NEW.district_code IS NULL THEN
        SELECT code INTO NEW.district_code
        FROM admin_units
        WHERE level = 'district'
          AND ST_DWithin(geom::geography, anchor::geography, 100)
        ORDER BY ST_Distance(geom::geography, anchor::geography), code
        LIMIT 1;
      END IF;

      IF NEW.district_code IS NULL THEN
        RAISE EXCEPTION 'black spot lies outside the city'
          USING ERRCODE = 'BS001';
      END IF;

      RETURN NEW;
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER black_spots_locate
    BEFORE INSERT OR UPDATE OF geom ON black_spots
    FOR EACH ROW EXECUTE FUNCTION black_spot_locate()`.execute(db);

  await sql`
    CREATE TABLE black_spot_history (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      black_spot_id bigint NOT NULL REFERENCES black_spots (id),
      action text NOT NULL,
      from_status text,
      to_status text NOT NULL,
      actor_user_id integer REFERENCES users (id),
      actor_role text NOT NULL,
      reason text,
      rejection_reason text,
      duplicate_of_id bigint,
      event_id bigint,
      is_sample boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`.execute(db);
  await sql`
    CREATE INDEX black_spot_history_spot_idx
    ON black_spot_history (black_spot_id, id)`.execute(db);

  // History is append-only. The one exception is the sample data set, which
  // its removal command may delete after saying so in the transaction.
  await sql`
    CREATE FUNCTION black_spot_history_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        IF OLD.is_sample
          AND current_setting('blackspot.purge_samples', true) = 'on' THEN
          RETURN OLD;
        END IF;
      END IF;

      RAISE EXCEPTION 'black_spot_history is append-only: % refused', TG_OP
        USING ERRCODE = 'BS002';
    END
    $$`.execute(db);
  await sql`
    CREATE TRIGGER black_spot_history_append_only
    BEFORE UPDATE OR DELETE ON black_spot_history
    FOR EACH ROW EXECUTE FUNCTION black_spot_history_refuse_change()`.execute(
    db,
  );
  await sql`
    CREATE TRIGGER black_spot_history_no_truncate
    BEFORE TRUNCATE ON black_spot_history
    FOR EACH STATEMENT EXECUTE FUNCTION black_spot_history_refuse_change()`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE black_spot_history`.execute(db);
  await sql`DROP FUNCTION black_spot_history_refuse_change()`.execute(db);
  await sql`DROP TABLE black_spots`.execute(db);
  await sql`DROP FUNCTION black_spot_locate()`.execute(db);
}
