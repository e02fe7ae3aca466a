/**
 * Exercises the embedded PGlite backend in a process of its own and prints
 * what it found as one line of JSON. PGlite loads Node's built-in modules
 * with `import()`, which Jest's module sandbox refuses, so
 * `pglite-smoke.test.ts` runs this with tsx instead of importing it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Point } from 'geojson';

import { insertSpot } from '../../server/black-spots/black-spot-repository';
import { openDatabase } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { loadGeodata } from '../../server/geodata/load-geodata';
import { featureFixture } from '../support/fixtures';

const spotAt = (fixture: string) => ({
  geometry: featureFixture(fixture).geometry as Point,
  category: 'illegal_dump' as const,
  severity: 3,
  description: 'Kiểm tra cơ sở dữ liệu nhúng',
  reporterName: null,
  reporterContact: null,
  reportedByUserId: null,
});

async function probe() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'blackspot-pglite-'));
  const { db, backend } = await openDatabase({ databaseUrl: null, dataDir });

  try {
    const applied = await migrateToLatest(db);
    const geodata = await loadGeodata(db);
    const inBenNghe = await insertSpot(db, spotAt('ben-nghe-ward-point'));
    const inTheSea = await insertSpot(db, spotAt('east-sea-off-can-gio')).then(
      () => ({ refused: null }),
      (error: { code?: string }) => ({ refused: error.code ?? 'unknown' }),
    );

    return { backend, applied, geodata, inBenNghe, inTheSea };
  } finally {
    await db.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

probe().then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
