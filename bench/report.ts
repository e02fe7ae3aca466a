import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Comparison, SideStats } from './measure';

/** The goals on a 2-core machine at 100,000 spots. */
export const GOALS = { minThroughputRatio: 0.8, maxMedianMs: 50 } as const;

export interface QueryResult extends Comparison {
  readonly name: string;
  readonly description: string;
  readonly throughputPass: boolean;
  readonly medianPass: boolean;
}

/** Checks a comparison against the goals. */
export function judge(
  name: string,
  description: string,
  comparison: Comparison,
): QueryResult {
  return {
    name,
    description,
    ...comparison,
    throughputPass: comparison.throughputRatio >= GOALS.minThroughputRatio,
    medianPass: comparison.http.p50Ms < GOALS.maxMedianMs,
  };
}

/** The table of one query: direct, HTTP, their ratio, the verdicts. */
export function formatQuery(result: QueryResult): string {
  const { direct, http } = result;
  const meters = Object.keys(http.cpuMsPerRequest);
  const header = [
    '',
    'p50 ms',
    'p90 ms',
    'p99 ms',
    'req/s',
    'n',
    ...meters.map((name) => `${name} CPU ms/req`),
  ];
  const rows = [
    header,
    sideRow('direct SQL', direct, meters),
    sideRow('HTTP', http, meters),
    [
      'HTTP/direct',
      ratio(http.p50Ms, direct.p50Ms),
      ratio(http.p90Ms, direct.p90Ms),
      ratio(http.p99Ms, direct.p99Ms),
      ratio(http.requestsPerSecond, direct.requestsPerSecond),
      '',
      ...meters.map(() => ''),
    ],
  ];
  const widths = header.map((_, i) =>
    Math.max(...rows.map((row) => row[i]!.length)),
  );
  const pad = (cell: string, i: number) =>
    i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!);
  const lines = rows.map((row) => `  ${row.map(pad).join('  ')}`);
  const pairs = result.pairRatios.map((r) => r.toFixed(2)).join(' ');
  // One decimal, so that 79.7% does not print as a goal of 80% missed.
  const percent = (result.throughputRatio * 100).toFixed(1);
  const kilobytes = (direct.meanBodyBytes / 1000).toFixed(1);

  return [
    `${result.name}: ${result.description}, ~${kilobytes} kB per answer`,
    ...lines,
    `  throughput ratio HTTP/direct per pair of rounds: ${pairs}`,
    `  HTTP keeps ${percent}% of direct throughput ` +
      `(goal >= ${GOALS.minThroughputRatio * 100}%): ` +
      verdict(result.throughputPass),
    `  HTTP median ${http.p50Ms.toFixed(1)} ms ` +
      `(goal < ${GOALS.maxMedianMs} ms): ${verdict(result.medianPass)}`,
  ].join('\n');
}

function sideRow(label: string, stats: SideStats, meters: string[]) {
  return [
    label,
    stats.p50Ms.toFixed(1),
    stats.p90Ms.toFixed(1),
    stats.p99Ms.toFixed(1),
    stats.requestsPerSecond.toFixed(1),
    String(stats.requests),
    ...meters.map((name) => (stats.cpuMsPerRequest[name] ?? 0).toFixed(2)),
  ];
}

function ratio(numerator: number, denominator: number): string {
  return (numerator / denominator).toFixed(2);
}

function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'FAIL';
}

/** Writes the run as JSON next to this file; returns the path. */
export function writeResults(results: Record<string, unknown>): string {
  const folder = path.join(__dirname, 'results');
  const file = path.join(folder, 'latest.json');
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1e9),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };

  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(
    file,
    `${JSON.stringify({ finishedAt: new Date().toISOString(), machine, ...results }, null, 2)}\n`,
  );

  return file;
}
