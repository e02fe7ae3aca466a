import { type Kysely, sql } from 'kysely';

import { PUBLIC_ACTOR } from '../../server/accounts/actor';
import { findUserByEmail } from '../../server/accounts/user-repository';
import { BlackSpotService } from '../../server/black-spots/black-spot-service';
import type { SpotGeometry } from '../../server/black-spots/geometry';
import type { Actor } from '../../server/black-spots/lifecycle';
import type {
  ReportBody,
  TransitionBody,
} from '../../server/black-spots/schemas';
import { readConfig } from '../../server/config';
import type { Database } from '../../server/db/schema';
import { createLogger } from '../../server/logger';
import { preparePlatform } from '../../server/platform';
import {
  loadSamples,
  removeSamples,
  SAMPLE_LABEL,
} from '../../server/samples/sample-data';
import { SAMPLE } from '../support/accounts';
import { openTestDatabase } from '../support/database';
import { featureFixture } from '../support/fixtures';
import { recreateDatabase } from '../support/test-database';

const EVERY_STATUS = [
  'assigned',
  'in_progress',
  'rejected',
  'relapsed',
  'reported',
  'transformed',
  'verified',
];

function realReport(geometry: SpotGeometry): ReportBody {
  return {
    geometry,
    category: 'illegal_dump',
    severity: 3,
    description: 'Bãi rác thật do người dân báo',
    reporterName: null,
    reporterContact: null,
  };
}

function transition(
  action: TransitionBody['action'],
  version: number,
): TransitionBody {
  return {
    action,
    version,
    reason: null,
    rejectionReason: null,
    duplicateOfId: null,
  };
}

function actorOf(
  user: NonNullable<Awaited<ReturnType<typeof findUserByEmail>>>,
): Actor {
  return {
    role: user.role,
    userId: user.id,
    organisationId: user.organisationId,
    organisationKind: user.organisationKind,
    adminUnitCode: user.adminUnitCode,
  };
}

describe('the sample data set', () => {
  let db: Kysely<Database>;

  beforeAll(async () => {
    db = await openTestDatabase();
  });

  afterAll(async () => {
    await db.destroy();
  });

  it('has spots in every status across several districts', async () => {
    const spots = await db
      .selectFrom('black_spots')
      .select(['status', 'district_code'])
      .where('is_sample', '=', true)
      .execute();

    expect([...new Set(spots.map((spot) => spot.status))].sort()).toEqual(
      EVERY_STATUS,
    );
    expect(
      new Set(spots.map((spot) => spot.district_code)).size,
    ).toBeGreaterThanOrEqual(5);
  });

  it('labels every sample spot as sample data', async () => {
    const unlabelled = await db
      .selectFrom('black_spots')
      .select('id')
      .where('is_sample', '=', true)
      .where('description', 'not like', `${SAMPLE_LABEL}%`)
      .execute();

    expect(unlabelled).toEqual([]);
  });

  it('gives every sample spot a history that ends in its status', async () => {
    const { rows } = await sql<{ id: number; consistent: boolean }>`
      SELECT s.id, s.status = h.to_status AND s.version = h.steps AS consistent
      FROM black_spots s
      CROSS JOIN LATERAL (
        SELECT (array_agg(to_status ORDER BY id DESC))[1] AS to_status,
          count(*) AS steps
        FROM black_spot_history WHERE black_spot_id = s.id
      ) h
      WHERE s.is_sample`.execute(db);

    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => !row.consistent)).toEqual([]);
  });
});

describe('removing the sample data set', () => {
  let db: Kysely<Database>;
  let service: BlackSpotService;
  let sampleOfficer: Actor;

  const inDistrict10 = featureFixture('district-10-ward-15-point')
    .geometry as SpotGeometry;

  /** A real report by the public, verified by the sample officer. */
  async function realVerifiedSpot(): Promise<number> {
    const { id } = await service.report(realReport(inDistrict10), PUBLIC_ACTOR);
    await service.transition(id, transition('verify', 1), sampleOfficer);

    return id;
  }

  async function countOf(table: 'black_spots' | 'black_spot_history') {
    return db
      .selectFrom(table)
      .select((eb) => [
        eb.fn.countAll<number>().as('all'),
        eb.fn
          .count<number>('id')
          .filterWhere('is_sample', '=', true)
          .as('samples'),
      ])
      .executeTakeFirstOrThrow();
  }

  async function accountOf(email: string) {
    return db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', email)
      .executeTakeFirst();
  }

  beforeAll(async () => {
    const databaseUrl = await recreateDatabase('blackspot_test_samples');
    const config = readConfig({
      DATABASE_URL: databaseUrl,
      SAMPLE_DATA: 'on',
      ADMIN_EMAIL: 'admin@test.blackspot.vn',
      ADMIN_PASSWORD: 'test-admin-password',
    });
    ({ db } = await preparePlatform(config, createLogger('silent')));
    service = new BlackSpotService(db);
    sampleOfficer = actorOf((await findUserByEmail(db, SAMPLE.officer))!);
  });

  afterAll(async () => {
    await db.destroy();
  });

  describe('once removed', () => {
    let real: number;
    let before: Record<'spots' | 'history', { all: number; samples: number }>;
    let removed: { spots: number };

    beforeAll(async () => {
      real = await realVerifiedSpot();
      before = {
        spots: await countOf('black_spots'),
        history: await countOf('black_spot_history'),
      };
      removed = await removeSamples(db);
    });

    it('has deleted every sample spot', async () => {
      expect(removed.spots).toBe(before.spots.samples);
      expect(await countOf('black_spots')).toEqual({
        all: before.spots.all - before.spots.samples,
        samples: 0,
      });
    });

    it('has deleted their history and only theirs', async () => {
      expect(await countOf('black_spot_history')).toEqual({
        all: before.history.all - before.history.samples,
        samples: 0,
      });
    });

    it('keeps a real spot with its history', async () => {
      const { items } = await service.history(real, PUBLIC_ACTOR);

      expect(items.map((item) => item.action)).toEqual(['report', 'verify']);
    });

    it('disables the sample officer, who acted on a real spot', async () => {
      const officer = await accountOf(SAMPLE.officer);

      expect(officer?.password_hash).toBe('!disabled');
    });

    it('deletes the sample accounts that did not', async () => {
      const manager = await accountOf(SAMPLE.manager);

      expect(manager).toBeUndefined();
    });
  });

  describe('with a real report rejected as a sample’s duplicate', () => {
    let duplicate: number;
    let originalId: number;

    beforeAll(async () => {
      await loadSamples(db);
      const original = await db
        .selectFrom('black_spots')
        .select('id')
        .where('is_sample', '=', true)
        .where('status', '=', 'reported')
        .executeTakeFirstOrThrow();
      originalId = original.id;
      const admin = actorOf((await findUserByEmail(db, SAMPLE.admin))!);
      const { id } = await service.report(
        realReport(inDistrict10),
        PUBLIC_ACTOR,
      );
      await service.transition(
        id,
        {
          ...transition('reject', 1),
          rejectionReason: 'duplicate',
          duplicateOfId: original.id,
        },
        admin,
      );
      duplicate = id;
    });

    it('lets the sample officer, disabled by the first removal, sign in again', async () => {
      const officer = await accountOf(SAMPLE.officer);

      expect(officer?.password_hash).not.toBe('!disabled');
    });

    it('still removes every sample spot', async () => {
      const { samples } = await countOf('black_spots');

      const removal = removeSamples(db);

      await expect(removal).resolves.toMatchObject({ spots: samples });
      expect(await countOf('black_spots')).toMatchObject({ samples: 0 });
    });

    it('keeps a real duplicate report, its history naming the original', async () => {
      const spot = await db
        .selectFrom('black_spots')
        .select(['status', 'rejection_reason', 'duplicate_of_id'])
        .where('id', '=', duplicate)
        .executeTakeFirstOrThrow();
      const { items } = await service.history(duplicate, PUBLIC_ACTOR);

      expect(spot).toEqual({
        status: 'rejected',
        rejection_reason: 'duplicate',
        duplicate_of_id: null,
      });
      expect(items.at(-1)).toMatchObject({
        action: 'reject',
        duplicateOfId: originalId,
      });
    });
  });
});
