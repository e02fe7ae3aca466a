import type { Kysely } from 'kysely';

import type { Database } from '../../../server/db/schema';
import { messages } from '../../../server/errors/messages';
import { blackSpotFingerprint, openTestDatabase } from '../../support/database';
import { featureFixture } from '../../support/fixtures';
import { TestClient } from '../../support/http';
import { reportBody } from '../../support/spots';

type Answer = Awaited<ReturnType<TestClient['request']>>;

const inBenNghe = featureFixture('ben-nghe-ward-point').geometry;
const validReport = reportBody(inBenNghe);
const withoutCategory: Partial<typeof validReport> = { ...validReport };
delete withoutCategory.category;
const tenMegabytes = JSON.stringify({
  ...validReport,
  description: 'rác '.repeat(2_621_440),
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  new TestClient().request('POST', '/api/black-spots', body, headers);
const get = (path: string) => new TestClient().get(path);

interface BadInput {
  readonly what: string;
  readonly send: () => Promise<Answer>;
  readonly status: number;
  readonly code: keyof typeof messages;
  readonly field?: string;
}

const badInputs: BadInput[] = [
  {
    what: 'broken GeoJSON',
    send: () =>
      post(reportBody(featureFixture('point-with-one-coordinate').geometry)),
    status: 400,
    code: 'validation_failed',
    field: 'geometry',
  },
  {
    what: 'a polygon whose hole lies outside its shell',
    send: () =>
      post(reportBody(featureFixture('hole-outside-shell-polygon').geometry)),
    status: 400,
    code: 'validation_failed',
    field: 'geometry',
  },
  {
    what: 'a point in the sea',
    send: () =>
      post(reportBody(featureFixture('east-sea-off-can-gio').geometry)),
    status: 422,
    code: 'outside_city',
  },
  {
    what: 'a 10 MB body',
    send: () => post(tenMegabytes),
    status: 413,
    code: 'payload_too_large',
  },
  {
    what: 'a missing category',
    send: () => post(withoutCategory),
    status: 400,
    code: 'validation_failed',
    field: 'category',
  },
  {
    what: 'an unknown category',
    send: () => post({ ...validReport, category: 'plastic_bags' }),
    status: 400,
    code: 'validation_failed',
    field: 'category',
  },
  {
    what: 'a severity written as text',
    send: () => post({ ...validReport, severity: '3' }),
    status: 400,
    code: 'validation_failed',
    field: 'severity',
  },
  {
    what: 'a ward typed by the reporter',
    send: () => post({ ...validReport, wardCode: '26740' }),
    status: 400,
    code: 'validation_failed',
    field: '(body)',
  },
  {
    what: 'a description holding a NUL character',
    send: () => post({ ...validReport, description: 'rác\u0000thải' }),
    status: 400,
    code: 'validation_failed',
    field: 'description',
  },
  {
    what: 'a JSON array instead of an object',
    send: () => post([validReport]),
    status: 400,
    code: 'validation_failed',
    field: '(body)',
  },
  {
    what: 'malformed JSON',
    send: () => post('{"geometry": {"type": "Point",'),
    status: 400,
    code: 'malformed_json',
  },
  {
    what: 'a form post',
    send: () =>
      post('category=illegal_dump', {
        'content-type': 'application/x-www-form-urlencoded',
      }),
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    what: 'plain text',
    send: () =>
      post(JSON.stringify(validReport), { 'content-type': 'text/plain' }),
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    what: 'JSON in an unsupported charset',
    send: () =>
      post(JSON.stringify(validReport), {
        'content-type': 'application/json; charset=latin1',
      }),
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    what: 'a non-numeric spot id',
    send: () => get('/api/black-spots/nha-hat-lon'),
    status: 400,
    code: 'validation_failed',
    field: 'id',
  },
  {
    what: 'a non-numeric id on a transition',
    send: () =>
      new TestClient().post('/api/black-spots/1e/transitions', {
        action: 'verify',
        version: 1,
      }),
    status: 400,
    code: 'validation_failed',
    field: 'id',
  },
  ...[
    '106.6,10.7,106.8',
    '106.8,10.7,106.6,10.9',
    'a,b,c,d',
    '10.7,106.6,10.9,106.8',
  ].map((bbox) => ({
    what: `the bbox ${bbox}`,
    send: () => get(`/api/black-spots?bbox=${bbox}`),
    status: 400,
    code: 'validation_failed' as const,
    field: 'bbox',
  })),
  {
    what: 'an unknown status filter',
    send: () => get('/api/black-spots?status=reported,cleaned'),
    status: 400,
    code: 'validation_failed',
    field: 'status',
  },
  {
    what: 'an impossible date',
    send: () => get('/api/black-spots?from=2025-02-30'),
    status: 400,
    code: 'validation_failed',
    field: 'from',
  },
  {
    what: 'a date in year zero',
    send: () => get('/api/black-spots?from=0000-01-01'),
    status: 400,
    code: 'validation_failed',
    field: 'from',
  },
  {
    what: 'a nearby search without a latitude',
    send: () => get('/api/black-spots/nearby?lon=106.7'),
    status: 400,
    code: 'validation_failed',
    field: 'lat',
  },
];

const bilingualText = {
  vi: expect.stringMatching(/\S/),
  en: expect.stringMatching(/\S/),
};

/** The field errors about `field` or one of its items (`status.1`). */
const fieldsNamed = (res: Answer, field: string) =>
  (res.body.error.fields ?? []).filter(
    (problem: { field: string }) => problem.field.split('.')[0] === field,
  );

let db: Kysely<Database>;

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db.destroy();
});

describe('a request with bad input', () => {
  it.each(badInputs)(
    'gets a clear $status for $what and changes nothing',
    async ({ send, status, code, field }) => {
      const before = await blackSpotFingerprint(db);

      const res = await send();

      expect(res.status).toBe(status);
      expect(res.body.error).toMatchObject({
        code,
        message: { vi: messages[code].vi, en: messages[code].en },
      });

      if (field) {
        expect(fieldsNamed(res, field)).toEqual([
          { field: expect.any(String), message: bilingualText },
        ]);
      }

      expect(await blackSpotFingerprint(db)).toEqual(before);
    },
  );

  it.each([
    {
      what: 'a missing category is required',
      body: withoutCategory,
      field: 'category',
      message: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
    },
    {
      what: 'a severity written as text should be a number',
      body: { ...validReport, severity: '3' },
      field: 'severity',
      message: {
        vi: 'Sai kiểu dữ liệu: cần số.',
        en: 'Wrong type: expected number.',
      },
    },
    {
      what: 'a severity of 9 is too high',
      body: { ...validReport, severity: 9 },
      field: 'severity',
      message: { vi: 'Phải nhỏ hơn hoặc bằng 5.', en: 'Must be at most 5.' },
    },
    {
      what: 'a ward typed by the reporter is not a field',
      body: { ...validReport, wardCode: '26740' },
      field: '(body)',
      message: {
        vi: 'Trường không được hỗ trợ: wardCode.',
        en: 'Unknown field: wardCode.',
      },
    },
  ])('says in both languages that $what', async ({ body, field, message }) => {
    const res = await post(body);

    expect(res.body.error.fields).toEqual([{ field, message }]);
  });
});
