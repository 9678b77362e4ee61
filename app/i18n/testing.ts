// An i18next instance with every string of the app, for unit tests of labels and messages (no DOM).
import i18next from 'i18next';
import { en } from './en.ts';
import { he } from './he.ts';

export async function translator(language: 'he' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: { en: { translation: en }, he: { translation: he } }, interpolation: { escapeValue: false } });
  return instance.t;
}
