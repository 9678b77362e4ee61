// One connected channel: where it points, whether it works, and (for managers) reconnect and remove.
import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../core/publish/contracts.ts';
import type { Brand } from '../../../api/types.ts';
import { DangerRowButton } from '../../../components/DangerRowButton.tsx';
import { IconAlert, IconClock } from '../../../components/icons.tsx';
import { networkLabel } from '../../../components/networkLabel.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { isolate } from '../../../i18n/isolate.ts';

interface ChannelCardProps {
  channel: Channel;
  brand: Brand;
  canManage: boolean;
  onReconnect: () => void;
  onRemove: () => void;
}

export function ChannelCard({ channel, brand, canManage, onReconnect, onRemove }: ChannelCardProps) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null) => formatDateTime(iso, i18n.language, brand.timeZone);
  const needsReconnect = channel.status === 'needs_reconnect';
  const caps = channel.capabilities;
  const limits = [
    caps.textLimit === null ? t('channelsArea.channels.row.noTextLimit') : t('channelsArea.channels.row.textLimit', { limit: caps.textLimit }),
    caps.maxImages > 0 ? t('channelsArea.channels.row.images', { max: caps.maxImages }) : t('channelsArea.channels.row.noImages'),
  ].join(' · ');

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="md"
      data-testid={`channel-row-${channel.network}`}
      data-channel-id={channel.id}
      data-status={channel.status}
      style={needsReconnect ? { borderColor: 'var(--mantine-color-red-5)', borderInlineStartWidth: 4 } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
            <Group gap="xs" wrap="wrap">
              <Badge variant="light" color="gray" radius="sm" tt="none">
                {networkLabel(t, channel.network)}
              </Badge>
              <Text fw={600} size="md">
                <bdi>{channel.displayName}</bdi>
              </Text>
              {needsReconnect ? (
                <Badge color="red" variant="filled" data-testid="channel-status">
                  {t('channelsArea.channels.row.needsReconnect')}
                </Badge>
              ) : (
                <Badge color="teal" variant="light" data-testid="channel-status">
                  {t('channelsArea.channels.row.active')}
                </Badge>
              )}
              {channel.demo && (
                <Badge color="grape" variant="outline" title={t('channelsArea.channels.row.demoText')} data-testid="channel-demo">
                  {t('channelsArea.channels.row.demo')}
                </Badge>
              )}
            </Group>
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                {t('channelsArea.channels.row.account')}:{' '}
              </Text>
              <bdi dir="ltr">{channel.account}</bdi>
            </Text>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              <Text span c="dimmed" size="sm">
                {t('channelsArea.channels.row.endpoint')}:{' '}
              </Text>
              <bdi dir="ltr">{channel.endpoint}</bdi>
            </Text>
            <Group gap="md" c="dimmed">
              <Group gap={4} wrap="nowrap">
                <IconClock size={14} />
                <Text size="xs" data-testid="channel-last-published">
                  {channel.lastPublishedAt
                    ? t('channelsArea.channels.row.lastPublished', { date: when(channel.lastPublishedAt) })
                    : t('channelsArea.channels.row.neverPublished')}
                </Text>
              </Group>
              <Text size="xs">{limits}</Text>
            </Group>
          </Stack>
          {canManage && (
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                variant="default"
                onClick={onReconnect}
                aria-label={t('channelsArea.channels.row.reconnectNamed', { name: isolate(channel.displayName) })}
                data-testid="channel-reconnect"
              >
                {t('channelsArea.channels.row.reconnect')}
              </Button>
              <DangerRowButton onClick={onRemove} testId="channel-remove">
                {t('channelsArea.channels.row.remove')}
              </DangerRowButton>
            </Group>
          )}
        </Group>

        {needsReconnect && (
          <Alert color="red" variant="light" icon={<IconAlert />} title={t('channelsArea.channels.row.needsReconnectTitle')} data-testid="channel-needs-reconnect">
            <Stack gap={6}>
              <Text size="sm">{t('channelsArea.channels.row.needsReconnectText', { failures: channel.authFailures })}</Text>
              {channel.lastError && (
                <Text size="sm">
                  <Text span fw={600} size="sm">
                    {t('channelsArea.channels.row.lastError', { date: when(channel.lastErrorAt) })}
                  </Text>{' '}
                  <bdi>{channel.lastError}</bdi>
                </Text>
              )}
              {canManage ? (
                <Group>
                  <Button size="xs" color="red" onClick={onReconnect} data-testid="channel-reconnect-now">
                    {t('channelsArea.channels.row.reconnect')}
                  </Button>
                </Group>
              ) : (
                <Text size="sm" fs="italic">
                  {t('channelsArea.channels.row.askManager')}
                </Text>
              )}
            </Stack>
          </Alert>
        )}

        {!needsReconnect && channel.lastError && (
          <Alert color="orange" variant="light" icon={<IconAlert />} data-testid="channel-last-error">
            <Stack gap={4}>
              <Text size="sm">{t('channelsArea.channels.row.lastErrorActive', { date: when(channel.lastErrorAt) })}</Text>
              <Text size="xs" c="dimmed">
                <bdi>{channel.lastError}</bdi>
              </Text>
            </Stack>
          </Alert>
        )}

      </Stack>
    </Paper>
  );
}
