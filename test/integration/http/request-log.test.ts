import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';

import type { Kysely } from 'kysely';

import { createApp } from '../../../server/app';
import { readConfig } from '../../../server/config';
import type { Database } from '../../../server/db/schema';
import { createLogger } from '../../../server/logger';
import { SAMPLE } from '../../support/accounts';
import { openTestDatabase } from '../../support/database';
import { TestClient } from '../../support/http';

/** Every JSON line the app logs, parsed. */
const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      lines.push(JSON.parse(line));
    }
    done();
  },
});

let db: Kysely<Database>;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  db = await openTestDatabase();
  const app = createApp({
    db,
    config: readConfig({ DATABASE_URL: process.env.TEST_DATABASE_URL }),
    logger: createLogger('info', sink),
    sessionSecret: 'request-log-test-secret',
  });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.destroy();
});

function linesOf(id: string) {
  return lines.filter(
    (line) => (line.req as { id?: string } | undefined)?.id === id,
  );
}

describe('the request log', () => {
  it('writes one JSON line per request with its id, method, path and status', async () => {
    const res = await new TestClient(baseUrl, {
      'x-request-id': 'trace-42',
    }).get('/api/black-spots/counts');

    expect(res.headers.get('x-request-id')).toBe('trace-42');
    expect(linesOf('trace-42')).toEqual([
      expect.objectContaining({
        level: 30,
        service: 'blackspot-gis',
        req: { id: 'trace-42', method: 'GET', url: '/api/black-spots/counts' },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      }),
    ]);
  });

  it('makes up an id when the caller gives none or a strange one', async () => {
    const res = await new TestClient(baseUrl, {
      'x-request-id': 'not an id\u00e9',
    }).get('/health');
    const id = res.headers.get('x-request-id')!;

    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(linesOf(id)).toHaveLength(1);
  });

  it('never writes cookies or passwords', async () => {
    // An address of its own: logins made by other suites through the shared
    // database count against 127.0.0.1 under this app's default limit.
    const officer = new TestClient(baseUrl, {
      'x-request-id': 'login-1',
      'x-forwarded-for': '192.0.2.41',
    });
    await officer.login(SAMPLE.officer);
    await officer.get('/api/session');

    const written = JSON.stringify(lines);

    expect(linesOf('login-1')).not.toHaveLength(0);
    expect(written).not.toContain('sample-password');
    expect(written).not.toContain('blackspot.sid');
  });
});
