import type { BlackSpotFeature } from '../api/api-types';

/**
 * One lon/lat that stands for a spot: the point itself, the middle vertex
 * of a line, or the first corner of a polygon.
 */
export function spotAnchor(spot: BlackSpotFeature): number[] {
  const geometry = spot.geometry;
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates;
    case 'LineString':
      return geometry.coordinates[Math.floor(geometry.coordinates.length / 2)];
    case 'Polygon':
      return geometry.coordinates[0][0];
  }
}
