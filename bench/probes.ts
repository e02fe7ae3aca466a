import http from 'node:http';

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
import { queryText } from '../server/db/text-query';
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
 * The direct side: the repository's SQL, read the way the route handler
 * reads it (`queryText`: through COPY on PostgreSQL, the answer's bytes
 * undecoded), so the two sides differ by HTTP and nothing else.
 */
async function directBody(
  db: Kysely<Database>,
  query: RawBuilder<{ body: string }>,
): Promise<number> {
  const body = await queryText(db, query);

  return typeof body === 'string' ? Buffer.byteLength(body) : body.length;
}

/** Both sides must do the same work: their first answers are as long. */
export async function assertSameAnswer(probes: QueryProbes): Promise<void> {
  const direct = await probes.direct(0);
  const http = await probes.http(0);

  if (direct !== http) {
    throw new Error(
      `${probes.name}: direct and HTTP answers differ, ` +
        `${direct} and ${http} bytes long`,
    );
  }
}

/**
 * Keep-alive connections for the HTTP side, at least one per worker. The
 * load generator shares the cores with the server and PostgreSQL, so it
 * uses `node:http`, the lightest client Node has: on this machine `fetch`
 * costs about 0.2 ms more CPU per request, which would be charged to the
 * server's share.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/** Sends one GET and reads the whole body; resolves with its byte length. */
function fetchBody(
  url: string,
  params: Record<string, string>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      `${url}?${new URLSearchParams(params)}`,
      { agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const body = Buffer.concat(chunks);

          if (response.statusCode !== 200) {
            reject(
              new Error(
                `${url} answered ${response.statusCode}: ` +
                  body.subarray(0, 200).toString('utf8'),
              ),
            );
          } else {
            resolve(body.length);
          }
        });
      },
    );
    request.on('error', reject);
  });
}

function at<T>(items: T[], index: number): T {
  return items[index % items.length]!;
}
