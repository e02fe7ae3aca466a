import { element } from '../dom/element';

/** Where `FieldErrors` puts messages about no field in particular. */
export const GENERAL = 'general';

/** Scrolls the panel, and only the panel, so `target` is near its top. */
function scrollWithinPanel(target: HTMLElement): void {
  const scroller = target.closest<HTMLElement>('.panel-body');
  if (!scroller) {
    return;
  }
  const offset =
    target.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  scroller.scrollTo({
    top: scroller.scrollTop + offset - 12,
    behavior: 'smooth',
  });
}

/**
 * The error messages of a form, one slot per field plus a general one.
 * Messages are kept as functions, so `refreshText()` renders them again in
 * a new language. Server field paths such as `geometry.coordinates` land on
 * their first segment; unknown fields land in the general slot.
 */
export class FieldErrors<Field extends string> {
  readonly #names: readonly (Field | typeof GENERAL)[];
  readonly #slots = new Map<string, HTMLElement>();
  readonly #messages = new Map<string, () => string>();

  constructor(formId: string, fields: readonly Field[]) {
    this.#names = [...fields, GENERAL];
    for (const name of this.#names) {
      this.#slots.set(
        name,
        element('p', {
          className: 'field-error',
          testId: `error-${name}`,
          attributes: { role: 'alert', hidden: true, id: `${formId}-${name}` },
        }),
      );
    }
  }

  /** The element that shows a field's message (or the general one). */
  slot(field: Field | typeof GENERAL): HTMLElement {
    return this.#slots.get(field) as HTMLElement;
  }

  get size(): number {
    return this.#messages.size;
  }

  /** Shows a message; several for the general slot are joined. */
  set(field: string, message: () => string): void {
    const first = field.split(/[.[]/)[0] ?? '';
    const name = this.#slots.has(first) ? first : GENERAL;
    const previous = this.#messages.get(name);
    this.#messages.set(
      name,
      previous && name === GENERAL && field !== GENERAL
        ? () => `${previous()} ${message()}`
        : message,
    );
    this.#render(name);
  }

  clear(field: Field | typeof GENERAL): void {
    this.#messages.delete(field);
    this.#render(field);
  }

  clearAll(): void {
    this.#names.forEach((name) => this.clear(name));
  }

  refreshText(): void {
    this.#names.forEach((name) => this.#render(name));
  }

  /** Brings the first field with a message into view and focuses it. */
  focusFirst(): void {
    const slot = this.#names
      .filter((name) => name !== GENERAL && this.#messages.has(name))
      .map((name) => this.slot(name))[0];
    const target = slot?.closest<HTMLElement>('.field') ?? this.slot(GENERAL);
    scrollWithinPanel(target);
    target
      .querySelector<HTMLElement>('input, select, textarea')
      ?.focus({ preventScroll: true });
  }

  #render(name: string): void {
    const slot = this.#slots.get(name);
    const message = this.#messages.get(name);
    if (!slot) {
      return;
    }
    slot.textContent = message ? message() : '';
    slot.hidden = !message;
    slot.closest('.field')?.classList.toggle('has-error', Boolean(message));
  }
}
