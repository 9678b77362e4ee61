// The crisis freeze, said where posts are written and read: what still works and what waits.
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Brand } from '../../../api/types.ts';
import { IconAlert } from '../../../components/icons.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { isolate } from '../../../i18n/isolate.ts';

export function PausedBanner({ brand }: { brand: Brand }) {
  const { t, i18n } = useTranslation();
  if (!brand.pausedAt) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconAlert />} title={t('composeArea.paused.title', { brand: isolate(brand.name) })} data-testid="brand-paused">
      {brand.pausedReason && (
        <Text size="sm" dir="auto" fw={500}>
          {t('composeArea.paused.reason', { reason: isolate(brand.pausedReason), date: formatDateTime(brand.pausedAt, i18n.language, brand.timeZone) })}
        </Text>
      )}
      <Text size="sm">{t('composeArea.paused.text')}</Text>
    </Alert>
  );
}
