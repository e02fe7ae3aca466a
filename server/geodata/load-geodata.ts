import fs from 'node:fs';
import path from 'node:path';

import { type Kysely, sql } from 'kysely';

import type { Database } from '../db/schema';

export const GEODATA_DIR = path.resolve(__dirname, '../../geodata');

const SOURCE = 'OpenStreetMap contributors (ODbL 1.0); codes: GSO 2020';
const CITY_CODE = '79';

export interface GeodataSummary {
  readonly loaded: boolean;
  readonly districts: number;
  readonly wards: number;
  readonly waterways: number;
}

/**
 * Loads the city, its districts and wards, the Saigon River and the main
 * canals from `geodata/`, once: a database that has boundaries keeps them,
 * since an admin may have replaced them since.
 */
export async function loadGeodata(
  db: Kysely<Database>,
  folder = GEODATA_DIR,
): Promise<GeodataSummary> {
  const existing = await db
    .selectFrom('admin_units')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();

  if (existing.count > 0) {
    return { loaded: false, ...(await countGeodata(db)) };
  }

  const read = (file: string) =>
    fs.readFileSync(path.join(folder, file), 'utf8');

  await db.transaction().execute(async (trx) => {
    await insertDistricts(trx, read('hcmc_districts_2011_2020.geojson'));
    await insertCity(trx);
    await insertWards(trx, read('hcmc_wards_osm2018.geojson'));
    await insertWaterways(trx, read('hcmc_saigon_river.geojson'));
    await insertWaterways(trx, read('hcmc_main_canals.geojson'));
  });

  return { loaded: true, ...(await countGeodata(db)) };
}

async function countGeodata(db: Kysely<Database>) {
  const { rows } = await sql<{
    districts: number;
    wards: number;
    waterways: number;
  }>`
    SELECT
      (SELECT count(*) FROM admin_units WHERE level = 'district') AS districts,
      (SELECT count(*) FROM admin_units WHERE level = 'ward') AS wards,
      (SELECT count(*) FROM waterways) AS waterways`.execute(db);

  return rows[0]!;
}

async function insertDistricts(db: Kysely<Database>, collection: string) {
  await sql`
    INSERT INTO admin_units
      (code, level, kind, name, name_en, name_ascii, parent_code, geom, source)
    SELECT p->>'code', 'district', p->>'type', p->>'name', p->>'name_en',
      p->>'name_ascii', NULL,
      ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326)),
      ${SOURCE}
    FROM jsonb_array_elements(${collection}::jsonb->'features') AS f,
      LATERAL (SELECT f->'properties' AS p) AS props`.execute(db);
}

async function insertCity(db: Kysely<Database>) {
  await sql`
    INSERT INTO admin_units
      (code, level, kind, name, name_en, name_ascii, parent_code, geom, source)
    SELECT ${CITY_CODE}, 'city', 'thanh_pho', 'Thành phố Hồ Chí Minh',
      'Ho Chi Minh City', 'Thanh pho Ho Chi Minh', NULL,
      ST_Multi(ST_CollectionExtract(ST_Union(geom), 3)), ${SOURCE}
    FROM admin_units WHERE level = 'district'`.execute(db);
  await sql`
    UPDATE admin_units SET parent_code = ${CITY_CODE}
    WHERE level = 'district'`.execute(db);
}

async function insertWards(db: Kysely<Database>, collection: string) {
  await sql`
    INSERT INTO admin_units
      (code, level, kind, name, name_en, name_ascii, parent_code, geom, source)
    SELECT p->>'code', 'ward', p->>'type', p->>'name', p->>'name_en',
      p->>'name_ascii', p->>'district_code',
      ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326)),
      ${SOURCE}
    FROM jsonb_array_elements(${collection}::jsonb->'features') AS f,
      LATERAL (SELECT f->'properties' AS p) AS props`.execute(db);
}

async function insertWaterways(db: Kysely<Database>, collection: string) {
  await sql`
    INSERT INTO waterways (system, kind, name, name_en, geom, source)
    SELECT p->>'system', p->>'kind', p->>'name', p->>'name_en',
      ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326),
      'OpenStreetMap contributors (ODbL 1.0)'
    FROM jsonb_array_elements(${collection}::jsonb->'features') AS f,
      LATERAL (SELECT f->'properties' AS p) AS props`.execute(db);
}
