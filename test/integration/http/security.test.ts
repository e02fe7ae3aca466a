import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Kysely } from 'kysely';

import { createApp } from '../../../server/app';
import { readConfig } from '../../../server/config';
import type { Database } from '../../../server/db/schema';
import { createLogger } from '../../../server/logger';
import { openTestDatabase } from '../../support/database';
import { TestClient } from '../../support/http';

describe('every answer', () => {
  it('carries the security headers', async () => {
    const res = await new TestClient().get('/api/session');
    const policy = res.headers.get('content-security-policy');

    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('a server with tight rate limits', () => {
  let db: Kysely<Database>;
  let server: Server;
  let client: (address: string) => TestClient;

  beforeAll(async () => {
    db = await openTestDatabase();
    const app = createApp({
      db,
      config: readConfig({ DATABASE_URL: process.env.TEST_DATABASE_URL }),
      logger: createLogger('silent'),
      sessionSecret: 'rate-limit-test-secret',
      rateLimits: { login: 2, reports: 2 },
    });
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    const { port } = server.address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;

    // Each test speaks from an address of its own (the app trusts the
    // loopback proxy), so no other test's requests count against it.
    client = (address) =>
      new TestClient(baseUrl, { 'x-forwarded-for': address });
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await db.destroy();
  });

  const wrongLogin = { email: 'admin@test.blackspot.vn', password: 'guess' };

  it('refuses the third login attempt in a window', async () => {
    const attacker = client('198.51.100.23');

    const answers = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      answers.push(await attacker.post('/api/session', wrongLogin));
    }

    expect(answers.map((res) => res.status)).toEqual([401, 401, 429]);
    expect(answers[2]!.body.error).toEqual({
      code: 'rate_limited',
      message: {
        vi: 'Quá nhiều yêu cầu, hãy thử lại sau ít phút.',
        en: 'Too many requests; try again in a few minutes.',
      },
    });
  });

  it('counts each client on its own', async () => {
    const attacker = client('198.51.100.24');
    await attacker.post('/api/session', wrongLogin);
    await attacker.post('/api/session', wrongLogin);

    const res = await client('198.51.100.25').post('/api/session', {
      email: 'admin@test.blackspot.vn',
      password: 'test-admin-password',
    });

    expect(res.status).toBe(200);
  });

  it('refuses the third report in a window', async () => {
    const reporter = client('198.51.100.26');

    const answers = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      answers.push(await reporter.post('/api/black-spots', {}));
    }

    expect(answers.map((res) => res.status)).toEqual([400, 400, 429]);
    expect(answers[2]!.headers.get('ratelimit-policy')).toContain('q=2');
  });
});
