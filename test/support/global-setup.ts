import { readConfig } from '../../server/config';
import { createLogger } from '../../server/logger';
import { servePlatform } from '../../server/serve';
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
    host: '127.0.0.1',
    port: 0,
  };
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const running = await servePlatform(config, logger, {
    rateLimits: { login: 1000, reports: 1000 },
  });

  process.env.TEST_DATABASE_URL = databaseUrl;
  process.env.TEST_BASE_URL = `http://127.0.0.1:${running.port}`;
  Object.assign(globalThis, { __platform: running });
}
