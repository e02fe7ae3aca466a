import type { SessionUser } from '../api/api-types';
import { element } from '../dom/element';
import { t } from '../i18n/i18n';
import type { PanelContent } from './panel-host';

export interface AccountPanelOptions {
  readonly user: SessionUser;
  readonly onLogOut: () => void;
}

/** Who is logged in, with their role and organisation, and log out. */
export class AccountPanel implements PanelContent {
  readonly name = 'account';
  readonly titleKey = 'account.title';
  readonly element: HTMLElement;
  readonly #options: AccountPanelOptions;

  constructor(options: AccountPanelOptions) {
    this.#options = options;
    this.element = element('div', { className: 'account', testId: 'account' });
    this.#render();
  }

  refreshText(): void {
    this.#render();
  }

  #render(): void {
    const { user, onLogOut } = this.#options;
    const row = (key: string, value: string, testId: string) => [
      element('dt', { i18n: key }),
      element('dd', { testId, text: value }),
    ];

    this.element.replaceChildren(
      element('dl', {
        className: 'facts',
        children: [
          ...row('account.name', user.name, 'account-name'),
          ...row('account.email', user.email, 'account-email'),
          ...row('account.role', t(`roles.${user.role}`), 'account-role'),
          ...row(
            'account.organisation',
            user.organisationName ?? t('account.none'),
            'account-organisation',
          ),
        ],
      }),
      element('button', {
        className: 'button button-wide',
        testId: 'account-logout',
        attributes: { type: 'button' },
        i18n: 'header.logOut',
        onClick: onLogOut,
      }),
    );
  }
}
