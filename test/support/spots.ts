import type { Geometry } from 'geojson';

import { TestClient } from './http';

/** A complete, valid report body for `geometry`; override any field. */
export function reportBody(
  geometry: Geometry,
  overrides: Record<string, unknown> = {},
) {
  return {
    geometry,
    category: 'illegal_dump',
    severity: 3,
    description: 'Rác thải sinh hoạt đổ trộm bên lề đường',
    ...overrides,
  };
}

/** Reports a spot over HTTP and returns its id and the stored Feature. */
export async function reportSpot(
  geometry: Geometry,
  overrides: Record<string, unknown> = {},
  client = new TestClient(),
) {
  const res = await client.post(
    '/api/black-spots',
    reportBody(geometry, overrides),
  );

  if (res.status !== 201) {
    throw new Error(`report failed: ${res.status} ${JSON.stringify(res.body)}`);
  }

  return {
    id: res.body.spot.id as number,
    spot: res.body.spot,
    duplicateCandidates: res.body.duplicateCandidates,
  };
}
