import type Map from 'ol/Map';

import type { ApiClient } from './api/api-client';
import type { BlackSpotFeature } from './api/api-types';
import type { BlackSpotApi } from './api/black-spot-api';
import type { BlackSpotLayers } from './map/black-spot-layers';
import type { Notices } from './panels/notices';
import type { Session } from './session';

/** What the panels share: the API, the map and the user's session. */
export interface AppContext {
  readonly client: ApiClient;
  readonly spots: BlackSpotApi;
  readonly map: Map;
  readonly spotLayers: BlackSpotLayers;
  readonly session: Session;
  readonly notices: Notices;
  /** Opens a spot's panel. */
  openSpot(id: number): void;
  /** Opens a fresh report form. */
  openReportForm(): void;
  /** Centres the map on a spot and rings it. */
  showOnMap(spot: BlackSpotFeature): void;
}
