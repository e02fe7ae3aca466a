import type { CpuMeter } from './cpu';

/** Answers the `index`-th request; resolves with the body's length. */
export type Probe = (index: number) => Promise<number>;

/** Processes whose CPU time each side's rounds are charged, by name. */
export type Meters = Record<string, CpuMeter>;

export interface RoundPlan {
  readonly concurrency: number;
  readonly durationMs: number;
  /** Pairs of rounds: one direct and one HTTP each. */
  readonly rounds: number;
  readonly warmupMs: number;
}

export interface SideStats {
  readonly requests: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  /** Bytes per answer, as UTF-8. */
  readonly meanBodyBytes: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  /** CPU milliseconds per request of each metered process. */
  readonly cpuMsPerRequest: Record<string, number>;
}

export interface Comparison {
  readonly direct: SideStats;
  readonly http: SideStats;
  /** HTTP over direct requests per second, over all rounds. */
  readonly throughputRatio: number;
  /** The same ratio for each pair of neighbouring rounds: the noise. */
  readonly pairRatios: number[];
}

interface Side {
  readonly probe: Probe;
  readonly latenciesMs: number[];
  readonly cpuMs: Record<string, number>;
  cursor: number;
  seconds: number;
  bytes: number;
}

interface Round {
  readonly requests: number;
  readonly seconds: number;
}

/**
 * Runs `direct` and `http` in alternating short rounds (A B B A A B ...),
 * each with `concurrency` closed-loop workers, so both sides see the same
 * machine load and the same sequence of requests.
 */
export async function compare(
  direct: Probe,
  http: Probe,
  plan: RoundPlan,
  meters: Meters = {},
): Promise<Comparison> {
  const sides = [direct, http].map((probe): Side => ({
    probe,
    latenciesMs: [],
    cpuMs: {},
    cursor: 0,
    seconds: 0,
    bytes: 0,
  }));
  const [a, b] = sides as [Side, Side];

  for (const side of sides) {
    await runRound({ ...side, latenciesMs: [] }, plan, plan.warmupMs, {});
  }

  const pairRatios: number[] = [];
  for (let pair = 0; pair < plan.rounds; pair++) {
    const order = pair % 2 === 0 ? [a, b] : [b, a];
    const rounds = new Map<Side, Round>();

    for (const side of order) {
      rounds.set(side, await runRound(side, plan, plan.durationMs, meters));
    }

    pairRatios.push(rate(rounds.get(b)!) / rate(rounds.get(a)!));
  }

  const [directStats, httpStats] = [summarise(a), summarise(b)];

  return {
    direct: directStats,
    http: httpStats,
    throughputRatio:
      httpStats.requestsPerSecond / directStats.requestsPerSecond,
    pairRatios,
  };
}

/** One round: workers take the next request until the time is up. */
async function runRound(
  side: Side,
  plan: RoundPlan,
  durationMs: number,
  meters: Meters,
): Promise<Round> {
  const cpuBefore = readMeters(meters);
  const started = performance.now();
  const deadline = started + durationMs;
  let requests = 0;

  const worker = async () => {
    while (performance.now() < deadline) {
      const index = side.cursor++;
      const sent = performance.now();
      const bytes = await side.probe(index);
      side.latenciesMs.push(performance.now() - sent);
      side.bytes += bytes;
      requests++;
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, worker));

  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = readMeters(meters);
  side.seconds += seconds;

  for (const name of Object.keys(meters)) {
    side.cpuMs[name] =
      (side.cpuMs[name] ?? 0) + cpuAfter[name]! - cpuBefore[name]!;
  }

  return { requests, seconds };
}

function readMeters(meters: Meters): Record<string, number> {
  return Object.fromEntries(
    Object.entries(meters).map(([name, meter]) => [name, meter()]),
  );
}

function rate(round: Round): number {
  return round.requests / round.seconds;
}

function summarise(side: Side): SideStats {
  const sorted = [...side.latenciesMs].sort((x, y) => x - y);
  const requests = sorted.length;

  return {
    requests,
    seconds: side.seconds,
    requestsPerSecond: requests / side.seconds,
    meanBodyBytes: side.bytes / requests,
    p50Ms: percentile(sorted, 0.5),
    p90Ms: percentile(sorted, 0.9),
    p99Ms: percentile(sorted, 0.99),
    cpuMsPerRequest: Object.fromEntries(
      Object.entries(side.cpuMs).map(([name, ms]) => [name, ms / requests]),
    ),
  };
}

/** Nearest-rank percentile of ascending `sorted`. */
function percentile(sorted: number[], fraction: number): number {
  const rank = Math.ceil(fraction * sorted.length);

  return sorted[Math.max(0, rank - 1)] ?? Number.NaN;
}
