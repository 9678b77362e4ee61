import type { TFunction } from 'i18next';
import type { Brand } from '../api/types.ts';

export function brandLanguageLabel(t: TFunction, language: Brand['primaryLanguage']): string {
  return language === 'he' ? t('settings.brands.languageHe') : t('settings.brands.languageEn');
}

/** "All brands" for an unlimited member, otherwise the names of the brands (ids we can't see are skipped). */
export function brandScopeLabel(t: TFunction, brandIds: string[] | null, brands: readonly Brand[] | undefined): string {
  if (brandIds === null) return t('common.allBrands');
  const byId = new Map((brands ?? []).map((brand) => [brand.id, brand.name]));
  const names = brandIds.map((id) => byId.get(id) ?? t('common.unknownBrand'));
  return names.length ? names.join(', ') : t('common.none');
}
