import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const PROBE = path.join(__dirname, 'pglite-probe.ts');

// Creating the PostGIS extension in a fresh PGlite takes tens of seconds.
jest.setTimeout(240_000);

describe('the embedded PGlite database', () => {
  let found: {
    backend: string;
    applied: string[];
    geodata: Record<string, unknown>;
    inBenNghe: { ward_code: string | null; district_code: string };
    inTheSea: { refused: string | null };
  };

  beforeAll(async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', PROBE],
      { cwd: path.resolve(__dirname, '../..'), maxBuffer: 1 << 20 },
    );
    found = JSON.parse(stdout);
  });

  it('runs every migration', () => {
    const migrations = fs.readdirSync(
      path.resolve(__dirname, '../../migrations'),
    );

    expect(found.backend).toBe('pglite');
    expect(found.applied).toHaveLength(migrations.length);
  });

  it('loads the district and ward boundaries and the waterways', () => {
    expect(found.geodata).toEqual({
      loaded: true,
      districts: 24,
      wards: 273,
      waterways: expect.any(Number),
    });
  });

  it('places a point in Phường Bến Nghé', () => {
    expect(found.inBenNghe).toMatchObject({
      ward_code: '26740',
      district_code: '760',
    });
  });

  it('refuses a point in the sea as outside the city', () => {
    expect(found.inTheSea).toEqual({ refused: 'BS001' });
  });
});
