import { readConfig } from '../server/config';
import { createLogger } from '../server/logger';
import { preparePlatform } from '../server/platform';
import {
  loadSamples,
  removeSamples,
  SAMPLE_ACCOUNTS,
  SAMPLE_PASSWORD,
} from '../server/samples/sample-data';

/**
 * `samples load` adds the labelled sample data set to the configured
 * database; `samples remove` takes it out again, history and all.
 */
async function main(command: string | undefined): Promise<void> {
  if (command !== 'load' && command !== 'remove') {
    throw new Error('usage: tsx scripts/samples.ts load|remove');
  }

  const config = { ...readConfig(), sampleData: false };
  const { db } = await preparePlatform(config, createLogger('warn'));

  try {
    if (command === 'load') {
      const spots = await loadSamples(db);
      console.log(
        `Loaded ${spots} sample spots. Accounts (password ${SAMPLE_PASSWORD}):`,
      );
      SAMPLE_ACCOUNTS.forEach((a) => console.log(`  ${a.role}: ${a.email}`));
    } else {
      const removed = await removeSamples(db);
      console.log(
        `Removed ${removed.spots} sample spots and ${removed.users} sample accounts.`,
      );
    }
  } finally {
    await db.destroy();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
