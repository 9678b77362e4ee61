// The brand switch at the top of brand-level pages. Hidden when there is only one brand to choose.
// A paused brand carries a red "Paused" badge, beside the picker and in its list; the picker also
// tells the frame which brand the page shows, so the frame's "paused" strip names the right one.
import { Box, Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReportShownBrand } from './notices/shownBrand.ts';
import { PausedBrandBadge } from './PausedBrandBadge.tsx';
import type { SelectedBrand } from './useSelectedBrand.ts';

export function BrandPicker({ selection }: { selection: SelectedBrand }) {
  const { t } = useTranslation();
  useReportShownBrand(selection.brand?.id ?? null);
  if (selection.brands.length < 2 || !selection.brand) return null;
  const byId = new Map(selection.brands.map((b) => [b.id, b]));
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
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
        renderOption={({ option }) => {
          const brand = byId.get(option.value);
          return (
            <Group gap="xs" justify="space-between" wrap="nowrap" w="100%">
              <Text size="sm" truncate dir="auto">
                {option.label}
              </Text>
              {brand && <PausedBrandBadge brand={brand} size="xs" interactive={false} />}
            </Group>
          );
        }}
      />
      {selection.brand.pausedAt && (
        // Level with the input's middle, below its label.
        <Box pb={8}>
          <PausedBrandBadge brand={selection.brand} />
        </Box>
      )}
    </Group>
  );
}
