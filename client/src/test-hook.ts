import type Map from 'ol/Map';
import { fromLonLat } from 'ol/proj';

import type { BlackSpotLayers } from './map/black-spot-layers';

/** What browser tests may call, on `window.blackspotTest`. */
export interface TestHook {
  /** The CSS pixel of a lon/lat inside the map element. */
  pixelOf(lon: number, lat: number): number[] | null;
  /** Resolves once the view is still and every visible layer is drawn. */
  rendered(): Promise<void>;
  /** Whether the spot with this id is loaded in the map's spot layers. */
  hasSpot(id: number): boolean;
  /** The status the map currently draws the spot with. */
  spotStatus(id: number): string | null;
}

declare global {
  interface Window {
    blackspotTest?: TestHook;
  }
}

/**
 * Exposes a few read-only map helpers to browser tests, and only when the
 * page is opened with `?test` in its URL.
 */
export function installTestHook(map: Map, spotLayers: BlackSpotLayers): void {
  if (!new URLSearchParams(window.location.search).has('test')) {
    return;
  }
  window.blackspotTest = {
    pixelOf: (lon, lat) => map.getPixelFromCoordinate(fromLonLat([lon, lat])),
    rendered: async () => {
      const view = map.getView();
      // View animations do not hold back `rendercomplete`; wait them out.
      while (view.getAnimating() || view.getInteracting()) {
        await new Promise((resolve) => map.once('moveend', resolve));
      }
      await new Promise<void>((resolve) => {
        map.once('rendercomplete', () => resolve());
        map.render();
      });
    },
    hasSpot: (id) => spotLayers.getSpot(id) !== null,
    spotStatus: (id) => {
      const status = spotLayers.getSpot(id)?.get('status');

      return typeof status === 'string' ? status : null;
    },
  };
  document.body.dataset.testHook = 'ready';
}
