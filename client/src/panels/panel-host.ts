import type { TOptions } from 'i18next';

import { element, setI18n } from '../dom/element';

/** What a panel shows: an element, its title, and how to tidy up. */
export interface PanelContent {
  /** Stable name, exposed as `data-panel` for styling and tests. */
  readonly name: string;
  readonly element: HTMLElement;
  readonly titleKey: string;
  readonly titleOptions?: TOptions;
  /** Called once the content is in the panel (the previous one is gone). */
  shown?(): void;
  /** Re-renders text that is not bound to catalogue keys. */
  refreshText?(): void;
  /** Called when the content leaves the panel. */
  dispose?(): void;
}

export interface PanelHostOptions {
  readonly element: HTMLElement;
  /** Called after the panel closes, by the user or by `close()`. */
  readonly onClose?: (content: PanelContent) => void;
}

/**
 * The one panel beside the map (a bottom sheet on phones) that shows a
 * spot, the report form, the login form or the verification queue.
 */
export class PanelHost {
  readonly #root: HTMLElement;
  readonly #title: HTMLElement;
  readonly #body: HTMLElement;
  readonly #onClose?: (content: PanelContent) => void;
  #content: PanelContent | null = null;

  constructor(options: PanelHostOptions) {
    this.#root = options.element;
    this.#onClose = options.onClose;
    this.#title = element('h2', {
      className: 'panel-title',
      testId: 'panel-title',
      attributes: { id: 'panel-title', tabindex: -1 },
    });
    this.#body = element('div', { className: 'panel-body' });
    const close = element('button', {
      className: 'icon-button panel-close',
      testId: 'panel-close',
      attributes: { type: 'button' },
      i18nAttributes: { title: 'panel.close', 'aria-label': 'panel.close' },
      text: '×',
      onClick: () => this.close(),
    });
    this.#root.setAttribute('aria-labelledby', 'panel-title');
    this.#root.append(
      element('div', {
        className: 'panel-header',
        children: [
          element('span', {
            className: 'panel-grip',
            attributes: { 'aria-hidden': 'true' },
          }),
          this.#title,
          close,
        ],
      }),
      this.#body,
    );
    this.#root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        this.close();
      }
    });
  }

  get content(): PanelContent | null {
    return this.#content;
  }

  /** Replaces what the panel shows and opens it. */
  show(content: PanelContent): void {
    this.#leave();
    this.#content = content;
    setI18n(this.#title, content.titleKey, content.titleOptions);
    this.#body.replaceChildren(content.element);
    this.#body.scrollTop = 0;
    this.#root.dataset.panel = content.name;
    this.#root.hidden = false;
    document.body.classList.add('panel-open');
    this.#title.focus({ preventScroll: true });
    content.shown?.();
  }

  close(): void {
    const content = this.#content;
    if (!content) {
      return;
    }
    this.#leave();
    this.#root.hidden = true;
    delete this.#root.dataset.panel;
    document.body.classList.remove('panel-open');
    this.#onClose?.(content);
  }

  /** Lets the current content re-render its dynamic text. */
  refreshText(): void {
    this.#content?.refreshText?.();
  }

  #leave(): void {
    this.#content?.dispose?.();
    this.#content = null;
    this.#body.replaceChildren();
  }
}
