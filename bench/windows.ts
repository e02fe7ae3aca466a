import { type Kysely, sql } from 'kysely';

import type { Database } from '../server/db/schema';

/** A map view: bbox in WGS 84 and its centre, for the nearby query. */
export interface Window {
  readonly bbox: readonly [number, number, number, number];
  readonly lon: number;
  readonly lat: number;
}

export interface WindowSet {
  readonly windows: Window[];
  /** Spots per km² in the urban districts, where the windows lie. */
  readonly coreDensityPerKm2: number;
  readonly sideMetres: number;
  readonly spotsPerWindow: { mean: number; min: number; max: number };
}

const METRES_PER_DEGREE = 111_320;
/** Degrees of longitude are this much shorter at the city's latitude. */
const CITY_LATITUDE = 10.8;

/**
 * Picks `count` square windows that each hold about `target` spots: the side
 * comes from the density of the urban districts, the centres are random in
 * those districts, far enough inside that the whole window is urban. The
 * side is corrected once from the counted mean.
 */
export async function chooseWindows(
  db: Kysely<Database>,
  count: number,
  target: number,
): Promise<WindowSet> {
  const coreDensityPerKm2 = await urbanDensity(db);
  let sideMetres = Math.sqrt(target / coreDensityPerKm2) * 1000;
  const centres = await urbanCentres(db, count, sideMetres);
  let counts = await countSpots(db, windowsAround(centres, sideMetres));
  sideMetres *= Math.sqrt(target / mean(counts));

  const windows = windowsAround(centres, sideMetres);
  counts = await countSpots(db, windows);

  return {
    windows,
    coreDensityPerKm2,
    sideMetres,
    spotsPerWindow: {
      mean: mean(counts),
      min: Math.min(...counts),
      max: Math.max(...counts),
    },
  };
}

async function urbanDensity(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ spots: number; km2: number }>`
    SELECT
      (SELECT count(*) FROM black_spots s JOIN admin_units d
        ON d.code = s.district_code WHERE d.kind = 'quan') AS spots,
      (SELECT sum(ST_Area(geom::geography)) / 1e6 FROM admin_units
        WHERE level = 'district' AND kind = 'quan') AS km2`.execute(db);

  return rows[0]!.spots / rows[0]!.km2;
}

/** Random points in the urban districts shrunk by half a window. */
async function urbanCentres(
  db: Kysely<Database>,
  count: number,
  sideMetres: number,
): Promise<{ lon: number; lat: number }[]> {
  // In degrees of longitude, the longer way, so the window fits both ways.
  const margin = halfSideDegrees(sideMetres, CITY_LATITUDE).lon;
  const { rows } = await sql<{ lon: number; lat: number }>`
    WITH core AS (
      SELECT ST_Buffer(ST_Union(geom), ${-margin}) AS geom
      FROM admin_units WHERE level = 'district' AND kind = 'quan'
    )
    SELECT ST_X(p.geom) AS lon, ST_Y(p.geom) AS lat
    FROM core, LATERAL ST_Dump(ST_GeneratePoints(core.geom, ${count}, 42)) p
    `.execute(db);

  return rows;
}

function halfSideDegrees(sideMetres: number, lat: number) {
  const halfLat = sideMetres / 2 / METRES_PER_DEGREE;

  return { lat: halfLat, lon: halfLat / Math.cos((lat * Math.PI) / 180) };
}

function windowsAround(
  centres: { lon: number; lat: number }[],
  sideMetres: number,
): Window[] {
  return centres.map(({ lon, lat }) => {
    const half = halfSideDegrees(sideMetres, lat);

    return {
      bbox: [
        round6(lon - half.lon),
        round6(lat - half.lat),
        round6(lon + half.lon),
        round6(lat + half.lat),
      ],
      lon: round6(lon),
      lat: round6(lat),
    };
  });
}

async function countSpots(
  db: Kysely<Database>,
  windows: Window[],
): Promise<number[]> {
  const column = (i: number) => windows.map((w) => w.bbox[i]!);
  const { rows } = await sql<{ count: number }>`
    SELECT (SELECT count(*) FROM black_spots s
      WHERE s.geom && ST_MakeEnvelope(w.x1, w.y1, w.x2, w.y2, 4326)) AS count
    FROM unnest(${column(0)}::float8[], ${column(1)}::float8[],
      ${column(2)}::float8[], ${column(3)}::float8[])
      WITH ORDINALITY AS w(x1, y1, x2, y2, i)
    ORDER BY w.i`.execute(db);

  return rows.map((row) => row.count);
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
