// An i18next instance with only the plan's strings, for the plan's unit tests (no DOM needed).
import i18next from 'i18next';
import { planEn } from '../../i18n/plan.en.ts';
import { planHe } from '../../i18n/plan.he.ts';

export async function planT(language: 'he' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { en: { translation: { planArea: planEn } }, he: { translation: { planArea: planHe } } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
