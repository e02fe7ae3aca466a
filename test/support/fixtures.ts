import fs from 'node:fs';
import path from 'node:path';

import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  Geometry,
} from 'geojson';

const FIXTURES_DIR = path.resolve(__dirname, '../fixtures');

/** Reads `test/fixtures/<name>.geojson`. */
export function readFixture<T = Feature<Geometry, GeoJsonProperties>>(
  name: string,
): T {
  const text = fs.readFileSync(path.join(FIXTURES_DIR, `${name}.geojson`));

  return JSON.parse(text.toString('utf8')) as T;
}

/** A fixture Feature: its geometry and what the test expects of it. */
export function featureFixture<P = Record<string, unknown>>(name: string) {
  return readFixture<Feature<Geometry, P>>(name);
}

/** A fixture FeatureCollection whose features are told apart by `role`. */
export function collectionFixture(name: string) {
  const collection = readFixture<FeatureCollection>(name);

  return (role: string) => {
    const feature = collection.features.find(
      (candidate) => candidate.properties?.role === role,
    );

    if (!feature) {
      throw new Error(`fixture ${name} has no feature with role ${role}`);
    }

    return feature;
  };
}
