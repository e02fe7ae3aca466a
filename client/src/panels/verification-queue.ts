import type { BlackSpotFeature } from '../api/api-types';
import type { AppContext } from '../app-context';
import { element, setI18n } from '../dom/element';
import { errorText } from '../i18n/i18n';
import type { PanelContent } from './panel-host';
import { queueItem } from './queue-item';

const QUEUE_LIMIT = 500;

/**
 * The officers' verification queue: reported spots to verify, reject or
 * mark as duplicate, and relapsed spots to reverify, oldest first.
 */
export class VerificationQueue implements PanelContent {
  readonly name = 'queue';
  readonly titleKey = 'queue.title';
  readonly element: HTMLElement;
  readonly #context: AppContext;
  readonly #count: HTMLElement;
  readonly #list: HTMLElement;
  #spots: BlackSpotFeature[] | null = null;
  #loading: AbortController | null = null;

  constructor(context: AppContext) {
    this.#context = context;
    this.#count = element('span', {
      className: 'queue-count',
      testId: 'queue-count',
    });
    this.#list = element('div', {
      className: 'queue-list',
      testId: 'queue-list',
    });
    this.element = element('div', {
      className: 'queue',
      testId: 'queue',
      children: [
        element('p', { className: 'intro', i18n: 'queue.intro' }),
        element('div', {
          className: 'queue-toolbar',
          children: [
            this.#count,
            element('button', {
              className: 'button button-small',
              testId: 'queue-refresh',
              attributes: { type: 'button' },
              i18n: 'queue.refresh',
              onClick: () => void this.reload(),
            }),
          ],
        }),
        this.#list,
      ],
    });
    void this.reload();
  }

  refreshText(): void {
    this.#render();
  }

  dispose(): void {
    this.#loading?.abort();
  }

  async reload(): Promise<void> {
    this.#loading?.abort();
    const loading = new AbortController();
    this.#loading = loading;
    this.element.setAttribute('aria-busy', 'true');
    if (!this.#spots) {
      this.#list.replaceChildren(
        element('p', { className: 'muted', i18n: 'queue.loading' }),
      );
    }

    try {
      const collection = await this.#context.spots.list(
        { status: ['reported', 'relapsed'], limit: QUEUE_LIMIT },
        loading.signal,
      );
      this.#spots = [...collection.features].sort((a, b) =>
        a.properties.createdAt.localeCompare(b.properties.createdAt),
      );
      this.#render();
    } catch (error) {
      if (loading.signal.aborted) {
        return;
      }
      this.#list.replaceChildren(
        element('p', {
          className: 'field-error',
          testId: 'queue-error',
          text: errorText(error),
        }),
      );
    } finally {
      if (this.#loading === loading) {
        this.element.setAttribute('aria-busy', 'false');
      }
    }
  }

  #render(): void {
    const spots = this.#spots;
    if (!spots) {
      return;
    }
    setI18n(this.#count, 'queue.count', { count: spots.length });
    this.#list.replaceChildren(
      ...(spots.length === 0
        ? [
            element('p', {
              className: 'muted',
              testId: 'queue-empty',
              i18n: 'queue.empty',
            }),
          ]
        : spots.map((spot) =>
            queueItem({
              context: this.#context,
              spot,
              onChanged: (updated) => this.#remove(updated.properties.id),
              onConflict: () => void this.reload(),
            }),
          )),
    );
  }

  #remove(id: number): void {
    this.#spots =
      this.#spots?.filter((spot) => spot.properties.id !== id) ?? null;
    this.#render();
  }
}
