import type { Kysely, RawBuilder } from 'kysely';

import { PUBLIC_ACTOR } from '../server/accounts/actor';
import {
  listSpotsQuery,
  nearbySpotsQuery,
} from '../server/black-spots/black-spot-repository';
import { visibilityFor } from '../server/black-spots/black-spot-service';
import {
  listQuerySchema,
  nearbyQuerySchema,
} from '../server/black-spots/schemas';
import type { Database } from '../server/db/schema';
import type { Probe } from './measure';
import type { Window } from './windows';

/** One query asked two ways: the repository call and the HTTP request. */
export interface QueryProbes {
  /** What `--queries` calls it. */
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly direct: Probe;
  readonly http: Probe;
}

const visibility = visibilityFor(PUBLIC_ACTOR);

/**
 * The bbox list of each window. The direct side gets the query as the
 * route's schema parses it, so both run the same SQL with the same defaults.
 */
export function listProbes(
  db: Kysely<Database>,
  baseUrl: string,
  windows: Window[],
): QueryProbes {
  const params = windows.map((w) => ({ bbox: w.bbox.join(',') }));
  const queries = params.map((p) => listQuerySchema.parse(p));

  return {
    key: 'list',
    name: 'bbox list',
    description: 'GET /api/black-spots?bbox=…',
    direct: (i) => directBody(db, listSpotsQuery(at(queries, i), visibility)),
    http: (i) => fetchBody(`${baseUrl}/api/black-spots`, at(params, i)),
  };
}

/** Spots within the default 500 m of each window's centre, limit 50. */
export function nearbyProbes(
  db: Kysely<Database>,
  baseUrl: string,
  windows: Window[],
): QueryProbes {
  const params = windows.map((w) => ({
    lon: String(w.lon),
    lat: String(w.lat),
  }));
  const queries = params.map((p) => nearbyQuerySchema.parse(p));

  return {
    key: 'nearby',
    name: 'nearby',
    description: 'GET /api/black-spots/nearby?lon=…&lat=… (500 m, limit 50)',
    direct: (i) => directBody(db, nearbySpotsQuery(at(queries, i), visibility)),
    http: (i) => fetchBody(`${baseUrl}/api/black-spots/nearby`, at(params, i)),
  };
}

/**
 * The direct side: the repository's SQL run with `pg` as any program would,
 * its answer read as a string. (The server reads the same answer's bytes
 * through COPY; see server/db/text-query.ts.)
 */
async function directBody(
  db: Kysely<Database>,
  query: RawBuilder<{ body: string }>,
): Promise<number> {
  const { rows } = await query.execute(db);

  return Buffer.byteLength(rows[0]!.body);
}

/** Both sides must do the same work: their first answers are as long. */
export async function assertSameAnswer(probes: QueryProbes): Promise<void> {
  const direct = await probes.direct(0);
  const http = await probes.http(0);

  if (direct !== http) {
    throw new Error(
      `${probes.name}: direct and HTTP answers differ, ` +
        `${direct} and ${http} characters long`,
    );
  }
}

/** Sends one GET over the shared keep-alive pool and reads the whole body. */
async function fetchBody(
  url: string,
  params: Record<string, string>,
): Promise<number> {
  const response = await fetch(`${url}?${new URLSearchParams(params)}`);
  const body = await response.text();

  if (response.status !== 200) {
    throw new Error(
      `${url} answered ${response.status}: ${body.slice(0, 200)}`,
    );
  }

  return Buffer.byteLength(body);
}

function at<T>(items: T[], index: number): T {
  return items[index % items.length]!;
}
