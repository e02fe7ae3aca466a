import { randomBytes } from 'node:crypto';

import { hashPassword } from './accounts/password';
import { countAdmins, insertUser } from './accounts/user-repository';
import type { Config } from './config';
import { type DatabaseHandle, openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { loadGeodata } from './geodata/load-geodata';
import type { Logger } from './logger';
import { seedOrganisations } from './organisations/seed-organisations';
import { loadSamplesOnce } from './samples/sample-data';
import { getOrCreateSetting } from './settings/settings-repository';

export interface Platform extends DatabaseHandle {
  readonly sessionSecret: string;
}

/**
 * Opens the database and makes it ready to serve: migrations, boundaries,
 * organisations, the first admin and, where configured, the sample data.
 */
export async function preparePlatform(
  config: Config,
  logger: Logger,
): Promise<Platform> {
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    logger,
  });
  const { db } = handle;

  const applied = await migrateToLatest(db);
  logger.info({ backend: handle.backend, applied }, 'database migrated');

  const geodata = await loadGeodata(db);
  logger.info(geodata, 'boundaries ready');
  await seedOrganisations(db);
  await ensureAdmin(handle, config, logger);

  if (config.sampleData) {
    const loaded = await loadSamplesOnce(db);

    if (loaded > 0) {
      logger.info({ spots: loaded }, 'sample data loaded');
    }
  }

  const sessionSecret =
    process.env.SESSION_SECRET ||
    (await getOrCreateSetting(
      db,
      'session_secret',
      randomBytes(32).toString('base64url'),
    ));

  return { ...handle, sessionSecret };
}

/**
 * Makes sure a real admin exists: from ADMIN_EMAIL and ADMIN_PASSWORD, or
 * with a generated password printed this once.
 */
async function ensureAdmin(
  { db }: DatabaseHandle,
  config: Config,
  logger: Logger,
): Promise<void> {
  if ((await countAdmins(db)) > 0) {
    return;
  }

  const email = config.adminEmail ?? 'admin@localhost';
  const password =
    config.adminPassword ?? randomBytes(12).toString('base64url');
  await insertUser(db, {
    email,
    name: 'Quản trị hệ thống',
    role: 'admin',
    organisationCode: 'STNMT',
    passwordHash: await hashPassword(password),
  });

  if (config.adminPassword) {
    logger.info({ email }, 'first admin created from the environment');
  } else {
    // Printed once, to the terminal, never to the log stream.
    process.stderr.write(
      `\nFirst admin account / Tài khoản quản trị đầu tiên:\n` +
        `  email: ${email}\n  password: ${password}\n` +
        `Keep it now; it is not shown again.\n\n`,
    );
  }
}
