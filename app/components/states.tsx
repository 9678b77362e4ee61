// Loading, failure and "not for your role" states shared by every page.
import { Button, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyBlock } from './EmptyBlock.tsx';
import { ErrorAlert } from './errors.tsx';
import { IconShield } from './icons.tsx';

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py={80} aria-live="polite">
      <Loader size="md" aria-label={t('common.loading')} />
    </Center>
  );
}

export function LoadFailed({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <ErrorAlert error={error} title={t('common.loadFailed')} />
      {onRetry && (
        <Button variant="default" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Stack>
  );
}

export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <EmptyBlock title={t('common.notAllowedTitle')} description={t('common.notAllowedText')} icon={<IconShield size={28} />} testId="not-allowed" />
  );
}
