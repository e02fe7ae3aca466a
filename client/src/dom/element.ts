import type { TOptions } from 'i18next';

import { t } from '../i18n/i18n';

type Child = Node | string | null | undefined | false;

type AttributeValue = string | number | boolean | null | undefined;

/** Attributes whose text is a catalogue key, re-translated on a switch. */
const TRANSLATED_ATTRIBUTES = ['title', 'aria-label', 'placeholder'] as const;

type TranslatedAttribute = (typeof TRANSLATED_ATTRIBUTES)[number];

export interface ElementOptions {
  readonly className?: string;
  /** Literal text content. */
  readonly text?: string;
  /** Catalogue key for the text content, kept up to date by `translate`. */
  readonly i18n?: string;
  readonly i18nOptions?: TOptions;
  /** Catalogue keys for translated attributes. */
  readonly i18nAttributes?: Partial<Record<TranslatedAttribute, string>>;
  readonly testId?: string;
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
  readonly children?: readonly Child[];
  readonly onClick?: (event: Event) => void;
}

/**
 * Creates an element in one call; `false`, `null` and `undefined`
 * attributes and children are left out, so both can be conditional.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) {
    node.className = options.className;
  }
  if (options.testId) {
    node.dataset.testid = options.testId;
  }
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (value === true) {
      node.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      node.setAttribute(name, String(value));
    }
  }
  if (options.i18n) {
    node.dataset.i18n = options.i18n;
    if (options.i18nOptions) {
      node.dataset.i18nOptions = JSON.stringify(options.i18nOptions);
    }
  }
  for (const [name, key] of Object.entries(options.i18nAttributes ?? {})) {
    node.setAttribute(`data-i18n-${name}`, key);
  }
  translateElement(node);
  if (options.text !== undefined) {
    node.textContent = options.text;
  }
  for (const child of options.children ?? []) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child);
    }
  }
  if (options.onClick) {
    node.addEventListener('click', options.onClick);
  }

  return node;
}

function translateElement(node: HTMLElement): void {
  const options = node.dataset.i18nOptions
    ? (JSON.parse(node.dataset.i18nOptions) as TOptions)
    : undefined;
  if (node.dataset.i18n) {
    node.textContent = t(node.dataset.i18n, options);
  }
  for (const name of TRANSLATED_ATTRIBUTES) {
    const key = node.getAttribute(`data-i18n-${name}`);
    if (key) {
      node.setAttribute(name, t(key, options));
    }
  }
}

/** Re-translates every element under `root` that carries catalogue keys. */
export function translate(root: ParentNode): void {
  const selector = ['[data-i18n]']
    .concat(TRANSLATED_ATTRIBUTES.map((name) => `[data-i18n-${name}]`))
    .join(',');
  root.querySelectorAll<HTMLElement>(selector).forEach(translateElement);
}

/** Sets an element's catalogue key (and options) and translates it now. */
export function setI18n(
  node: HTMLElement,
  key: string,
  options?: TOptions,
): void {
  node.dataset.i18n = key;
  if (options) {
    node.dataset.i18nOptions = JSON.stringify(options);
  } else {
    delete node.dataset.i18nOptions;
  }
  translateElement(node);
}
