import { kinks } from '@turf/turf';
import type { LineString, Point, Polygon } from 'geojson';
import gjv from 'geojson-validation';
import { z } from 'zod';

import { bilingual } from '../http/validation';

export type SpotGeometry = Point | LineString | Polygon;

/** Enough for a dump's outline or a canal stretch, small enough to check. */
const MAX_POSITIONS = 2000;

/**
 * A black spot's place: a GeoJSON Point, LineString or Polygon in EPSG:4326,
 * structurally valid (`geojson-validation`), with closed, non-crossing rings
 * (Turf), before it gets anywhere near the database.
 */
export const spotGeometrySchema = z
  .object({
    type: z.enum(['Point', 'LineString', 'Polygon']),
    coordinates: z.array(z.unknown()),
  })
  .superRefine((geometry, ctx) => {
    const problem = geometryProblem(geometry);

    if (problem) {
      ctx.addIssue({ code: 'custom', ...bilingual(problem.en, problem.vi) });
    }
  })
  .transform((geometry) => geometry as unknown as SpotGeometry)
  .meta({
    id: 'SpotGeometry',
    description:
      'GeoJSON Point, LineString or Polygon, longitude/latitude (EPSG:4326).',
    example: { type: 'Point', coordinates: [106.7009, 10.7769] },
  });

function geometryProblem(geometry: {
  type: string;
  coordinates: unknown[];
}): { vi: string; en: string } | null {
  const errors = gjv.valid(geometry, true) as string[] | boolean;

  if (Array.isArray(errors) && errors.length > 0) {
    return {
      vi: `GeoJSON không hợp lệ: ${errors.join('; ')}`,
      en: `Invalid GeoJSON: ${errors.join('; ')}`,
    };
  }

  const positions = flatten(geometry.coordinates);

  if (positions.length > MAX_POSITIONS) {
    return {
      vi: `Hình học có quá nhiều đỉnh (tối đa ${MAX_POSITIONS}).`,
      en: `The geometry has too many vertices (at most ${MAX_POSITIONS}).`,
    };
  }

  const outOfRange = positions.some(
    ([lon, lat]) =>
      lon === undefined ||
      lat === undefined ||
      Math.abs(lon) > 180 ||
      Math.abs(lat) > 90,
  );

  if (outOfRange) {
    return {
      vi: 'Tọa độ phải là [kinh độ, vĩ độ] trong hệ WGS 84.',
      en: 'Coordinates must be [longitude, latitude] in WGS 84.',
    };
  }

  if (geometry.type === 'LineString' && distinct(positions) < 2) {
    return {
      vi: 'Đường phải có ít nhất hai điểm khác nhau.',
      en: 'A line needs at least two distinct positions.',
    };
  }

  if (geometry.type === 'Polygon') {
    const polygon = geometry as unknown as Polygon;

    if (kinks(polygon).features.length > 0) {
      return {
        vi: 'Đa giác tự cắt nhau.',
        en: 'The polygon intersects itself.',
      };
    }
  }

  return null;
}

function flatten(coordinates: unknown): number[][] {
  if (!Array.isArray(coordinates)) {
    return [];
  }

  if (typeof coordinates[0] === 'number') {
    return [coordinates as number[]];
  }

  return coordinates.flatMap(flatten);
}

function distinct(positions: number[][]): number {
  return new Set(positions.map((position) => position.join(','))).size;
}
