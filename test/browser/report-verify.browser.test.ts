import type { Browser, BrowserContext } from 'playwright-core';

import { STATUS_COLORS } from '../../client/src/map/status-colors';
import { launchChromium, VIEWPORTS } from './launch-chromium';
import { type LonLat, MapPage } from './map-page';
import { colourDistance, hexToRgb } from './png-pixel';

const BASE_URL = process.env.TEST_BASE_URL;

/** Inside District 1 (Bến Nghé), a few metres apart on each run. */
function placeInDistrictOne(): LonLat {
  const jitter = () => (Math.random() - 0.5) * 0.0006;

  return { lon: 106.7016 + jitter(), lat: 10.7776 + jitter() };
}

/** Anti-aliasing and colour management leave a few levels of slack. */
const TOLERANCE = 12;

describe('reporting a black spot and verifying it in the browser', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    if (!BASE_URL) {
      throw new Error('TEST_BASE_URL is not set; run through the Jest setup.');
    }
    browser = await launchChromium();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  });

  afterEach(async () => {
    await context.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("verifying a reported spot in the queue changes the spot's colour", async () => {
    const map = new MapPage(await context.newPage(), BASE_URL!);
    const place = placeInDistrictOne();
    await map.open({ center: place, zoom: 17 });

    const id = await map.reportSpot(place, {
      category: 'illegal_dump',
      severity: 4,
      description: 'Bãi rác tự phát trên vỉa hè (kiểm thử trình duyệt)',
      estimatedSizeM2: 12,
      reporterName: 'Nguyễn Văn Kiểm Thử',
      reporterContact: '0900 000 000',
    });
    await map.waitForSpotStatus(id, 'reported');
    const before = await map.colourAt(place);

    await map.logIn('officer@sample.blackspot.vn', 'sample-password');
    const item = map.byTestId(`queue-item-${id}`);
    await item.getByTestId('action-verify').click();
    await item.waitFor({ state: 'detached' });
    await map.waitForSpotStatus(id, 'verified');
    const after = await map.colourAt(place);

    expect(id).toBeGreaterThan(0);
    expect(
      colourDistance(before, hexToRgb(STATUS_COLORS.reported)),
    ).toBeLessThan(TOLERANCE);
    expect(
      colourDistance(after, hexToRgb(STATUS_COLORS.verified)),
    ).toBeLessThan(TOLERANCE);
    expect(colourDistance(before, after)).toBeGreaterThan(50);
  });
});
