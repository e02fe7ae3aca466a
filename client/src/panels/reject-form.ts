import type {
  BlackSpotFeature,
  RejectionReason,
  TransitionRequest,
} from '../api/api-types';
import { REJECTION_REASONS } from '../api/api-types';
import type { BlackSpotApi } from '../api/black-spot-api';
import { element, setI18n } from '../dom/element';
import { errorText, formatNumber, t } from '../i18n/i18n';
import { spotAnchor } from '../map/spot-anchor';
import { statusBadge } from './badges';

/** How far around a spot to look for the original of a duplicate. */
const ORIGINAL_RADIUS_M = 100;

export interface RejectFormOptions {
  readonly api: BlackSpotApi;
  readonly spot: BlackSpotFeature;
  readonly reason: RejectionReason;
  readonly onSubmit: (
    request: Omit<TransitionRequest, 'version'>,
  ) => Promise<void>;
  readonly onCancel: () => void;
}

/**
 * Rejects a spot with a reason and an optional note; for a duplicate, the
 * officer picks the original among the spots within 100 m.
 */
export class RejectForm {
  readonly element: HTMLFormElement;
  readonly #options: RejectFormOptions;
  readonly #reason: HTMLSelectElement;
  readonly #note: HTMLTextAreaElement;
  readonly #originals: HTMLFieldSetElement;
  readonly #error: HTMLElement;
  #originalsLoaded = false;

  constructor(options: RejectFormOptions) {
    this.#options = options;
    const id = options.spot.properties.id;
    this.#reason = element('select', {
      testId: 'reject-reason',
      attributes: { id: `reject-reason-${id}`, name: 'rejectionReason' },
      children: REJECTION_REASONS.map((reason) =>
        element('option', {
          attributes: { value: reason },
          i18n: `rejectionReason.${reason}`,
        }),
      ),
    });
    this.#reason.value = options.reason;
    this.#reason.addEventListener('change', () => this.#updateOriginals());
    this.#note = element('textarea', {
      testId: 'transition-note',
      attributes: { id: `reject-note-${id}`, rows: 2, maxlength: 2000 },
    });
    this.#originals = element('fieldset', {
      className: 'originals',
      testId: 'original-picker',
      children: [element('legend', { i18n: 'transition.original' })],
    });
    this.#error = element('p', {
      className: 'field-error',
      attributes: { role: 'alert', hidden: true },
    });
    this.element = element('form', {
      className: 'reject-form',
      testId: 'reject-form',
      attributes: { novalidate: true },
      children: [
        element('label', {
          attributes: { for: this.#reason.id },
          i18n: 'transition.reason',
        }),
        this.#reason,
        this.#originals,
        element('label', {
          attributes: { for: this.#note.id },
          children: [
            element('span', { i18n: 'transition.note' }),
            ' ',
            element('small', { className: 'hint', i18n: 'report.optional' }),
          ],
        }),
        this.#note,
        this.#error,
        element('div', {
          className: 'button-row',
          children: [
            element('button', {
              className: 'button button-danger',
              testId: 'confirm-reject',
              attributes: { type: 'submit' },
              i18n: 'transition.confirmReject',
            }),
            element('button', {
              className: 'button',
              testId: 'cancel-reject',
              attributes: { type: 'button' },
              i18n: 'transition.cancel',
              onClick: () => options.onCancel(),
            }),
          ],
        }),
      ],
    });
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#submit();
    });
    this.#updateOriginals();
  }

  focus(): void {
    this.#reason.focus();
  }

  #updateOriginals(): void {
    const duplicate = this.#reason.value === 'duplicate';
    this.#originals.hidden = !duplicate;
    setI18n(
      this.element.querySelector(
        '[data-testid="confirm-reject"]',
      ) as HTMLElement,
      duplicate ? 'transition.confirmDuplicate' : 'transition.confirmReject',
    );
    if (duplicate && !this.#originalsLoaded) {
      this.#originalsLoaded = true;
      void this.#loadOriginals();
    }
  }

  async #loadOriginals(): Promise<void> {
    const status = element('p', {
      className: 'muted',
      i18n: 'transition.searchingOriginal',
    });
    this.#originals.append(status);
    const spot = this.#options.spot;

    try {
      const nearby = await this.#options.api.nearby(
        spotAnchor(spot),
        ORIGINAL_RADIUS_M,
      );
      const candidates = nearby.features.filter(
        (feature) =>
          feature.properties.id !== spot.properties.id &&
          feature.properties.status !== 'rejected',
      );
      status.remove();
      if (candidates.length === 0) {
        this.#originals.append(
          element('p', { className: 'muted', i18n: 'transition.noOriginal' }),
        );
      }
      this.#originals.append(...candidates.map((c) => this.#originalOption(c)));
    } catch (error) {
      status.removeAttribute('data-i18n');
      status.className = 'field-error';
      status.textContent = errorText(error);
    }
  }

  #originalOption(candidate: BlackSpotFeature): HTMLElement {
    const spot = candidate.properties;
    const distance = t('spot.distance', {
      distance: formatNumber(Math.round(spot.distanceM ?? 0)),
    });

    return element('label', {
      className: 'check original-option',
      testId: `original-option-${spot.id}`,
      children: [
        element('input', {
          attributes: {
            type: 'radio',
            name: `original-${this.#options.spot.properties.id}`,
            value: spot.id,
          },
        }),
        element('span', {
          className: 'original-text',
          children: [
            element('strong', { text: t('spot.title', { id: spot.id }) }),
            ' ',
            statusBadge(spot.status),
            element('br'),
            `${t(`category.${spot.category}`)} · ${distance}`,
          ],
        }),
      ],
    });
  }

  async #submit(): Promise<void> {
    const reason = this.#reason.value as RejectionReason;
    const note = this.#note.value.trim();
    const picked = this.element.querySelector<HTMLInputElement>(
      'input[type="radio"]:checked',
    );
    if (reason === 'duplicate' && !picked) {
      this.#error.textContent = t('transition.pickOriginal');
      this.#error.hidden = false;

      return;
    }
    this.#error.hidden = true;

    await this.#options.onSubmit({
      action: 'reject',
      rejectionReason: reason,
      reason: note === '' ? undefined : note,
      duplicateOfId: reason === 'duplicate' ? Number(picked?.value) : undefined,
    });
  }
}
