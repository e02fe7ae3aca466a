import { ApiError } from '../api/api-error';
import type {
  BlackSpotFeature,
  RejectionReason,
  TransitionAction,
  TransitionRequest,
} from '../api/api-types';
import type { AppContext } from '../app-context';
import { element } from '../dom/element';
import { errorText, t } from '../i18n/i18n';
import { RejectForm } from './reject-form';

export interface TransitionActionsOptions {
  readonly context: AppContext;
  readonly spot: BlackSpotFeature;
  /** Called with the updated spot after a transition succeeded. */
  readonly onChanged: (spot: BlackSpotFeature) => void;
  /** Called after the server refused a stale or disallowed transition. */
  readonly onConflict: () => void;
}

/** The officer actions each status offers, in the order they are shown. */
const ACTIONS_BY_STATUS: Readonly<Record<string, readonly string[]>> = {
  reported: ['verify', 'reject', 'duplicate'],
  relapsed: ['reverify'],
  transformed: ['relapse'],
};

const ACTION_LABELS: Readonly<Record<string, string>> = {
  verify: 'transition.verify',
  reject: 'transition.reject',
  duplicate: 'transition.markDuplicate',
  reverify: 'transition.reverify',
  relapse: 'action.relapse',
};

/**
 * The buttons an officer uses to move one spot along its lifecycle, with
 * the reject form folded in. Sends the spot's version, so a spot changed
 * by someone else meanwhile is answered with a conflict, not overwritten.
 */
export class TransitionActions {
  readonly element: HTMLElement;
  readonly #options: TransitionActionsOptions;
  readonly #buttons: HTMLElement;
  readonly #formSlot: HTMLElement;

  constructor(options: TransitionActionsOptions) {
    this.#options = options;
    const spot = options.spot.properties;
    const actions = ACTIONS_BY_STATUS[spot.status] ?? [];
    this.#buttons = element('div', {
      className: 'button-row',
      children: actions.map((action) =>
        element('button', {
          className:
            action === 'verify' || action === 'reverify'
              ? 'button button-primary'
              : 'button',
          testId: `action-${action}`,
          attributes: { type: 'button' },
          i18n: ACTION_LABELS[action],
          onClick: () => this.#start(action),
        }),
      ),
    });
    this.#formSlot = element('div', { className: 'transition-form-slot' });
    this.element = element('div', {
      className: 'transition-actions',
      testId: 'transition-actions',
      attributes: { hidden: actions.length === 0 },
      children: [this.#buttons, this.#formSlot],
    });
  }

  #start(action: string): void {
    if (action === 'verify' || action === 'reverify' || action === 'relapse') {
      void this.#perform({ action: action as TransitionAction });

      return;
    }
    this.#showRejectForm(
      action === 'duplicate' ? 'duplicate' : 'not_a_black_spot',
    );
  }

  #showRejectForm(reason: RejectionReason): void {
    const form = new RejectForm({
      api: this.#options.context.spots,
      spot: this.#options.spot,
      reason,
      onSubmit: (request) => this.#perform(request),
      onCancel: () => {
        this.#formSlot.replaceChildren();
        this.#buttons.hidden = false;
      },
    });
    this.#buttons.hidden = true;
    this.#formSlot.replaceChildren(form.element);
    form.focus();
  }

  async #perform(request: Omit<TransitionRequest, 'version'>): Promise<void> {
    const { context, spot } = this.#options;
    this.#setBusy(true);

    try {
      const updated = await context.spots.transition(spot.properties.id, {
        ...request,
        version: spot.properties.version,
      });
      context.notices.success(
        t('transition.done', {
          id: updated.properties.id,
          status: t(`status.${updated.properties.status}`),
        }),
      );
      context.spotLayers.refresh();
      this.#options.onChanged(updated);
    } catch (error) {
      this.#setBusy(false);
      context.notices.error(errorText(error));
      if (error instanceof ApiError && error.status === 401) {
        context.session.expire();
      }
      if (error instanceof ApiError && error.status === 409) {
        context.spotLayers.refresh();
        this.#options.onConflict();
      }
    }
  }

  #setBusy(busy: boolean): void {
    this.element.classList.toggle('busy', busy);
    this.element.setAttribute('aria-busy', String(busy));
    this.element.querySelectorAll('button').forEach((button) => {
      button.disabled = busy;
    });
  }
}
