import type { Coordinate } from 'ol/coordinate';
import type { Extent } from 'ol/extent';
import type Map from 'ol/Map';

export interface ViewFramerOptions {
  readonly map: Map;
  /** The panel beside the map, or over its lower part on phones. */
  readonly panel: HTMLElement;
  /** When the panel is a bottom sheet rather than a side panel. */
  readonly sheetQuery: MediaQueryList;
  /** Zoom for showing one spot, past the clustering threshold. */
  readonly spotZoom: number;
}

/**
 * Keeps what the user looks at in the part of the map the panel leaves
 * free: the view's padding follows the bottom sheet on phones, and places
 * the panel covers are brought back into sight.
 */
export class ViewFramer {
  readonly #map: Map;
  readonly #panel: HTMLElement;
  readonly #sheetQuery: MediaQueryList;
  readonly #spotZoom: number;

  constructor(options: ViewFramerOptions) {
    this.#map = options.map;
    this.#panel = options.panel;
    this.#sheetQuery = options.sheetQuery;
    this.#spotZoom = options.spotZoom;
    new ResizeObserver(() => this.padForPanel()).observe(this.#panel);
  }

  /** Fits an extent into the free part of the map, zoomed in no further. */
  fit(extent: Extent): void {
    this.#map.getView().fit(extent, {
      maxZoom: this.#spotZoom,
      padding: [48, 48, 48, 48],
      duration: 400,
    });
  }

  /**
   * Sets the view's bottom padding to the sheet's height. When the sheet
   * opens, the map slides up so that what was in the middle stays in sight.
   */
  padForPanel(): void {
    const view = this.#map.getView();
    const sheet = this.#sheetQuery.matches && !this.#panel.hidden;
    const bottom = sheet
      ? Math.round(this.#panel.getBoundingClientRect().height)
      : 0;
    const before = view.padding ?? [0, 0, 0, 0];
    if (before[2] === bottom) {
      return;
    }

    const center = view.getCenter();
    view.padding = [0, 0, bottom, 0];
    if (before[2] === 0 && center) {
      view.animate({ center, duration: 250 });
    }
  }

  /**
   * Pans to a place the panel has just covered: on phones the sheet hides
   * the lower map, on desktops the map narrows by the panel's width.
   */
  reveal(coordinate: Coordinate, panelWasOpen: boolean): void {
    const view = this.#map.getView();
    const size = this.#map.getSize();
    const pixel = this.#map.getPixelFromCoordinate(coordinate);
    if (!size || !pixel) {
      return;
    }

    const sheet = this.#sheetQuery.matches;
    const narrowing = panelWasOpen || sheet ? 0 : this.#panel.offsetWidth;
    const x = pixel[0] - narrowing / 2;
    if (sheet || x < 0 || x > size[0] - narrowing) {
      view.cancelAnimations();
      view.animate({ center: coordinate, duration: 250 });
    }
  }
}
