import type { Coordinate } from 'ol/coordinate';
import { toLonLat } from 'ol/proj';

import { ApiError } from '../api/api-error';
import type {
  BlackSpotCategory,
  BlackSpotFeature,
  NewBlackSpot,
} from '../api/api-types';
import type { AppContext } from '../app-context';
import { element, setI18n } from '../dom/element';
import { errorText, localized, t } from '../i18n/i18n';
import { locateDevice, type LocateFailure } from '../map/locate-device';
import type { PlacePicker } from '../map/place-picker';
import { candidateList } from './candidate-list';
import { GENERAL } from './field-errors';
import type { PanelContent } from './panel-host';
import { ReportFields } from './report-fields';
import { reportResult } from './report-result';

/**
 * The public report form: the user marks the place on the map (or uses the
 * device position), sees the open spots within 30 m that it may duplicate,
 * describes the spot and sends it. Server validation errors appear beside
 * their fields, in the interface language.
 */
export class ReportForm implements PanelContent {
  readonly name = 'report';
  readonly titleKey = 'report.title';
  readonly element: HTMLElement;
  readonly #context: AppContext;
  readonly #picker: PlacePicker;
  readonly #fields = new ReportFields();
  readonly #candidates: HTMLElement;
  readonly #form: HTMLFormElement;
  readonly #locate: HTMLButtonElement;
  readonly #submit: HTMLButtonElement;
  #candidateRequest: AbortController | null = null;
  #candidateSpots: BlackSpotFeature[] | null = null;
  readonly #onPlaceChange = () => this.#placeChanged();

  constructor(context: AppContext, picker: PlacePicker) {
    this.#context = context;
    this.#picker = picker;
    this.#locate = element('button', {
      className: 'button',
      testId: 'report-locate',
      attributes: { type: 'button' },
      i18n: 'report.useMyPosition',
      onClick: () => void this.#useDevicePosition(),
    });
    this.#candidates = element('section', {
      className: 'duplicate-candidates',
      testId: 'duplicate-candidates',
      attributes: { hidden: true, 'aria-live': 'polite' },
    });
    this.#submit = element('button', {
      className: 'button button-primary button-wide',
      testId: 'report-submit',
      attributes: { type: 'submit' },
      i18n: 'report.submit',
    });
    this.#form = element('form', {
      className: 'report-form',
      testId: 'report-form',
      attributes: { novalidate: true },
      children: [
        element('p', { className: 'intro', i18n: 'report.intro' }),
        this.#fields.placeField(this.#locate),
        this.#candidates,
        ...this.#fields.detailFields(),
        this.#fields.errors.slot(GENERAL),
        this.#submit,
      ],
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#send();
    });
    this.element = element('div', { children: [this.#form] });
  }

  shown(): void {
    this.#picker.setCoordinate(null);
    this.#picker.setActive(true);
    this.#picker.on('change:coordinate', this.#onPlaceChange);
  }

  refreshText(): void {
    this.#fields.errors.refreshText();
    this.#renderCandidates();
  }

  dispose(): void {
    this.#candidateRequest?.abort();
    this.#picker.un('change:coordinate', this.#onPlaceChange);
    this.#picker.setActive(false);
    this.#picker.setCoordinate(null);
  }

  #lonLat(): number[] | null {
    const coordinate = this.#picker.getCoordinate();

    return coordinate
      ? toLonLat(coordinate, this.#context.map.getView().getProjection())
      : null;
  }

  #placeChanged(): void {
    const lonLat = this.#lonLat();
    this.#fields.setPlace(lonLat);
    this.#fields.errors.clear('geometry');
    this.#fields.errors.clear(GENERAL);
    this.#candidateRequest?.abort();
    this.#candidateSpots = null;
    if (!lonLat) {
      this.#candidates.hidden = true;

      return;
    }
    this.#candidateRequest = new AbortController();
    void this.#loadCandidates(lonLat, this.#candidateRequest.signal);
  }

  async #loadCandidates(lonLat: number[], signal: AbortSignal): Promise<void> {
    this.#candidates.hidden = false;
    this.#candidates.replaceChildren(
      element('p', { className: 'muted', i18n: 'report.duplicatesLoading' }),
    );

    try {
      const found = await this.#context.spots.duplicateCandidates(
        lonLat,
        signal,
      );
      this.#candidateSpots = found.features;
      this.#renderCandidates();
    } catch (error) {
      if (signal.aborted) {
        return;
      }
      this.#candidates.replaceChildren(
        element('p', { className: 'field-error', text: errorText(error) }),
      );
    }
  }

  #renderCandidates(): void {
    const spots = this.#candidateSpots;
    if (!spots) {
      return;
    }
    if (spots.length === 0) {
      this.#candidates.replaceChildren(
        element('p', { className: 'muted', i18n: 'report.duplicatesNone' }),
      );

      return;
    }
    this.#candidates.replaceChildren(
      element('h3', { i18n: 'report.duplicatesTitle' }),
      element('p', { className: 'hint', i18n: 'report.duplicatesIntro' }),
      candidateList(spots, {
        testId: 'duplicate-candidate-list',
        actionKey: 'spot.showOnMap',
        onAction: (spot) => this.#context.showOnMap(spot),
      }),
    );
  }

  async #useDevicePosition(): Promise<void> {
    const view = this.#context.map.getView();
    this.#locate.disabled = true;
    setI18n(this.#locate, 'report.locating');

    try {
      const position: Coordinate = await locateDevice(view.getProjection());
      this.#picker.setCoordinate(position);
      view.animate({
        center: position,
        zoom: Math.max(view.getZoom() ?? 0, 17),
      });
    } catch (failure) {
      const key =
        (failure as LocateFailure) === 'denied'
          ? 'report.geolocationDenied'
          : 'report.geolocationUnavailable';
      this.#fields.errors.set('geometry', () => t(key));
    } finally {
      this.#locate.disabled = false;
      setI18n(this.#locate, 'report.useMyPosition');
    }
  }

  async #send(): Promise<void> {
    const lonLat = this.#lonLat();
    const values = this.#fields.read(lonLat !== null);
    if (!lonLat || !values) {
      this.#fields.errors.focusFirst();

      return;
    }
    const report: NewBlackSpot = {
      ...values,
      category: values.category as BlackSpotCategory,
      geometry: { type: 'Point', coordinates: lonLat.map(roundDegrees) },
    };
    this.#setBusy(true);

    try {
      const result = await this.#context.spots.report(report);
      this.#context.spotLayers.refresh();
      this.#picker.setActive(false);
      this.#picker.setCoordinate(null);
      this.element.replaceChildren(
        reportResult(result, {
          onOpenSpot: (id) => this.#context.openSpot(id),
          onReportAnother: () => this.#restart(),
        }),
      );
    } catch (error) {
      this.#setBusy(false);
      this.#showServerError(error);
      this.#fields.errors.focusFirst();
    }
  }

  #showServerError(error: unknown): void {
    if (!(error instanceof ApiError)) {
      this.#fields.errors.set(GENERAL, () => errorText(error));

      return;
    }
    if (error.code === 'outside_city') {
      this.#fields.errors.set('geometry', () => errorText(error));

      return;
    }
    this.#fields.errors.set(GENERAL, () => errorText(error));
    for (const field of error.fields) {
      this.#fields.errors.set(field.field, () => localized(field.message));
    }
  }

  #restart(): void {
    this.#context.openReportForm();
  }

  #setBusy(busy: boolean): void {
    this.#submit.disabled = busy;
    setI18n(this.#submit, busy ? 'report.submitting' : 'report.submit');
    this.#form.setAttribute('aria-busy', String(busy));
  }
}

/** Six decimals of a degree is about 10 cm, more than a phone's GPS. */
function roundDegrees(value: number): number {
  return Number(value.toFixed(6));
}
