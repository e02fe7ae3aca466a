import os from 'node:os';
import { parseArgs } from 'node:util';

import { startChildServer } from './child-server';
import { ownCpu, postgresCpu, processCpu } from './cpu';
import { compare, type Meters, type RoundPlan } from './measure';
import {
  assertSameAnswer,
  listProbes,
  nearbyProbes,
  type QueryProbes,
} from './probes';
import { formatQuery, judge, type QueryResult, writeResults } from './report';
import {
  benchDatabaseUrl,
  countSpots,
  dropBenchDatabase,
  type LoadSummary,
  loadSyntheticSpots,
  prepareBenchPlatform,
  recreateBenchDatabase,
} from './scratch-database';
import { chooseWindows } from './windows';

/**
 * `npm run bench`: builds a scratch database of synthetic spots, then times
 * the bbox list and the nearby query over HTTP against the same repository
 * SQL called directly, in alternating rounds, and prints the ratios.
 *
 * The server runs in a child process: it has its own event loop, as in
 * production, and the load generator's work does not stall it. Both share
 * the machine's cores with PostgreSQL and with the load generator.
 *
 * Options (after `npm run bench --`):
 *   --spots N        synthetic spots (100000; 1000000 for the large run)
 *   --concurrency N  closed-loop workers per side (4)
 *   --rounds N       pairs of rounds, direct and HTTP (4)
 *   --duration S     seconds per round (5)
 *   --windows N      bbox windows of about 1,000 spots to cycle through (300)
 *   --queries LIST   list,nearby (both)
 *   --keep           keep the scratch database; --reuse measures it again
 *   --cpu-prof DIR   write the server's V8 CPU profile to DIR
 *   --log-level L    the server's log level (info, as in production)
 */
const { values: options } = parseArgs({
  options: {
    spots: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '4' },
    concurrency: { type: 'string', default: '4' },
    windows: { type: 'string', default: '300' },
    'log-level': { type: 'string', default: 'info' },
    'cpu-prof': { type: 'string' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    queries: { type: 'string', default: 'list,nearby' },
  },
});

const SPOTS_PER_WINDOW = 1000;

async function main(): Promise<void> {
  const spots = positive('spots');
  const durationMs = positive('duration') * 1000;
  const plan: RoundPlan = {
    concurrency: positive('concurrency'),
    durationMs,
    rounds: positive('rounds'),
    warmupMs: Math.min(2000, durationMs),
  };

  console.log(`Scratch database with ${spots.toLocaleString('en')} spots`);
  const { databaseUrl, platform, load } = options.reuse
    ? await reuseScratchDatabase(spots)
    : await buildScratchDatabase(spots);

  const windows = await chooseWindows(
    platform.db,
    positive('windows'),
    SPOTS_PER_WINDOW,
  );
  const { mean, min, max } = windows.spotsPerWindow;
  console.log(
    `  ${windows.windows.length} windows of ` +
      `${(windows.sideMetres / 1000).toFixed(2)} km square in the urban ` +
      `districts (${windows.coreDensityPerKm2.toFixed(0)} spots/km²): ` +
      `${mean.toFixed(0)} spots each on average, ${min} to ${max}`,
  );

  const server = await startChildServer(databaseUrl, {
    logLevel: options['log-level'],
    cpuProfileDir: options['cpu-prof'],
  });
  const serverCpu = processCpu(server.pid);
  const databaseCpu = postgresCpu();
  const meters: Meters = {
    bench: ownCpu,
    ...(serverCpu ? { server: serverCpu } : {}),
    ...(databaseCpu ? { postgres: databaseCpu } : {}),
  };
  const results: QueryResult[] = [];

  try {
    const wanted = new Set(options.queries.split(','));
    const queries: QueryProbes[] = [
      listProbes(platform.db, server.baseUrl, windows.windows),
      nearbyProbes(platform.db, server.baseUrl, windows.windows),
    ].filter((probes) => wanted.has(probes.key));

    for (const probes of queries) {
      await assertSameAnswer(probes);
      console.log(
        `\nMeasuring ${probes.name}: ${plan.rounds} rounds of ` +
          `${durationMs / 1000} s per side, ${plan.concurrency} workers`,
      );
      const comparison = await compare(
        probes.direct,
        probes.http,
        plan,
        meters,
      );
      results.push(judge(probes.name, probes.description, comparison));
    }
  } finally {
    await server.stop();
    await platform.db.destroy();

    if (!options.keep) {
      await dropBenchDatabase();
    }
  }

  console.log();
  for (const result of results) {
    console.log(`${formatQuery(result)}\n`);
  }

  const file = writeResults({
    options: { spots, ...plan, logLevel: options['log-level'] },
    load,
    windows: { ...windows, windows: windows.windows.length },
    queries: results,
  });
  console.log(`Results written to ${file}`);
  process.exitCode = results.every((r) => r.throughputPass && r.medianPass)
    ? 0
    : 1;
}

/** A new scratch database with `spots` synthetic spots. */
async function buildScratchDatabase(spots: number) {
  const databaseUrl = await recreateBenchDatabase();
  const platform = await prepareBenchPlatform(databaseUrl);
  const load: LoadSummary | null = await loadSyntheticSpots(
    platform.db,
    spots,
    os.availableParallelism(),
    (loaded) => progress(`  inserted ${loaded.toLocaleString('en')}`),
  );
  endProgress();
  console.log(
    `  loaded ${load.spots.toLocaleString('en')} spots in ` +
      `${load.seconds.toFixed(1)} s (${load.spotsPerSecond.toFixed(0)}/s), ` +
      `ANALYZE ${load.analyzeSeconds.toFixed(1)} s`,
  );

  return { databaseUrl, platform, load };
}

/** The database an earlier `--keep` run left, if it has `spots` spots. */
async function reuseScratchDatabase(spots: number) {
  const databaseUrl = benchDatabaseUrl();
  const platform = await prepareBenchPlatform(databaseUrl);
  const found = await countSpots(platform.db);

  if (found !== spots) {
    await platform.db.destroy();
    throw new Error(
      `--reuse: the kept database holds ${found} spots, not ${spots}; ` +
        'run once with --keep and the same --spots',
    );
  }

  console.log(`  reusing the kept database (${found.toLocaleString('en')})`);

  return { databaseUrl, platform, load: null };
}

type NumericOption = 'spots' | 'duration' | 'rounds' | 'concurrency';

function positive(name: NumericOption | 'windows'): number {
  const value = Number(options[name]);

  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`--${name} must be a positive number`);
  }

  return value;
}

function progress(line: string): void {
  if (process.stdout.isTTY) {
    process.stdout.write(`\r${line}`);
  } else {
    console.log(line);
  }
}

function endProgress(): void {
  if (process.stdout.isTTY) {
    process.stdout.write('\n');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
