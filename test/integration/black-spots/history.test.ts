import { type Kysely, sql } from 'kysely';

import type { Database } from '../../../server/db/schema';
import { openTestDatabase } from '../../support/database';
import { featureFixture } from '../../support/fixtures';
import { reportSpot } from '../../support/spots';

const APPEND_ONLY = 'BS002';

let db: Kysely<Database>;
let realRowId: number;
let sampleRowId: number;

beforeAll(async () => {
  db = await openTestDatabase();
  const { id } = await reportSpot(
    featureFixture('district-10-ward-15-point').geometry,
  );
  const rowOf = (where: ReturnType<typeof sql<boolean>>) =>
    db
      .selectFrom('black_spot_history')
      .select('id')
      .where(where)
      .orderBy('id')
      .executeTakeFirstOrThrow();

  realRowId = (await rowOf(sql<boolean>`black_spot_id = ${id}`)).id;
  sampleRowId = (await rowOf(sql<boolean>`is_sample`)).id;
});

afterAll(async () => {
  await db.destroy();
});

/** Thrown to end a transaction after its statement ran, undoing it. */
class RolledBack extends Error {
  constructor(readonly affected: number) {
    super('rolled back');
  }
}

/**
 * Runs `statement` in a transaction that is always rolled back, and says
 * how many rows it changed or which error code refused it.
 */
async function attempt(statement: ReturnType<typeof sql>, purge = false) {
  try {
    await db.transaction().execute(async (trx) => {
      if (purge) {
        await sql`SET LOCAL blackspot.purge_samples = 'on'`.execute(trx);
      }

      const result = await statement.execute(trx);
      throw new RolledBack(Number(result.numAffectedRows ?? 0));
    });
  } catch (error) {
    return error instanceof RolledBack
      ? { affected: error.affected }
      : { refused: (error as { code?: string }).code };
  }

  throw new Error('the transaction was not rolled back');
}

const update = (id: number) =>
  sql`UPDATE black_spot_history SET reason = 'sửa lại' WHERE id = ${id}`;
const remove = (id: number) =>
  sql`DELETE FROM black_spot_history WHERE id = ${id}`;
const truncate = sql`TRUNCATE black_spot_history CASCADE`;

describe('the black spot history', () => {
  it.each([
    { what: 'an UPDATE of a real row', statement: () => update(realRowId) },
    { what: 'a DELETE of a real row', statement: () => remove(realRowId) },
    { what: 'an UPDATE of a sample row', statement: () => update(sampleRowId) },
    { what: 'a DELETE of a sample row', statement: () => remove(sampleRowId) },
    { what: 'a TRUNCATE', statement: () => truncate },
  ])('refuses $what', async ({ statement }) => {
    const outcome = await attempt(statement());

    expect(outcome).toEqual({ refused: APPEND_ONLY });
  });

  it('lets a sample row be deleted once the purge is declared', async () => {
    const outcome = await attempt(remove(sampleRowId), true);

    expect(outcome).toEqual({ affected: 1 });
  });

  it.each([
    { what: 'an UPDATE of a sample row', statement: () => update(sampleRowId) },
    { what: 'a DELETE of a real row', statement: () => remove(realRowId) },
    { what: 'a TRUNCATE', statement: () => truncate },
  ])('refuses $what even once the purge is declared', async ({ statement }) => {
    const outcome = await attempt(statement(), true);

    expect(outcome).toEqual({ refused: APPEND_ONLY });
  });

  it('keeps the rows it refused to change', async () => {
    const rows = await db
      .selectFrom('black_spot_history')
      .select(['id', 'reason'])
      .where('id', 'in', [realRowId, sampleRowId])
      .execute();

    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row.reason)).not.toContain('sửa lại');
  });
});
