import type { Kysely } from 'kysely';

import { updateSpotStatus } from '../../../server/black-spots/black-spot-repository';
import { appendHistory } from '../../../server/black-spots/history-repository';
import type { Database } from '../../../server/db/schema';
import { SAMPLE } from '../../support/accounts';
import { openTestDatabase } from '../../support/database';
import { featureFixture } from '../../support/fixtures';
import { TestClient } from '../../support/http';
import { reportSpot } from '../../support/spots';

const inDistrict1 = featureFixture('district-1-cau-kho-point').geometry;

let db: Kysely<Database>;
const officer = new TestClient();
const transitionsOf = (id: number) => `/api/black-spots/${id}/transitions`;

beforeAll(async () => {
  db = await openTestDatabase();
  await officer.login(SAMPLE.officer);
});

afterAll(async () => {
  await db.destroy();
});

async function reportedSpot() {
  return (await reportSpot(inDistrict1)).id;
}

/**
 * Takes a spot through claim, start and complete as the Green Sunday
 * workflow will, writing what those actions write; the API does not take
 * them yet.
 */
async function transformedSpot(): Promise<number> {
  const id = await reportedSpot();
  await officer.post(transitionsOf(id), { action: 'verify', version: 1 });
  const userOf = (email: string) =>
    db
      .selectFrom('users')
      .select(['id', 'role', 'organisation_id'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
  const manager = await userOf(SAMPLE.manager);
  const steps = [
    ['claim', 'verified', 'assigned', manager],
    ['start', 'assigned', 'in_progress', manager],
    ['complete', 'in_progress', 'transformed', await userOf(SAMPLE.officer)],
  ] as const;

  await db.transaction().execute(async (trx) => {
    for (const [action, fromStatus, toStatus, actor] of steps) {
      const claimed = toStatus !== 'transformed';
      await updateSpotStatus(trx, {
        id,
        status: toStatus,
        claimedByOrganisationId: claimed ? manager.organisation_id : null,
        rejectionReason: null,
        duplicateOfId: null,
      });
      await appendHistory(trx, {
        blackSpotId: id,
        action,
        fromStatus,
        toStatus,
        actorUserId: actor.id,
        actorRole: actor.role,
      });
    }
  });

  return id;
}

describe('an officer verifying a reported spot', () => {
  it('makes it verified, moves its version on and records who did it', async () => {
    const id = await reportedSpot();

    const res = await officer.post(transitionsOf(id), {
      action: 'verify',
      version: 1,
      reason: 'Đã kiểm tra thực địa',
    });
    const history = await officer.get(`/api/black-spots/${id}/history`);

    expect(res.status).toBe(200);
    expect(res.body.properties).toMatchObject({
      status: 'verified',
      version: 2,
    });
    expect(history.body.items.at(-1)).toMatchObject({
      action: 'verify',
      fromStatus: 'reported',
      toStatus: 'verified',
      actorRole: 'officer',
      actorName: 'Cán bộ môi trường mẫu',
      reason: 'Đã kiểm tra thực địa',
    });
  });
});

describe('an officer rejecting a reported spot', () => {
  it('must give a reason', async () => {
    const id = await reportedSpot();

    const res = await officer.post(transitionsOf(id), {
      action: 'reject',
      version: 1,
    });

    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('rejectionReason');
  });

  it('as a duplicate names the original', async () => {
    const original = await reportedSpot();
    const repeat = await reportedSpot();

    const res = await officer.post(transitionsOf(repeat), {
      action: 'reject',
      version: 1,
      rejectionReason: 'duplicate',
      duplicateOfId: original,
    });
    const history = await officer.get(`/api/black-spots/${repeat}/history`);

    expect(res.status).toBe(200);
    expect(res.body.properties).toMatchObject({
      status: 'rejected',
      rejectionReason: 'duplicate',
      duplicateOfId: original,
    });
    expect(history.body.items.at(-1)).toMatchObject({
      rejectionReason: 'duplicate',
      duplicateOfId: original,
    });
  });

  it.each([
    { what: 'itself', original: (id: number) => id },
    { what: 'a spot that does not exist', original: () => 2 ** 40 },
  ])('as a duplicate of $what is refused', async ({ original }) => {
    const id = await reportedSpot();

    const res = await officer.post(transitionsOf(id), {
      action: 'reject',
      version: 1,
      rejectionReason: 'duplicate',
      duplicateOfId: original(id),
    });

    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('duplicateOfId');
  });
});

describe('a transformed spot found polluted again', () => {
  it('relapses with a reason, and an officer reverifies it', async () => {
    const id = await transformedSpot();

    const relapse = await officer.post(transitionsOf(id), {
      action: 'relapse',
      version: 5,
      reason: 'Người dân phản ánh rác đổ lại',
    });
    const reverify = await officer.post(transitionsOf(id), {
      action: 'reverify',
      version: 6,
    });
    const history = await officer.get(`/api/black-spots/${id}/history`);

    expect(relapse.body.properties.status).toBe('relapsed');
    expect(reverify.status).toBe(200);
    expect(reverify.body.properties).toMatchObject({
      status: 'verified',
      version: 7,
      claimedByOrganisationId: null,
    });
    expect(
      history.body.items.map((item: { action: string }) => item.action),
    ).toEqual([
      'report',
      'verify',
      'claim',
      'start',
      'complete',
      'relapse',
      'reverify',
    ]);
  });

  it('does not relapse without a reason', async () => {
    const id = await transformedSpot();

    const res = await officer.post(transitionsOf(id), {
      action: 'relapse',
      version: 5,
    });

    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('reason');
  });
});
