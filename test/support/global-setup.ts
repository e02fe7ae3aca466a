import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createApp } from '../../server/app';
import { readConfig } from '../../server/config';
import { createLogger } from '../../server/logger';
import { preparePlatform } from '../../server/platform';
import { recreateDatabase } from './test-database';

/**
 * Starts the platform once for the whole run: a fresh PostGIS database with
 * the sample data set, and the real HTTP server on a free port. Tests find
 * it through TEST_BASE_URL and TEST_DATABASE_URL.
 */
export default async function globalSetup(): Promise<void> {
  const databaseUrl = await recreateDatabase(
    process.env.TEST_DATABASE_NAME ?? 'blackspot_test',
  );
  const config = {
    ...readConfig({
      DATABASE_URL: databaseUrl,
      SAMPLE_DATA: '1',
      ADMIN_EMAIL: 'admin@test.blackspot.vn',
      ADMIN_PASSWORD: 'test-admin-password',
    }),
    port: 0,
  };
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const platform = await preparePlatform(config, logger);
  const app = createApp({
    db: platform.db,
    config,
    logger,
    sessionSecret: platform.sessionSecret,
    rateLimits: { login: 1000, reports: 1000 },
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;

  process.env.TEST_DATABASE_URL = databaseUrl;
  process.env.TEST_BASE_URL = `http://127.0.0.1:${port}`;
  Object.assign(globalThis, { __platform: { server, platform } });
}
