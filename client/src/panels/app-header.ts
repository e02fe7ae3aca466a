import { element } from '../dom/element';
import { currentLanguage, setLanguage, t } from '../i18n/i18n';
import type { Session } from '../session';

export interface AppHeaderOptions {
  readonly element: HTMLElement;
  readonly session: Session;
  readonly onReport: () => void;
  readonly onQueue: () => void;
  readonly onLogIn: () => void;
  readonly onLogOut: () => void;
  readonly onAccount: () => void;
}

/**
 * The bar above the map: the product's name, the report button, the
 * verification queue for officers, the user and the language switch.
 */
export class AppHeader {
  readonly #options: AppHeaderOptions;

  constructor(options: AppHeaderOptions) {
    this.#options = options;
    options.session.on('change:user', () => this.render());
    this.render();
  }

  render(): void {
    const { session } = this.#options;
    const user = session.getUser();

    this.#options.element.replaceChildren(
      element('div', {
        className: 'brand',
        children: [
          element('span', {
            className: 'brand-mark',
            attributes: { 'aria-hidden': 'true' },
          }),
          element('span', {
            className: 'brand-text',
            children: [
              element('strong', {
                className: 'brand-title',
                i18n: 'app.title',
              }),
              element('span', { className: 'brand-city', i18n: 'app.city' }),
            ],
          }),
        ],
      }),
      element('nav', {
        className: 'header-actions',
        children: [
          headerButton(
            'report',
            'header.report',
            'header.reportShort',
            this.#options.onReport,
            true,
          ),
          session.canVerify() &&
            headerButton(
              'queue',
              'header.queue',
              'header.queueShort',
              this.#options.onQueue,
            ),
          user
            ? element('button', {
                className: 'button button-header user',
                testId: 'header-user',
                attributes: {
                  type: 'button',
                  'data-role': user.role,
                  'aria-label': t('account.open', { name: user.name }),
                },
                onClick: this.#options.onAccount,
                children: [
                  element('span', {
                    className: 'user-initials',
                    attributes: { 'aria-hidden': 'true' },
                    text: initials(user.name),
                  }),
                  element('span', {
                    className: 'user-text',
                    children: [
                      element('span', {
                        className: 'user-name',
                        testId: 'user-name',
                        text: user.name,
                      }),
                      element('span', {
                        className: 'user-role',
                        testId: 'user-role',
                        text: t(`roles.${user.role}`),
                      }),
                    ],
                  }),
                ],
              })
            : null,
          user
            ? headerButton(
                'logout',
                'header.logOut',
                'header.logOut',
                this.#options.onLogOut,
              )
            : headerButton(
                'login',
                'header.logIn',
                'header.logIn',
                this.#options.onLogIn,
              ),
          element('button', {
            className: 'button button-header language-switch',
            testId: 'language-switch',
            attributes: {
              type: 'button',
              lang: currentLanguage() === 'vi' ? 'en' : 'vi',
            },
            i18n: 'header.otherLanguage',
            i18nAttributes: {
              title: 'header.otherLanguageLabel',
              'aria-label': 'header.otherLanguageLabel',
            },
            onClick: () =>
              void setLanguage(currentLanguage() === 'vi' ? 'en' : 'vi'),
          }),
        ],
      }),
    );
  }
}

/** Up to two initials of a name, for the compact user button. */
function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words;

  return picked.map((word) => word[0]?.toUpperCase() ?? '').join('');
}

function headerButton(
  name: string,
  key: string,
  shortKey: string,
  onClick: () => void,
  primary = false,
): HTMLElement {
  return element('button', {
    className: `button button-header header-${name}${primary ? ' button-accent' : ''}`,
    testId: `header-${name}`,
    attributes: { type: 'button' },
    i18nAttributes: { title: key, 'aria-label': key },
    children: [
      element('span', { className: 'label-long', i18n: key }),
      element('span', {
        className: 'label-short',
        attributes: { 'aria-hidden': 'true' },
        i18n: shortKey,
      }),
    ],
    onClick,
  });
}
