import type { Page } from 'playwright-core';

import { readFirstPixel, type Rgb } from './png-pixel';

export interface LonLat {
  readonly lon: number;
  readonly lat: number;
}

export interface SpotReport {
  readonly category: string;
  readonly severity: number;
  readonly description: string;
  readonly estimatedSizeM2?: number;
  readonly reporterName?: string;
  readonly reporterContact?: string;
}

/** The hook the client installs on `window` when opened with `?test`. */
interface TestHookWindow {
  readonly blackspotTest: {
    pixelOf(lon: number, lat: number): number[] | null;
    rendered(): Promise<void>;
    hasSpot(id: number): boolean;
    spotStatus(id: number): string | null;
  };
}

const EARTH_RADIUS = 6378137;

/** Web Mercator (EPSG:3857) metres of a lon/lat, as the map URL uses. */
export function toWebMercator(point: LonLat): [number, number] {
  const x = (EARTH_RADIUS * point.lon * Math.PI) / 180;
  const y =
    EARTH_RADIUS *
    Math.log(Math.tan(Math.PI / 4 + (point.lat * Math.PI) / 360));

  return [x, y];
}

/**
 * Drives the map page of the client the way a user does, plus the few
 * read-only helpers of its `?test` hook: where a place is on screen, when
 * rendering is done, and which colour a pixel has.
 */
export class MapPage {
  readonly page: Page;
  readonly baseUrl: string;

  constructor(page: Page, baseUrl: string) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  /** Opens the map, optionally centred on a place at a zoom. */
  async open(view: { center?: LonLat; zoom?: number } = {}): Promise<void> {
    const url = new URL('/', this.baseUrl);
    url.searchParams.set('test', '1');
    if (view.center) {
      const [x, y] = toWebMercator(view.center);
      url.searchParams.set('x', x.toFixed(2));
      url.searchParams.set('y', y.toFixed(2));
      url.searchParams.set('z', String(view.zoom ?? 17));
    }
    await this.page.goto(url.toString());
    await this.page.waitForSelector('body[data-test-hook="ready"]');
    await this.rendered();
  }

  byTestId(testId: string) {
    return this.page.getByTestId(testId);
  }

  /** Resolves once every visible layer has loaded and been drawn. */
  async rendered(): Promise<void> {
    await this.page.evaluate(() =>
      (globalThis as unknown as TestHookWindow).blackspotTest.rendered(),
    );
  }

  /** Where a place is on the page, in CSS pixels. */
  async pagePixelOf(point: LonLat): Promise<{ x: number; y: number }> {
    const pixel = await this.page.evaluate(
      ([lon, lat]) =>
        (globalThis as unknown as TestHookWindow).blackspotTest.pixelOf(
          lon,
          lat,
        ),
      [point.lon, point.lat] as const,
    );
    const box = await this.byTestId('map').boundingBox();
    if (!pixel || !box || pixel[0] === undefined || pixel[1] === undefined) {
      throw new Error('the map is not rendered');
    }

    return { x: box.x + pixel[0], y: box.y + pixel[1] };
  }

  async clickMap(point: LonLat): Promise<void> {
    await this.rendered();
    const { x, y } = await this.pagePixelOf(point);
    await this.page.mouse.click(x, y);
  }

  /** The colour drawn on screen at a place, after rendering finished. */
  async colourAt(point: LonLat): Promise<Rgb> {
    await this.rendered();
    const { x, y } = await this.pagePixelOf(point);
    const png = await this.page.screenshot({
      clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 },
      scale: 'css',
      animations: 'disabled',
    });

    return readFirstPixel(png);
  }

  /** Waits until the map's layer holds the spot with the given status. */
  async waitForSpotStatus(id: number, status: string): Promise<void> {
    await this.page.waitForFunction(
      ([spotId, expected]) =>
        (globalThis as unknown as TestHookWindow).blackspotTest.spotStatus(
          spotId,
        ) === expected,
      [id, status] as const,
    );
    await this.rendered();
  }

  /** Fills in and sends the report form for a place; returns the new id. */
  async reportSpot(point: LonLat, report: SpotReport): Promise<number> {
    await this.byTestId('header-report').click();
    await this.byTestId('report-form').waitFor();
    await this.clickMap(point);
    await this.byTestId('duplicate-candidates').waitFor();
    await this.byTestId('report-category').selectOption(report.category);
    await this.byTestId(`report-severity-${report.severity}`).click();
    await this.byTestId('report-description').fill(report.description);
    if (report.estimatedSizeM2 !== undefined) {
      await this.byTestId('report-size').fill(String(report.estimatedSizeM2));
    }
    if (report.reporterName !== undefined) {
      await this.byTestId('report-reporter-name').fill(report.reporterName);
    }
    if (report.reporterContact !== undefined) {
      await this.byTestId('report-reporter-contact').fill(
        report.reporterContact,
      );
    }
    await this.byTestId('report-submit').click();
    const result = this.byTestId('report-result');
    await result.waitFor();

    return Number(await result.getAttribute('data-spot-id'));
  }

  /** Logs in through the header's login form. */
  async logIn(email: string, password: string): Promise<void> {
    await this.byTestId('header-login').click();
    await this.byTestId('login-email').fill(email);
    await this.byTestId('login-password').fill(password);
    await this.byTestId('login-submit').click();
    await this.byTestId('header-user').waitFor();
  }
}
