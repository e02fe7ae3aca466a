import { element } from '../dom/element';

export type NoticeKind = 'error' | 'info' | 'success';

export interface NoticeOptions {
  readonly kind?: NoticeKind;
  /** Milliseconds before the notice goes; errors stay longer by default. */
  readonly timeout?: number;
}

const DEFAULT_TIMEOUTS: Record<NoticeKind, number> = {
  error: 15000,
  info: 6000,
  success: 6000,
};

/**
 * Short messages over the map: load failures, conflicts and confirmations.
 * A message already on screen is not shown twice.
 */
export class Notices {
  readonly #root: HTMLElement;

  constructor(root: HTMLElement) {
    this.#root = root;
  }

  show(message: string, options: NoticeOptions = {}): void {
    const kind = options.kind ?? 'info';
    const duplicate = Array.from(this.#root.children).some(
      (child) => child.getAttribute('data-message') === message,
    );
    if (duplicate) {
      return;
    }

    const notice = element('div', {
      className: `notice notice-${kind}`,
      testId: 'notice',
      attributes: {
        'data-kind': kind,
        'data-message': message,
        role: kind === 'error' ? 'alert' : 'status',
      },
      children: [element('span', { className: 'notice-text', text: message })],
    });
    const dismiss = () => notice.remove();
    notice.append(
      element('button', {
        className: 'icon-button notice-close',
        attributes: { type: 'button' },
        i18nAttributes: {
          'aria-label': 'errors.dismiss',
          title: 'errors.dismiss',
        },
        text: '×',
        onClick: dismiss,
      }),
    );
    this.#root.append(notice);
    window.setTimeout(dismiss, options.timeout ?? DEFAULT_TIMEOUTS[kind]);
  }

  error(message: string): void {
    this.show(message, { kind: 'error' });
  }

  info(message: string): void {
    this.show(message, { kind: 'info' });
  }

  success(message: string): void {
    this.show(message, { kind: 'success' });
  }
}
