import type { Point } from 'geojson';
import type { Kysely } from 'kysely';

import type { Database } from '../../../server/db/schema';
import { loggedIn, SAMPLE } from '../../support/accounts';
import { blackSpotFingerprint, openTestDatabase } from '../../support/database';
import { collectionFixture, featureFixture } from '../../support/fixtures';
import { TestClient } from '../../support/http';
import { reportBody, reportSpot } from '../../support/spots';

/** A fixture's place and the ward and district it must be found in. */
const located = (name: string) => {
  const { geometry, properties } = featureFixture<{
    expected: { wardCode: string | null; districtCode: string };
  }>(name);

  return { geometry, expected: properties.expected };
};

let db: Kysely<Database>;

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db.destroy();
});

describe('reporting a black spot', () => {
  it.each([
    { place: 'a point in Phường Bến Nghé', fixture: 'ben-nghe-ward-point' },
    {
      place: 'a point in the Saigon River, outside every district outline',
      fixture: 'saigon-river-off-district-12-bank',
    },
    {
      place: 'a point in Củ Chi, whose wards are not mapped',
      fixture: 'cu-chi-unmapped-wards-point',
    },
    {
      place: 'a dump area polygon in Phường Tân Định',
      fixture: 'tan-dinh-dump-area-polygon',
    },
    {
      place: 'a canal stretch line in Quận 5',
      fixture: 'district-5-canal-stretch-line',
    },
  ])('places $place in its ward and district', async ({ fixture }) => {
    const { geometry, expected } = located(fixture);

    const { spot } = await reportSpot(geometry);

    expect(spot.geometry).toEqual(geometry);
    expect(spot.properties).toMatchObject({
      status: 'reported',
      version: 1,
      ...expected,
    });
  });

  it('accepts a phone’s position with its altitude', async () => {
    const { geometry, expected } = located(
      'district-10-point-with-gps-altitude',
    );

    const res = await new TestClient().post(
      '/api/black-spots',
      reportBody(geometry),
    );

    expect(res.status).toBe(201);
    expect(res.body.spot.properties).toMatchObject(expected);
  });

  it.each([
    { place: 'the East Sea', fixture: 'east-sea-off-can-gio' },
    { place: 'Biên Hòa', fixture: 'bien-hoa-outside-city' },
  ])('refuses a place in $place as outside the city', async ({ fixture }) => {
    const { geometry } = featureFixture(fixture);
    const before = await blackSpotFingerprint(db);

    const res = await new TestClient().post(
      '/api/black-spots',
      reportBody(geometry),
    );

    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      code: 'outside_city',
      message: {
        vi: 'Vị trí này nằm ngoài TP. Hồ Chí Minh.',
        en: 'This location is outside Ho Chi Minh City.',
      },
    });
    expect(await blackSpotFingerprint(db)).toEqual(before);
  });

  it('answers with the new spot’s address', async () => {
    const { geometry } = featureFixture('district-10-ward-15-point');

    const res = await new TestClient().post(
      '/api/black-spots',
      reportBody(geometry),
    );

    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(
      `/api/black-spots/${res.body.spot.id}`,
    );
  });

  it('starts the history with a report by the public', async () => {
    const { geometry } = featureFixture('district-10-ward-15-point');
    const { id } = await reportSpot(geometry);

    const res = await new TestClient().get(`/api/black-spots/${id}/history`);

    expect(res.body.items).toEqual([
      expect.objectContaining({
        action: 'report',
        fromStatus: null,
        toStatus: 'reported',
        actorRole: 'public',
        actorName: null,
      }),
    ]);
  });
});

describe('a report near an open spot', () => {
  const place = collectionFixture('reports-10-m-and-60-m-apart');
  let firstId: number;

  beforeAll(async () => {
    ({ id: firstId } = await reportSpot(place('first').geometry));
  });

  it('is offered the spot 10 m away as a duplicate', async () => {
    const { duplicateCandidates } = await reportSpot(
      place('10-m-north').geometry,
    );

    expect(duplicateCandidates.features).toEqual([
      expect.objectContaining({ id: firstId }),
    ]);
    expect(duplicateCandidates.features[0].properties.distanceM).toBeCloseTo(
      10,
      0,
    );
  });

  it('is not offered a spot 60 m away', async () => {
    const { duplicateCandidates } = await reportSpot(
      place('60-m-north').geometry,
    );

    expect(duplicateCandidates.features).toEqual([]);
  });
});

describe("a reporter's contact", () => {
  const { geometry } = featureFixture('district-10-ward-15-point');
  let id: number;

  beforeAll(async () => {
    ({ id } = await reportSpot(geometry, {
      reporterName: 'Nguyễn Văn An',
      reporterContact: '0903 123 456',
    }));
  });

  it('is hidden from the public', async () => {
    const res = await new TestClient().get(`/api/black-spots/${id}`);

    expect(res.body.properties).not.toHaveProperty('reporterName');
    expect(res.body.properties).not.toHaveProperty('reporterContact');
  });

  it('is hidden from a union member', async () => {
    const member = await loggedIn(SAMPLE.member);

    const res = await member.get(`/api/black-spots/${id}`);

    expect(res.body.properties).not.toHaveProperty('reporterContact');
  });

  it('is hidden from the public in spatial lists', async () => {
    const [lon, lat] = (geometry as Point).coordinates;

    const res = await new TestClient().get(
      `/api/black-spots/nearby?lon=${lon}&lat=${lat}&radius=5`,
    );
    const listed = res.body.features.find(
      (feature: { id: number }) => feature.id === id,
    );

    expect(listed.properties).not.toHaveProperty('reporterContact');
  });

  it('does not name a signed-in reporter to the public', async () => {
    const member = await loggedIn(SAMPLE.member);
    const { id: reportedByMember } = await reportSpot(geometry, {}, member);

    const res = await new TestClient().get(
      `/api/black-spots/${reportedByMember}/history`,
    );

    expect(res.body.items[0]).toMatchObject({
      action: 'report',
      actorName: null,
    });
  });

  it('is shown to an officer', async () => {
    const officer = await loggedIn(SAMPLE.officer);

    const res = await officer.get(`/api/black-spots/${id}`);

    expect(res.body.properties).toMatchObject({
      reporterName: 'Nguyễn Văn An',
      reporterContact: '0903 123 456',
    });
  });
});
