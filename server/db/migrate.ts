import fs from 'node:fs';
import path from 'node:path';

import {
  type Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
} from 'kysely';

import type { Database } from './schema';

export const MIGRATIONS_DIR = path.resolve(__dirname, '../../migrations');

/**
 * Reads the timestamp-named files of `migrations/` with `require`, which
 * works the same under tsx, ts-jest and compiled output.
 */
class FolderMigrationProvider implements MigrationProvider {
  readonly #folder: string;

  constructor(folder: string) {
    this.#folder = folder;
  }

  async getMigrations(): Promise<Record<string, Migration>> {
    const names = fs
      .readdirSync(this.#folder)
      .filter((file) => /^\d{8}T\d{4}-[\w-]+\.(ts|js)$/.test(file))
      .sort();
    const migrations: Record<string, Migration> = {};

    for (const file of names) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      migrations[file.replace(/\.(ts|js)$/, '')] = require(
        path.join(this.#folder, file),
      ) as Migration;
    }

    return migrations;
  }
}

/** Brings the schema up to the newest migration; throws on failure. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: new FolderMigrationProvider(MIGRATIONS_DIR),
  });
  const { error, results } = await migrator.migrateToLatest();

  if (error) {
    throw error instanceof Error ? error : new Error(String(error));
  }

  return (results ?? []).map((result) => result.migrationName);
}
