import type { FeatureCollection, Point } from 'geojson';
import type { Kysely } from 'kysely';

import { insertSpot } from '../../../server/black-spots/black-spot-repository';
import { appendHistory } from '../../../server/black-spots/history-repository';
import type { Database } from '../../../server/db/schema';
import { loggedIn, SAMPLE } from '../../support/accounts';
import { openTestDatabase } from '../../support/database';
import { collectionFixture, readFixture } from '../../support/fixtures';
import { TestClient } from '../../support/http';
import { reportSpot } from '../../support/spots';

const BINH_TAN = '777';
const binhTan = collectionFixture('binh-tan-box-and-spots');
const box = readFixture<FeatureCollection>('binh-tan-box-and-spots').bbox!;
const anLacA = collectionFixture('an-lac-a-spots-north-of-origin');

let db: Kysely<Database>;
const publicClient = new TestClient();
const ids: Record<string, number> = {};
let countsBefore: Count[];

interface Count {
  districtCode: string;
  status: string;
  count: number;
}

async function counts(): Promise<Count[]> {
  return (await publicClient.get('/api/black-spots/counts')).body.items;
}

/** The ids of the spots a list query answers with, in order. */
async function listed(query: string): Promise<number[]> {
  const res = await publicClient.get(`/api/black-spots?${query}`);

  return res.body.features.map((feature: { id: number }) => feature.id);
}

const inBox = `bbox=${box.join(',')}`;

beforeAll(async () => {
  db = await openTestDatabase();
  countsBefore = await counts();
  const officer = await loggedIn(SAMPLE.officer);
  const reports = [
    ['dump-in-binh-tri-dong', 'illegal_dump'],
    ['canal-waste-in-binh-tri-dong', 'canal_waste'],
    ['littering-in-binh-tri-dong-a', 'littering'],
    ['dump-in-binh-hung-hoa-outside-the-box', 'illegal_dump'],
  ] as const;

  for (const [role, category] of reports) {
    ids[role] = (await reportSpot(binhTan(role).geometry, { category })).id;
  }

  for (const role of ['150-m-north', '20-m-north', '80-m-north']) {
    ids[role] = (await reportSpot(anLacA(role).geometry)).id;
  }

  await officer.post(
    `/api/black-spots/${ids['canal-waste-in-binh-tri-dong']}/transitions`,
    { action: 'verify', version: 1 },
  );
  ids['old-report-in-binh-tri-dong-a'] = await insertOldReport();
});

afterAll(async () => {
  await db.destroy();
});

/** A report from March 2024, written straight to the database. */
async function insertOldReport(): Promise<number> {
  const old = binhTan('old-report-in-binh-tri-dong-a');
  const createdAt = new Date(old.properties!.createdAt);
  const spot = await insertSpot(db, {
    geometry: old.geometry as Point,
    category: 'other',
    severity: 2,
    description: 'Báo cáo cũ từ tháng 3 năm 2024',
    reporterName: null,
    reporterContact: null,
    reportedByUserId: null,
    createdAt,
  });
  await appendHistory(db, {
    blackSpotId: spot.id,
    action: 'report',
    fromStatus: null,
    toStatus: 'reported',
    actorUserId: null,
    actorRole: 'public',
    createdAt,
  });

  return spot.id;
}

const idsOf = (...roles: string[]) =>
  roles.map((role) => ids[role]!).sort((a, b) => a - b);
const sortedIds = (found: number[]) => [...found].sort((a, b) => a - b);

describe('listing black spots in a box', () => {
  it('returns only the spots inside it', async () => {
    const found = await listed(inBox);

    expect(sortedIds(found)).toEqual(
      idsOf(
        'dump-in-binh-tri-dong',
        'canal-waste-in-binh-tri-dong',
        'littering-in-binh-tri-dong-a',
        'old-report-in-binh-tri-dong-a',
      ),
    );
  });

  it.each([
    {
      what: 'a status',
      filter: 'status=verified',
      roles: ['canal-waste-in-binh-tri-dong'],
    },
    {
      what: 'a status and two categories',
      filter: 'status=reported&category=illegal_dump,littering',
      roles: ['dump-in-binh-tri-dong', 'littering-in-binh-tri-dong-a'],
    },
    {
      what: 'a ward',
      filter: 'ward=27448',
      roles: ['littering-in-binh-tri-dong-a', 'old-report-in-binh-tri-dong-a'],
    },
    {
      what: 'a month',
      filter: 'from=2024-03-01&to=2024-04-01',
      roles: ['old-report-in-binh-tri-dong-a'],
    },
    {
      what: 'a last day, which counts in full',
      filter: 'from=2024-03-15&to=2024-03-15',
      roles: ['old-report-in-binh-tri-dong-a'],
    },
    {
      what: 'a first day after the old report',
      filter: 'from=2024-03-16',
      roles: [
        'dump-in-binh-tri-dong',
        'canal-waste-in-binh-tri-dong',
        'littering-in-binh-tri-dong-a',
      ],
    },
    {
      what: 'an end that excludes its own instant',
      filter: 'to=2024-03-15T09:00:00%2B07:00',
      roles: [],
    },
  ])('narrows them by $what ($filter)', async ({ filter, roles }) => {
    const found = await listed(`${inBox}&${filter}`);

    expect(sortedIds(found)).toEqual(idsOf(...roles));
  });

  it('keeps to a district without a box', async () => {
    const found = await listed(`district=${BINH_TAN}`);

    expect(sortedIds(found)).toEqual(idsOf(...Object.keys(ids)));
  });

  it('sorts the reports newest or oldest first', async () => {
    const query = `${inBox}&from=2025-01-01`;

    const newest = await listed(`${query}&sort=newest`);
    const oldest = await listed(`${query}&sort=oldest`);

    expect(newest).toEqual([...oldest].reverse());
    expect(oldest[0]).toBe(ids['dump-in-binh-tri-dong']);
  });

  it('sorts by the date reported, not by the order rows were written', async () => {
    const newest = await listed(`${inBox}&sort=newest`);

    expect(newest.at(-1)).toBe(ids['old-report-in-binh-tri-dong-a']);
  });

  it.each([
    { limit: 2, returned: 2, truncated: true },
    { limit: 4, returned: 4, truncated: false },
  ])(
    'returns $returned with limit $limit, truncated: $truncated',
    async ({ limit, returned, truncated }) => {
      const res = await publicClient.get(
        `/api/black-spots?${inBox}&limit=${limit}`,
      );

      expect(res.body.features).toHaveLength(returned);
      expect(res.body).toMatchObject({ numberReturned: returned, truncated });
    },
  );
});

describe('finding black spots near a place', () => {
  const [lon, lat] = (anLacA('origin').geometry as Point).coordinates;
  const nearby = (radius: number) =>
    publicClient.get(
      `/api/black-spots/nearby?lon=${lon}&lat=${lat}&radius=${radius}`,
    );

  it('returns those within the radius, nearest first', async () => {
    const res = await nearby(100);

    expect(
      res.body.features.map((feature: { id: number }) => feature.id),
    ).toEqual([ids['20-m-north'], ids['80-m-north']]);
  });

  it('gives each its distance in metres', async () => {
    const res = await nearby(200);
    const distances = res.body.features.map(
      (feature: { properties: { distanceM: number } }) =>
        feature.properties.distanceM,
    );

    expect(distances).toHaveLength(3);
    expect(distances[0]).toBeCloseTo(20, -0.5);
    expect(distances[1]).toBeCloseTo(80, -0.5);
    expect(distances[2]).toBeCloseTo(150, -0.5);
  });
});

describe('counting black spots by district and status', () => {
  const inBinhTan = (items: Count[], status: string) =>
    items.find(
      (item) => item.districtCode === BINH_TAN && item.status === status,
    )?.count ?? 0;

  it('adds the eight spots reported here, one of them verified', async () => {
    const after = await counts();
    const added = (status: string) =>
      inBinhTan(after, status) - inBinhTan(countsBefore, status);

    expect(added('reported')).toBe(7);
    expect(added('verified')).toBe(1);
    expect(after).toContainEqual(
      expect.objectContaining({
        districtCode: BINH_TAN,
        districtName: 'Quận Bình Tân',
      }),
    );
  });
});
