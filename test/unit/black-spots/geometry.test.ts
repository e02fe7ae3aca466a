import { circle } from '@turf/turf';

import { spotGeometrySchema } from '../../../server/black-spots/geometry';
import { featureFixture } from '../../support/fixtures';

const geometryOf = (name: string) => featureFixture(name).geometry;

/** The problems the schema reports, in English. */
function problemsWith(geometry: unknown): string[] {
  const result = spotGeometrySchema.safeParse(geometry);

  return result.success
    ? []
    : result.error.issues.map((issue) => issue.message);
}

describe('a black spot geometry', () => {
  it.each([
    { kind: 'a point', fixture: 'ben-nghe-ward-point' },
    { kind: 'a polygon', fixture: 'tan-dinh-dump-area-polygon' },
    { kind: 'a line', fixture: 'district-5-canal-stretch-line' },
  ])('may be $kind ($fixture)', ({ fixture }) => {
    const geometry = geometryOf(fixture);

    const parsed = spotGeometrySchema.parse(geometry);

    expect(parsed).toEqual(geometry);
  });

  it.each([
    {
      problem: 'a ring that is not closed',
      fixture: 'unclosed-ring-polygon',
      says: /first and last positions must be equivalent/,
    },
    {
      problem: 'a self-intersecting bow tie',
      fixture: 'bow-tie-polygon',
      says: /intersects itself/,
    },
    {
      problem: 'latitude and longitude swapped',
      fixture: 'lat-lon-swapped-point',
      says: /\[longitude, latitude\]/,
    },
    {
      problem: 'coordinates written as strings',
      fixture: 'string-coordinates-point',
      says: /only contain numbers/,
    },
    {
      problem: 'a MultiPolygon',
      fixture: 'multipolygon-dump-areas',
      says: /expected one of "Point"\|"LineString"\|"Polygon"/,
    },
    {
      problem: 'a line of one repeated position',
      fixture: 'line-of-one-repeated-position',
      says: /two distinct positions/,
    },
    {
      problem: 'a position with one coordinate',
      fixture: 'point-with-one-coordinate',
      says: /at least two elements/,
    },
  ])('is refused for $problem ($fixture)', ({ fixture, says }) => {
    const problems = problemsWith(geometryOf(fixture));

    expect(problems).toEqual([expect.stringMatching(says)]);
  });

  it('is refused with more than 2000 vertices', () => {
    const outline = circle([106.7009, 10.7769], 0.2, { steps: 2400 });

    const problems = problemsWith(outline.geometry);

    expect(problems).toEqual([expect.stringMatching(/too many vertices/)]);
  });

  it('is accepted with 2000 vertices', () => {
    const outline = circle([106.7009, 10.7769], 0.2, { steps: 1999 });

    const problems = problemsWith(outline.geometry);

    expect(problems).toEqual([]);
  });

  it('explains each refusal in Vietnamese as well', () => {
    const result = spotGeometrySchema.safeParse(geometryOf('bow-tie-polygon'));

    expect(result.error?.issues[0]).toMatchObject({
      params: { vi: 'Đa giác tự cắt nhau.' },
    });
  });
});
