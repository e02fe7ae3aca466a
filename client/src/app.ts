import { getCenter } from 'ol/extent';
import GeoJSON from 'ol/format/GeoJSON';
import type Layer from 'ol/layer/Layer';
import type Map from 'ol/Map';
import type VectorSource from 'ol/source/Vector';

import type { ApiClient } from './api/api-client';
import type { BlackSpotFeature, ClientConfig } from './api/api-types';
import { BlackSpotApi } from './api/black-spot-api';
import type { AppContext } from './app-context';
import { translate } from './dom/element';
import { errorText, onLanguageChange, t } from './i18n/i18n';
import { createBaseLayers } from './map/base-layers';
import { BlackSpotLayers } from './map/black-spot-layers';
import { createMap } from './map/create-map';
import { LayerSwitcher } from './map/layer-switcher';
import { createOnlineTileLayer } from './map/online-tile-layer';
import { PlacePicker } from './map/place-picker';
import { SpotHighlight } from './map/spot-highlight';
import { SpotSelector } from './map/spot-selector';
import { ViewFramer } from './map/view-framer';
import { AccountPanel } from './panels/account-panel';
import { AppHeader } from './panels/app-header';
import { LoginForm } from './panels/login-form';
import { Notices } from './panels/notices';
import { type PanelContent, PanelHost } from './panels/panel-host';
import { ReportForm } from './panels/report-form';
import { showSampleBanner } from './panels/sample-banner';
import { SpotPanel } from './panels/spot-panel';
import { VerificationQueue } from './panels/verification-queue';
import { Session } from './session';

export interface AppOptions {
  readonly client: ApiClient;
  readonly config: ClientConfig;
  readonly session: Session;
  readonly notices: Notices;
}

/** Zoom used to show one spot: past the clustering threshold. */
const SPOT_ZOOM = 17;
const PHONE_QUERY = '(max-width: 600px)';

/**
 * The web client: the map, its layers and the panel beside it, wired to the
 * API and to the user's session.
 */
export class App implements AppContext {
  readonly client: ApiClient;
  readonly spots: BlackSpotApi;
  readonly map: Map;
  readonly spotLayers: BlackSpotLayers;
  readonly session: Session;
  readonly notices: Notices;
  readonly #panel: PanelHost;
  readonly #picker = new PlacePicker();
  readonly #highlight = new SpotHighlight();
  readonly #format = new GeoJSON();
  readonly #framer: ViewFramer;

  constructor(options: AppOptions) {
    this.client = options.client;
    this.session = options.session;
    this.notices = options.notices;
    this.spots = new BlackSpotApi(this.client);
    this.spotLayers = new BlackSpotLayers({ api: this.spots });

    const base = createBaseLayers({ client: this.client });
    const tiles = createOnlineTileLayer(options.config);
    const switchable = [
      ...(tiles ? [tiles] : []),
      base.districts,
      base.wards,
      base.waterways,
      this.spotLayers.group,
    ];
    this.map = createMap({
      target: byId('map'),
      layers: switchable,
    });
    this.map.addControl(
      new LayerSwitcher({
        layers: [...switchable].reverse(),
        collapsed: window.matchMedia(PHONE_QUERY).matches,
      }),
    );
    this.map.addInteraction(
      new SpotSelector({
        layers: this.spotLayers,
        onSelect: (id) => this.openSpot(id),
      }),
    );
    this.map.addInteraction(this.#picker);
    this.#highlight.setMap(this.map);
    this.#framer = new ViewFramer({
      map: this.map,
      panel: byId('panel'),
      sheetQuery: window.matchMedia(PHONE_QUERY),
      spotZoom: SPOT_ZOOM,
    });

    for (const layer of [base.districts, base.wards, base.waterways]) {
      this.#reportLoadErrors(layer);
    }
    this.#reportLoadErrors(this.spotLayers.pointLayer);
    tiles
      ?.getSource()
      ?.on('tileloaderror', () => this.notices.error(t('errors.tiles')));

    this.#panel = new PanelHost({
      element: byId('panel'),
      onClose: () => {
        this.#highlight.show(null);
        this.#framer.padForPanel();
      },
    });
    new AppHeader({
      element: byId('app-header'),
      session: this.session,
      onReport: () => this.openReportForm(),
      onQueue: () => this.#showPanel(new VerificationQueue(this)),
      onLogIn: () =>
        this.#showPanel(
          new LoginForm(this, { onLoggedIn: () => this.#afterLogIn() }),
        ),
      onLogOut: () => void this.#logOut(),
      onAccount: () => this.#openAccount(),
    });
    if (options.config.sampleData) {
      showSampleBanner(byId('app-banner'));
    }

    this.session.on('change:user', () => this.#sessionChanged());
    onLanguageChange(() => {
      translate(document.body);
      document.title = `${t('app.title')} – ${t('app.city')}`;
      this.#panel.refreshText();
    });
  }

  openSpot(id: number): void {
    const geometry = this.spotLayers.getSpot(id)?.getGeometry() ?? null;
    const wasOpen = this.#panel.content !== null;
    this.#showPanel(new SpotPanel(this, id));
    this.#highlight.show(geometry);
    if (geometry) {
      this.#framer.reveal(getCenter(geometry.getExtent()), wasOpen);
    }
  }

  openReportForm(): void {
    this.#highlight.show(null);
    this.#showPanel(new ReportForm(this, this.#picker));
  }

  #showPanel(content: PanelContent): void {
    this.#panel.show(content);
    this.#framer.padForPanel();
  }

  showOnMap(spot: BlackSpotFeature): void {
    const geometry = this.#format.readGeometry(spot.geometry, {
      featureProjection: this.map.getView().getProjection(),
    });
    if (!geometry) {
      return;
    }
    this.#highlight.show(geometry);
    this.#framer.fit(geometry.getExtent());
  }

  #reportLoadErrors(layer: Layer): void {
    const source = layer.getSource() as VectorSource | null;
    source?.on('featuresloaderror', () => {
      const detail = source.get('loadError');
      const name = t(String(layer.get('titleKey') ?? 'layers.blackSpots'));
      const message = t('errors.loadLayer', { layer: name });
      this.notices.error(detail ? `${message} ${errorText(detail)}` : message);
    });
  }

  #afterLogIn(): void {
    if (this.session.canVerify()) {
      this.#showPanel(new VerificationQueue(this));
    } else {
      this.#panel.close();
    }
  }

  #openAccount(): void {
    const user = this.session.getUser();
    if (user) {
      this.#showPanel(
        new AccountPanel({ user, onLogOut: () => void this.#logOut() }),
      );
    }
  }

  async #logOut(): Promise<void> {
    try {
      await this.session.logOut();
      this.notices.info(t('login.loggedOut'));
    } catch (error) {
      this.notices.error(errorText(error));
    }
  }

  #sessionChanged(): void {
    this.spotLayers.refresh();
    const content = this.#panel.content;
    const user = this.session.getUser();
    if (content instanceof VerificationQueue && !this.session.canVerify()) {
      this.#panel.close();
    } else if (content instanceof AccountPanel && !user) {
      this.#panel.close();
    } else if (content instanceof SpotPanel) {
      this.openSpot(content.spotId);
    }
  }
}

function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) {
    throw new Error(`The page has no #${id} element.`);
  }

  return node;
}
