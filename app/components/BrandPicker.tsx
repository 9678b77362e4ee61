// The brand switch at the top of brand-level pages. Hidden when there is only one brand to choose.
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SelectedBrand } from './useSelectedBrand.ts';

export function BrandPicker({ selection }: { selection: SelectedBrand }) {
  const { t } = useTranslation();
  if (selection.brands.length < 2 || !selection.brand) return null;
  return (
    <Select
      data-testid="brand-picker"
      aria-label={t('brandPicker.label')}
      label={t('brandPicker.label')}
      value={selection.brand.id}
      data={selection.brands.map((b) => ({ value: b.id, label: b.name }))}
      onChange={(value) => value && selection.select(value)}
      allowDeselect={false}
      w={240}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
