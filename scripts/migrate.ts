import { readConfig } from '../server/config';
import { createLogger } from '../server/logger';
import { preparePlatform } from '../server/platform';

/**
 * Brings the configured database up to date: migrations, boundaries and
 * organisations, as the server does at start, then exits.
 */
async function main(): Promise<void> {
  const config = { ...readConfig(), sampleData: false };
  const platform = await preparePlatform(config, createLogger('info'));
  await platform.db.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
