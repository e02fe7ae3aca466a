import type { Kysely } from 'kysely';

import type { Database } from '../../../server/db/schema';
import {
  createUser,
  DISTRICT_3_OFFICER,
  SAMPLE,
  TEST_PASSWORD,
} from '../../support/accounts';
import { openTestDatabase } from '../../support/database';
import { featureFixture } from '../../support/fixtures';
import { TestClient } from '../../support/http';
import { reportSpot } from '../../support/spots';

const inDistrict1 = featureFixture('district-1-cau-kho-point').geometry;
const inDistrict3 = featureFixture('district-3-ward-11-point').geometry;

let db: Kysely<Database>;
const officer = new TestClient();
const secondOfficer = new TestClient();
const member = new TestClient();
const district3Officer = new TestClient();
const transitionsOf = (id: number) => `/api/black-spots/${id}/transitions`;
const verify = { action: 'verify', version: 1 };

beforeAll(async () => {
  db = await openTestDatabase();
  await createUser(db, DISTRICT_3_OFFICER);
  await officer.login(SAMPLE.officer);
  await secondOfficer.login(SAMPLE.admin);
  await member.login(SAMPLE.member);
  await district3Officer.login(DISTRICT_3_OFFICER.email, TEST_PASSWORD);
});

afterAll(async () => {
  await db.destroy();
});

async function statusOf(id: number) {
  const res = await new TestClient().get(`/api/black-spots/${id}`);

  return res.body.properties;
}

describe('a transition that cannot be taken', () => {
  it('is a conflict when the spot changed since it was read', async () => {
    const { id } = await reportSpot(inDistrict1);
    await officer.post(transitionsOf(id), verify);

    const res = await officer.post(transitionsOf(id), {
      action: 'reject',
      version: 1,
      rejectionReason: 'not_a_black_spot',
    });

    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('stale_version');
    expect(res.body.error.current).toMatchObject({
      type: 'Feature',
      id,
      properties: { status: 'verified', version: 2 },
    });
  });

  it('is a conflict that lists what the status allows', async () => {
    const { id } = await reportSpot(inDistrict1);

    const res = await officer.post(transitionsOf(id), {
      action: 'reverify',
      version: 1,
    });

    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'transition_not_allowed',
      status: 'reported',
      allowed: ['verify', 'reject'],
    });
    expect((await statusOf(id)).status).toBe('reported');
  });

  it('asks the public to log in', async () => {
    const { id } = await reportSpot(inDistrict1);

    const res = await new TestClient().post(transitionsOf(id), verify);

    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('not_authenticated');
  });

  it('asks the public to log in before looking at its version', async () => {
    const { id } = await reportSpot(inDistrict1);

    const res = await new TestClient().post(transitionsOf(id), {
      action: 'verify',
      version: 7,
    });

    expect(res.status).toBe(401);
  });

  it('is forbidden to a union member verifying', async () => {
    const { id } = await reportSpot(inDistrict1);

    const res = await member.post(transitionsOf(id), verify);

    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect((await statusOf(id)).version).toBe(1);
  });

  it('is out of scope for the District 3 office in District 1', async () => {
    const { id } = await reportSpot(inDistrict1);

    const res = await district3Officer.post(transitionsOf(id), verify);

    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('out_of_scope');
    expect((await statusOf(id)).status).toBe('reported');
  });

  it('is a bad request for an action the API does not take yet', async () => {
    const { id } = await reportSpot(inDistrict1);

    const res = await officer.post(transitionsOf(id), {
      action: 'claim',
      version: 1,
    });

    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('action');
  });

  it('is not found for a spot that does not exist', async () => {
    const res = await officer.post(transitionsOf(2 ** 40), verify);

    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('black_spot_not_found');
  });
});

describe('the District 3 environment office', () => {
  it('verifies a spot in its own district', async () => {
    const { id } = await reportSpot(inDistrict3);

    const res = await district3Officer.post(transitionsOf(id), verify);

    expect(res.status).toBe(200);
    expect(res.body.properties.status).toBe('verified');
  });
});

describe('two officers verifying one spot at once', () => {
  it('lets exactly one of them through and tells the other', async () => {
    const { id } = await reportSpot(inDistrict1);

    const answers = await Promise.all([
      officer.post(transitionsOf(id), verify),
      secondOfficer.post(transitionsOf(id), verify),
    ]);
    const history = await officer.get(`/api/black-spots/${id}/history`);

    expect(answers.map((res) => res.status).sort()).toEqual([200, 409]);
    expect(answers.find((res) => res.status === 409)!.body.error.code).toBe(
      'stale_version',
    );
    expect(
      history.body.items.map((item: { action: string }) => item.action),
    ).toEqual(['report', 'verify']);
    expect((await statusOf(id)).version).toBe(2);
  });
});
