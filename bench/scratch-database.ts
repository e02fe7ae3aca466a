import { type Kysely, sql } from 'kysely';
import { Client } from 'pg';

import { readConfig } from '../server/config';
import type { Database } from '../server/db/schema';
import { createLogger } from '../server/logger';
import { type Platform, preparePlatform } from '../server/platform';

/** The PostgreSQL server that holds the scratch database. */
export const ADMIN_URL =
  process.env.BENCH_ADMIN_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

export const BENCH_DATABASE = 'blackspot_bench';

/** Urban districts (quận) get this many times the rural spots per km². */
const URBAN_WEIGHT = 4;
const BATCH_SIZE = 10_000;

export interface LoadSummary {
  readonly spots: number;
  readonly seconds: number;
  readonly spotsPerSecond: number;
  readonly analyzeSeconds: number;
}

interface Batch {
  readonly districtCode: string;
  readonly size: number;
  readonly seed: number;
}

interface DistrictShare {
  readonly code: string;
  readonly weight: number;
}

/** Runs `statement` on the admin database: CREATE and DROP DATABASE. */
async function onAdminDatabase(statement: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();

  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Drops and creates the scratch database; returns its URL. */
export async function recreateBenchDatabase(): Promise<string> {
  await dropBenchDatabase();
  await onAdminDatabase(`CREATE DATABASE "${BENCH_DATABASE}"`);

  return benchDatabaseUrl();
}

/** The scratch database's URL, on the admin database's server. */
export function benchDatabaseUrl(): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${BENCH_DATABASE}`;

  return url.toString();
}

/** How many spots a kept scratch database holds. */
export async function countSpots(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('black_spots')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();

  return Number(row.count);
}

export function dropBenchDatabase(): Promise<void> {
  return onAdminDatabase(
    `DROP DATABASE IF EXISTS "${BENCH_DATABASE}" WITH (FORCE)`,
  );
}

/** The environment the platform reads in the bench and its server. */
export function benchEnvironment(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    DATABASE_URL: databaseUrl,
    SAMPLE_DATA: '0',
    ADMIN_EMAIL: 'admin@bench.blackspot.vn',
    ADMIN_PASSWORD: 'bench-admin-password',
  };
}

/** Migrates the scratch database and loads the boundaries, no samples. */
export function prepareBenchPlatform(databaseUrl: string): Promise<Platform> {
  const config = readConfig(benchEnvironment(databaseUrl));

  return preparePlatform(config, createLogger('warn'));
}

/**
 * Inserts `total` synthetic spots, in SQL: random points in each district,
 * as many as its area times the urban weight asks, in batches spread over
 * `workers` connections. The locate trigger fills ward and district per
 * row, as for a real report. Ends with ANALYZE.
 */
export async function loadSyntheticSpots(
  db: Kysely<Database>,
  target: number,
  workers: number,
  progress: (loaded: number) => void,
): Promise<LoadSummary> {
  const started = performance.now();
  const shares = await districtShares(db);
  const batches = plan(allocate(shares, target));
  const topUpDistrict = shares.reduce((a, b) =>
    b.weight > a.weight ? b : a,
  ).code;
  let loaded = 0;

  // Each worker holds one connection, so the trigger runs on every core.
  const work = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      const inserted = await insertBatch(db, batch);
      loaded += inserted;
      progress(loaded);
    }
  };
  await Promise.all(Array.from({ length: workers }, work));

  // ST_GeneratePoints can fall a point short on a MultiPolygon: top up.
  for (let seed = 1_000_000; loaded < target; seed++) {
    loaded += await insertBatch(db, {
      districtCode: topUpDistrict,
      size: target - loaded,
      seed,
    });
  }

  const seconds = (performance.now() - started) / 1000;
  const analyzeStarted = performance.now();
  await sql`ANALYZE`.execute(db);

  return {
    spots: loaded,
    seconds,
    spotsPerSecond: loaded / seconds,
    analyzeSeconds: (performance.now() - analyzeStarted) / 1000,
  };
}

/** Cuts each district's count into batches, each with its own seed. */
function plan(counts: Map<string, number>): Batch[] {
  const batches: Batch[] = [];

  for (const [districtCode, count] of counts) {
    for (let done = 0; done < count; done += BATCH_SIZE) {
      const size = Math.min(BATCH_SIZE, count - done);
      batches.push({ districtCode, size, seed: batches.length + 1 });
    }
  }

  return batches;
}

async function districtShares(db: Kysely<Database>): Promise<DistrictShare[]> {
  const { rows } = await sql<{ code: string; kind: string; km2: number }>`
    SELECT code, kind, ST_Area(geom::geography) / 1e6 AS km2
    FROM admin_units WHERE level = 'district' ORDER BY code`.execute(db);

  return rows.map((row) => ({
    code: row.code,
    weight: row.km2 * (row.kind === 'quan' ? URBAN_WEIGHT : 1),
  }));
}

/** Splits `total` by weight, largest remainders first, so the sum is exact. */
function allocate(shares: DistrictShare[], total: number): Map<string, number> {
  const sum = shares.reduce((acc, share) => acc + share.weight, 0);
  const exact = shares.map((share) => ({
    code: share.code,
    value: (share.weight / sum) * total,
  }));
  const counts = new Map(exact.map((e) => [e.code, Math.floor(e.value)]));
  let missing = total - [...counts.values()].reduce((a, b) => a + b, 0);

  const byRemainder = [...exact].sort((a, b) => (b.value % 1) - (a.value % 1));
  for (const entry of byRemainder) {
    if (missing-- <= 0) {
      break;
    }

    counts.set(entry.code, counts.get(entry.code)! + 1);
  }

  return counts;
}

/** Inserts one batch; returns how many rows went in. */
async function insertBatch(
  db: Kysely<Database>,
  batch: Batch,
): Promise<number> {
  const result = await sql`
    INSERT INTO black_spots (geom, category, severity, estimated_size_m2,
      description, status, created_at, updated_at)
    SELECT p.geom,
      (ARRAY['illegal_dump', 'canal_waste', 'littering',
        'construction_debris', 'other'])[1 + floor(random() * 5)::int],
      1 + floor(random() * 5)::int,
      round((1 + random() * 200)::numeric, 1),
      -- Real reports are written in Vietnamese, so the bodies are UTF-8
      -- with diacritics, as the city's will be.
      (ARRAY['Bãi rác tự phát ven đường, bốc mùi', 'Rác thải sinh hoạt dồn ứ dưới chân cầu',
        'Xà bần đổ trộm trên đất trống', 'Kênh ngập rác, nước đen',
        'Người dân xả rác bừa bãi ở góc chợ'])[1 + floor(random() * 5)::int],
      (ARRAY['reported', 'reported', 'verified', 'assigned', 'in_progress',
        'transformed', 'relapsed'])[1 + floor(random() * 7)::int],
      p.created_at, p.created_at
    FROM (
      SELECT dumped.geom, now() - random() * interval '730 days' AS created_at
      FROM admin_units d,
        LATERAL ST_Dump(ST_GeneratePoints(d.geom, ${batch.size}, ${batch.seed}))
          dumped
      WHERE d.code = ${batch.districtCode}
    ) p`.execute(db);

  return Number(result.numAffectedRows ?? 0);
}
