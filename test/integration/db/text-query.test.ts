import { type Kysely, sql } from 'kysely';

import type { Database } from '../../../server/db/schema';
import {
  inlineParameters,
  queryText,
  singleValue,
} from '../../../server/db/text-query';
import { openTestDatabase } from '../../support/database';
import { featureFixture } from '../../support/fixtures';
import { TestClient } from '../../support/http';
import { reportSpot } from '../../support/spots';

let db: Kysely<Database>;

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db.destroy();
});

/** The same query read as a row, for comparison with the COPY read. */
async function asRow(query: ReturnType<typeof echo>): Promise<string> {
  return (await query.execute(db)).rows[0]!.body;
}

function echo(value: unknown) {
  return sql<{ body: string }>`SELECT ${value}::text AS body`;
}

describe('reading a text through COPY', () => {
  it.each([
    ['Vietnamese', 'Bãi rác tự phát ở Phường Bến Nghé'],
    ['quotes and backslashes', `it's a \\"dump\\" \\\\ here`],
    ['a newline and a tab', 'line one\nline two\tend'],
    ['an emoji', 'rác 🗑️ ở kênh'],
    ['a parameter-like text', 'costs $1 or $2'],
  ])('gives back the same bytes as a row read, for %s', async (_, value) => {
    const body = await queryText(db, echo(value));

    expect(Buffer.isBuffer(body)).toBe(true);
    expect(body.toString()).toBe(value);
    expect(body.toString()).toBe(await asRow(echo(value)));
  });

  it('inlines numbers, booleans, dates and nulls as their SQL values', async () => {
    const query = sql<{ body: string }>`
      SELECT concat_ws('|', ${1.5}::numeric, ${true}::boolean,
        ${new Date('2026-12-03T05:00:00Z')}::timestamptz AT TIME ZONE 'UTC',
        coalesce(${null}::text, 'none')) AS body`;

    const body = await queryText(db, query);

    expect(body.toString()).toBe('1.5|t|2026-12-03 05:00:00|none');
  });

  it('passes a query error on, and the pool keeps working', async () => {
    const broken = sql<{ body: string }>`SELECT (1 / ${0})::text AS body`;

    await expect(queryText(db, broken)).rejects.toThrow(/division by zero/);
    expect((await queryText(db, echo('still here'))).toString()).toBe(
      'still here',
    );
  });

  it('serves a list whose description has every awkward character', async () => {
    const description = `Đống rác "lớn" \\ it's\nở đây`;
    const { geometry } = featureFixture('district-3-ward-11-point');
    const { id } = await reportSpot(geometry, { description });
    const [lon, lat] = (geometry as { coordinates: number[] }).coordinates;

    const res = await new TestClient().get(
      `/api/black-spots/nearby?lon=${lon}&lat=${lat}&radius=5`,
    );
    const found = res.body.features.find(
      (feature: { id: number }) => feature.id === id,
    );

    expect(res.headers.get('content-type')).toMatch(/application\/geo\+json/);
    expect(found.properties.description).toBe(description);
  });
});

describe('inlining parameters', () => {
  it('quotes strings the way PostgreSQL reads them back', () => {
    expect(inlineParameters('SELECT $1, $2', ["it's", 'a\\b'])).toBe(
      `SELECT 'it''s',  E'a\\\\b'`,
    );
  });

  it('refuses values that have no literal', () => {
    expect(() => inlineParameters('SELECT $1', [Number.NaN])).toThrow(
      /cannot inline the number NaN/,
    );
    expect(() => inlineParameters('SELECT $1', [{ a: 1 }])).toThrow(
      /cannot inline a object/,
    );
    expect(() => inlineParameters('SELECT $$x$$, $1', [1])).toThrow(
      /dollar-quoted/,
    );
  });
});

describe('the binary COPY reader', () => {
  const header = Buffer.concat([
    Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'),
    Buffer.alloc(8),
  ]);
  const tuple = (text: string) => {
    const bytes = Buffer.from(text);
    const framing = Buffer.alloc(6);
    framing.writeInt16BE(1, 0);
    framing.writeInt32BE(bytes.length, 2);

    return Buffer.concat([framing, bytes]);
  };
  const trailer = Buffer.from([0xff, 0xff]);

  it('takes the one value of the one row', () => {
    const copy = Buffer.concat([header, tuple('{"a":"ă"}'), trailer]);

    expect(singleValue(copy).toString()).toBe('{"a":"ă"}');
  });

  it.each([
    ['a wrong signature', Buffer.concat([Buffer.from('PGCOPZ'), trailer])],
    ['no row', Buffer.concat([header, trailer])],
    ['two rows', Buffer.concat([header, tuple('a'), tuple('b'), trailer])],
  ])('refuses %s', (_, copy) => {
    expect(() => singleValue(copy)).toThrow(/unexpected COPY output/);
  });
});
