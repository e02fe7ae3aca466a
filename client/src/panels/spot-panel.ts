import type { BlackSpotFeature, HistoryEntry } from '../api/api-types';
import type { AppContext } from '../app-context';
import { element } from '../dom/element';
import { errorText, t } from '../i18n/i18n';
import { historyList } from './history-list';
import type { PanelContent } from './panel-host';
import { spotDetails } from './spot-details';
import { TransitionActions } from './transition-actions';

/**
 * A black spot's details and history, with the officer actions when the
 * user may verify. Loads the spot fresh from the API, so the details are
 * current even if the map layer is not.
 */
export class SpotPanel implements PanelContent {
  readonly name = 'spot';
  readonly element: HTMLElement;
  readonly titleKey = 'spot.title';
  readonly titleOptions: { id: number };
  readonly #context: AppContext;
  readonly #id: number;
  #spot: BlackSpotFeature | null = null;
  #history: HistoryEntry[] | null = null;
  #historyError: unknown = null;
  #disposed = false;

  constructor(context: AppContext, id: number) {
    this.#context = context;
    this.#id = id;
    this.titleOptions = { id };
    this.element = element('div', {
      className: 'spot-panel',
      testId: 'spot-panel',
      attributes: { 'data-spot-id': id },
      children: [element('p', { className: 'muted', i18n: 'spot.loading' })],
    });
    void this.#load();
  }

  get spotId(): number {
    return this.#id;
  }

  refreshText(): void {
    this.#render();
  }

  dispose(): void {
    this.#disposed = true;
  }

  async #load(): Promise<void> {
    const api = this.#context.spots;
    const [spot, history] = await Promise.allSettled([
      api.get(this.#id),
      api.history(this.#id),
    ]);
    if (this.#disposed) {
      return;
    }
    if (spot.status === 'rejected') {
      this.element.replaceChildren(
        element('p', {
          className: 'field-error',
          testId: 'spot-error',
          text: errorText(spot.reason),
        }),
      );

      return;
    }
    this.#spot = spot.value;
    this.#history = history.status === 'fulfilled' ? history.value : null;
    this.#historyError = history.status === 'rejected' ? history.reason : null;
    this.#render();
  }

  #render(): void {
    const spot = this.#spot;
    if (!spot) {
      return;
    }
    this.element.dataset.status = spot.properties.status;
    const actions =
      this.#context.session.canVerify() &&
      new TransitionActions({
        context: this.#context,
        spot,
        onChanged: () => void this.#load(),
        onConflict: () => void this.#load(),
      });

    this.element.replaceChildren(
      spotDetails(spot.properties, {
        onOpenSpot: (id) => this.#context.openSpot(id),
      }),
      element('div', {
        className: 'button-row',
        children: [
          element('button', {
            className: 'button',
            testId: 'spot-show-on-map',
            attributes: { type: 'button' },
            i18n: 'spot.showOnMap',
            onClick: () => this.#context.showOnMap(spot),
          }),
        ],
      }),
      actions ? actions.element : '',
      element('h3', { i18n: 'spot.history' }),
      this.#history
        ? historyList(this.#history)
        : element('p', {
            className: 'field-error',
            testId: 'history-error',
            text: `${t('errors.loadHistory')} ${errorText(this.#historyError)}`,
          }),
    );
  }
}
