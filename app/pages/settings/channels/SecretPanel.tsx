// A new webhook channel's signing secret, shown this once, with how a receiver checks a delivery.
import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../../components/CopyField.tsx';
import { IconKey } from '../../../components/icons.tsx';
import { WEBHOOK_SIGNATURE_HEADER, WEBHOOK_VERIFY_EXAMPLE } from './webhookExample.ts';

// Code reads left to right in both languages, and scrolls sideways rather than spill out of the modal.
const ltrCode = { textAlign: 'left', fontSize: 12, overflowX: 'auto', whiteSpace: 'pre' } as const;

export function SecretPanel({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack data-testid="webhook-secret-panel">
      <Alert color="yellow" variant="light" icon={<IconKey />} title={t('channelsArea.secret.title')} role="status">
        {t('channelsArea.secret.text')}
      </Alert>
      <CopyField label={t('channelsArea.secret.label')} value={secret} testId="webhook-secret" />
      <Stack gap={6}>
        <Title order={3} fz="sm">
          {t('channelsArea.secret.verifyTitle')}
        </Title>
        <Text size="sm">{t('channelsArea.secret.verifyIntro')}</Text>
        <Code block dir="ltr" style={ltrCode}>
          {WEBHOOK_SIGNATURE_HEADER}
        </Code>
        <Text size="sm">{t('channelsArea.secret.verifyRules')}</Text>
        <Text size="sm">{t('channelsArea.secret.example')}</Text>
        <Code block dir="ltr" style={ltrCode} data-testid="webhook-verify-example">
          {WEBHOOK_VERIFY_EXAMPLE}
        </Code>
      </Stack>
      <Group justify="flex-end">
        <Button onClick={onDone} data-testid="webhook-secret-done">
          {t('channelsArea.secret.done')}
        </Button>
      </Group>
    </Stack>
  );
}
