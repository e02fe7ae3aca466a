import type { AppContext } from '../app-context';
import { element, setI18n } from '../dom/element';
import { errorText, t } from '../i18n/i18n';
import type { PanelContent } from './panel-host';

export interface LoginFormOptions {
  /** Called after a successful login. */
  readonly onLoggedIn: () => void;
}

/** E-mail and password login for officers and youth union staff. */
export class LoginForm implements PanelContent {
  readonly name = 'login';
  readonly titleKey = 'login.title';
  readonly element: HTMLFormElement;
  readonly #context: AppContext;
  readonly #email: HTMLInputElement;
  readonly #password: HTMLInputElement;
  readonly #error: HTMLElement;
  readonly #submit: HTMLButtonElement;

  constructor(context: AppContext, options: LoginFormOptions) {
    this.#context = context;
    this.#email = element('input', {
      testId: 'login-email',
      attributes: {
        id: 'login-email',
        type: 'email',
        name: 'email',
        autocomplete: 'username',
        required: true,
        inputmode: 'email',
      },
    });
    this.#password = element('input', {
      testId: 'login-password',
      attributes: {
        id: 'login-password',
        type: 'password',
        name: 'password',
        autocomplete: 'current-password',
        required: true,
      },
    });
    this.#error = element('p', {
      className: 'field-error',
      testId: 'login-error',
      attributes: { role: 'alert', hidden: true },
    });
    this.#submit = element('button', {
      className: 'button button-primary button-wide',
      testId: 'login-submit',
      attributes: { type: 'submit' },
      i18n: 'login.submit',
    });
    this.element = element('form', {
      className: 'login-form',
      testId: 'login-form',
      children: [
        element('p', { className: 'intro', i18n: 'login.intro' }),
        element('div', {
          className: 'field',
          children: [
            element('label', {
              attributes: { for: 'login-email' },
              i18n: 'login.email',
            }),
            this.#email,
          ],
        }),
        element('div', {
          className: 'field',
          children: [
            element('label', {
              attributes: { for: 'login-password' },
              i18n: 'login.password',
            }),
            this.#password,
          ],
        }),
        this.#error,
        this.#submit,
      ],
    });
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#logIn(options.onLoggedIn);
    });
    window.setTimeout(() => this.#email.focus(), 0);
  }

  async #logIn(onLoggedIn: () => void): Promise<void> {
    this.#setBusy(true);
    this.#error.hidden = true;

    try {
      const user = await this.#context.session.logIn(
        this.#email.value.trim(),
        this.#password.value,
      );
      this.#context.notices.success(
        t('login.welcome', { name: user?.name ?? '' }),
      );
      onLoggedIn();
    } catch (error) {
      this.#setBusy(false);
      this.#error.textContent = errorText(error);
      this.#error.hidden = false;
      this.#password.select();
    }
  }

  #setBusy(busy: boolean): void {
    this.#submit.disabled = busy;
    setI18n(this.#submit, busy ? 'login.submitting' : 'login.submit');
  }
}
