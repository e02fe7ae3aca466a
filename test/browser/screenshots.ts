/**
 * Saves screenshots of every page of the client at phone and desktop size,
 * for looking at by eye:
 *
 *   npx tsx test/browser/screenshots.ts http://localhost:3000 /tmp/shots
 *
 * It logs in as the sample officer, so the server needs the sample data
 * set. It sends no report and takes no officer action.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import type { Browser } from 'playwright-core';

import {
  launchChromium,
  type ViewportName,
  VIEWPORTS,
} from './launch-chromium';
import { type LonLat, MapPage } from './map-page';

interface SpotFeature {
  readonly geometry: { readonly type: string; readonly coordinates: number[] };
  readonly properties: { readonly id: number; readonly status: string };
}

const OFFICER = 'officer@sample.blackspot.vn';
const PASSWORD = 'sample-password';
const REPORT_PLACE: LonLat = { lon: 106.7009, lat: 10.7769 };

/** A point spot that has been through more than one step, if any. */
async function pickSpot(baseUrl: string): Promise<LonLat & { id: number }> {
  const response = await fetch(`${baseUrl}/api/black-spots`);
  const collection = (await response.json()) as { features: SpotFeature[] };
  const points = collection.features.filter((f) => f.geometry.type === 'Point');
  const spot =
    points.find((f) => f.properties.status === 'relapsed') ??
    points.find((f) => f.properties.status !== 'reported') ??
    points[0];
  if (!spot) {
    throw new Error('the server has no point black spots to show');
  }
  const [lon = 0, lat = 0] = spot.geometry.coordinates;

  return { id: spot.properties.id, lon, lat };
}

async function shoot(
  browser: Browser,
  baseUrl: string,
  outDir: string,
  viewport: ViewportName,
): Promise<string[]> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    isMobile: viewport === 'phone',
    hasTouch: viewport === 'phone',
  });
  const map = new MapPage(await context.newPage(), baseUrl);
  const saved: string[] = [];
  const save = async (name: string) => {
    const file = path.join(outDir, `${viewport}-${name}.png`);
    await map.page.waitForTimeout(450);
    await map.page.screenshot({ path: file });
    saved.push(file);
  };

  await map.open();
  await save('map');

  await map.open({ center: REPORT_PLACE, zoom: 14 });
  await save('map-zoomed');

  const spot = await pickSpot(baseUrl);
  await map.open({ center: spot, zoom: 17 });
  await map.clickMap(spot);
  await map.byTestId('history').waitFor();
  await save('spot');

  await map.open({ center: REPORT_PLACE, zoom: 17 });
  await map.byTestId('header-report').click();
  await map.byTestId('report-submit').click();
  await save('report-errors');
  await map.clickMap({ lon: REPORT_PLACE.lon + 0.0001, lat: REPORT_PLACE.lat });
  await map.byTestId('duplicate-candidate-list').waitFor();
  await map
    .byTestId('report-description')
    .fill('Rác thải sinh hoạt đổ tràn ra vỉa hè.');
  await save('report');

  await map.open();
  await map.byTestId('header-login').click();
  await map.byTestId('login-form').waitFor();
  await save('login');

  await map.logIn(OFFICER, PASSWORD);
  await map.byTestId('queue-list').locator('article').first().waitFor();
  await save('queue');
  await map.byTestId('queue-list').getByTestId('action-reject').first().click();
  await save('queue-reject');

  await map.byTestId('header-user').click();
  await save('account');

  await map.byTestId('language-switch').click();
  await map.byTestId('panel-close').click();
  await map.open({ center: REPORT_PLACE, zoom: 14 });
  await save('map-en');
  await map.byTestId('header-queue').click();
  await map.byTestId('queue-list').locator('article').first().waitFor();
  await save('queue-en');

  await context.close();

  return saved;
}

async function main(): Promise<void> {
  const [baseUrl = 'http://127.0.0.1:3000', outDir = 'screenshots'] =
    process.argv.slice(2);
  await mkdir(outDir, { recursive: true });
  const browser = await launchChromium();

  try {
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      const saved = await shoot(browser, baseUrl, outDir, viewport);
      process.stdout.write(`${saved.join('\n')}\n`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
