import i18next, { type TOptions } from 'i18next';

import { ApiError } from '../api/api-error';
import type { LocalizedText } from '../api/api-types';
import { en } from './en';
import { vi } from './vi';

export type Language = 'vi' | 'en';

const STORAGE_KEY = 'blackspot.language';
const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

function storedLanguage(): Language {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/**
 * Starts i18next synchronously with both catalogues, in the language the
 * user chose last time (Vietnamese by default).
 */
export function initI18n(): void {
  void i18next.init({
    lng: storedLanguage(),
    fallbackLng: 'vi',
    supportedLngs: ['vi', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: {
      vi: { translation: vi },
      en: { translation: en },
    },
  });
  document.documentElement.lang = currentLanguage();
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'vi';
}

/** Switches the interface language and remembers the choice. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may forbid storage; the switch still applies now.
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Calls `listener` after every language switch; returns an unsubscriber. */
export function onLanguageChange(listener: () => void): () => void {
  i18next.on('languageChanged', listener);

  return () => i18next.off('languageChanged', listener);
}

/** Translates a key of the catalogues. */
export function t(key: string, options?: TOptions): string {
  return i18next.t(key, options) as string;
}

/** Picks the current language's half of a server message. */
export function localized(text: LocalizedText): string {
  return text[currentLanguage()];
}

/** A message for the user about any failure, in the current language. */
export function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return t('errors.unknown');
  }
  if (error.text) {
    return localized(error.text);
  }
  if (error.status === 0) {
    return t('errors.network');
  }

  return t(error.status >= 500 ? 'errors.server' : 'errors.http', {
    status: error.status,
  });
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }

  return new Intl.DateTimeFormat(LOCALES[currentLanguage()], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(date);
}

export function formatNumber(
  value: number,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(LOCALES[currentLanguage()], options).format(
    value,
  );
}
