import Attribution from 'ol/control/Attribution';
import ScaleLine from 'ol/control/ScaleLine';
import Zoom from 'ol/control/Zoom';
import { defaults as defaultInteractions } from 'ol/interaction/defaults';
import Link from 'ol/interaction/Link';
import type BaseLayer from 'ol/layer/Base';
import Map from 'ol/Map';
import { fromLonLat, transformExtent } from 'ol/proj';
import View from 'ol/View';

/** Centre of Ho Chi Minh City (near Bến Thành), lon/lat. */
export const CITY_CENTER = [106.7, 10.78];
export const CITY_ZOOM = 11;

/** The city and a margin, lon/lat; the view may not leave it. */
const CITY_EXTENT = [106.25, 10.25, 107.15, 11.25];

export interface CreateMapOptions {
  readonly target: HTMLElement;
  readonly layers: readonly BaseLayer[];
  /** Keep the view in the URL (`?x=&y=&z=`) so it can be shared. */
  readonly linkUrl?: boolean;
}

/**
 * Creates the map of Ho Chi Minh City in Web Mercator, with zoom buttons,
 * a scale bar and an attribution that stays open on wide screens.
 */
export function createMap(options: CreateMapOptions): Map {
  const narrow = window.matchMedia('(max-width: 600px)').matches;
  const map = new Map({
    target: options.target,
    layers: [...options.layers],
    view: new View({
      center: fromLonLat(CITY_CENTER),
      zoom: CITY_ZOOM,
      minZoom: 9,
      maxZoom: 20,
      extent: transformExtent(CITY_EXTENT, 'EPSG:4326', 'EPSG:3857'),
      constrainOnlyCenter: true,
    }),
    controls: [
      new Zoom(),
      new ScaleLine(),
      new Attribution({ collapsible: narrow, collapsed: narrow }),
    ],
    interactions: defaultInteractions({
      pinchRotate: false,
      altShiftDragRotate: false,
    }),
  });
  if (options.linkUrl ?? true) {
    map.addInteraction(
      new Link({ params: ['x', 'y', 'z'], replace: true, animate: false }),
    );
  }

  return map;
}
