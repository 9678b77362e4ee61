// The server's "the policy blocks this post" answer: the blocking findings, grouped by the text they
// are in, and for a brand manager the written override (required, audited) that lets it through.
import { Alert, Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FindingsList } from '../../../components/FindingsList.tsx';
import { IconShield } from '../../../components/icons.tsx';
import type { BlockedDetails, Channel } from './api.ts';
import { channelName } from './labels.ts';

/** The server's own minimum (core/publish/contracts.ts overrideInput). */
export const OVERRIDE_MIN = 10;

interface BlockedPanelProps {
  details: BlockedDetails;
  channels: readonly Pick<Channel, 'id' | 'network' | 'account'>[];
  onOverride: (reason: string) => void;
  pending: boolean;
  /** What the override does here: submit, or move to the new time. */
  actionLabel: string;
  reasonTestId: string;
}

export function BlockedPanel({ details, channels, onOverride, pending, actionLabel, reasonTestId }: BlockedPanelProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const groups = [...new Set(details.findings.map((f) => f.channelId))];
  const short = reason.trim().length < OVERRIDE_MIN;
  return (
    <Alert color="red" variant="light" icon={<IconShield />} title={t('composeArea.blocked.title')} data-testid="blocked-panel" role="alert">
      <Stack gap="sm">
        <Text size="sm">{details.canOverride ? t('composeArea.blocked.textManager') : t('composeArea.blocked.text')}</Text>
        {groups.map((channelId) => {
          const channel = channelId ? channels.find((c) => c.id === channelId) : null;
          return (
            <Stack key={channelId ?? 'post'} gap={6}>
              <Title order={4} fz="sm">
                {channel ? t('composeArea.blocked.inChannel', { channel: channelName(channel) }) : t('composeArea.blocked.inPost')}
              </Title>
              <FindingsList findings={details.findings.filter((f) => f.channelId === channelId)} />
            </Stack>
          );
        })}
        {details.canOverride && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              setTried(true);
              if (!short) onOverride(reason.trim());
            }}
          >
            <Stack gap="xs" align="flex-start">
              <Textarea
                w="100%"
                label={t('composeArea.blocked.reason')}
                description={t('composeArea.blocked.reasonHelp', { min: OVERRIDE_MIN })}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                autosize
                minRows={2}
                required
                dir="auto"
                data-testid={reasonTestId}
                error={tried && short ? t('composeArea.blocked.reasonShort', { min: OVERRIDE_MIN }) : undefined}
              />
              <Button type="submit" color="red" loading={pending} data-testid={`${reasonTestId}-submit`}>
                {actionLabel}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Alert>
  );
}
