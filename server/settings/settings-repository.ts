import type { Kysely } from 'kysely';

import type { Database } from '../db/schema';

/** Reads one stored setting, or null. */
export async function getSetting(
  db: Kysely<Database>,
  key: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();

  return row?.value ?? null;
}

/** Stores `value` unless the key has one; returns the value that stands. */
export async function getOrCreateSetting(
  db: Kysely<Database>,
  key: string,
  value: string,
): Promise<string> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();

  return (await getSetting(db, key))!;
}

export async function setSetting(
  db: Kysely<Database>,
  key: string,
  value: string,
): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
