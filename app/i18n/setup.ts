// i18next set-up: Hebrew and English, language chosen before the first paint, and the document's
// lang/dir kept in step with the language so the whole layout mirrors.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../core/validation.ts';
import { setRequestLanguage } from '../api/client.ts';
import { en } from './en.ts';
import type { Messages } from './en.ts';
import { he } from './he.ts';

const STORAGE_KEY = 'brandroom.locale';
// core/validation.ts has LOCALES too, but importing it would pull zod into the first download.
const LOCALES = ['he', 'en'] as const satisfies readonly Locale[];

// Assigning through the Messages type makes the compiler list any key Hebrew is missing.
const resources: Record<Locale, { translation: Messages }> = {
  he: { translation: he },
  en: { translation: en },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: string): 'rtl' | 'ltr' {
  return locale === 'he' ? 'rtl' : 'ltr';
}

function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** A saved choice first; otherwise Hebrew for a Hebrew browser (`he`, or the old code `iw`), else English. */
export function detectInitialLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  const browser = (navigator.languages?.length ? navigator.languages : [navigator.language])[0] ?? '';
  return /^(he|iw)\b/i.test(browser) ? 'he' : 'en';
}

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}

function applyToDocument(locale: string): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
  document.title = i18n.t('common.appName');
  setRequestLanguage(locale);
}

i18n.on('languageChanged', applyToDocument);

const initialLocale = detectInitialLocale();
void i18n.use(initReactI18next).init({
  resources,
  lng: initialLocale,
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false }, // React escapes; nothing is ever rendered as HTML.
  returnNull: false,
  initAsync: false,
});
applyToDocument(initialLocale);

export default i18n;
