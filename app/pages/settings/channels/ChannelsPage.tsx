// Settings → Channels: a brand's connected accounts, their health, and connecting, reconnecting and
// removing them. `?brand=` names the brand; the Mastodon sign-in comes back here with its answer.
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Channel } from '../../../../core/publish/contracts.ts';
import { ApiError } from '../../../api/client.ts';
import type { Brand } from '../../../api/types.ts';
import { BrandPicker } from '../../../components/BrandPicker.tsx';
import { EmptyBlock } from '../../../components/EmptyBlock.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { IconAlert, IconBroadcast, IconCheck, IconPlus, IconShield } from '../../../components/icons.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { LoadFailed, PageLoader } from '../../../components/states.tsx';
import { useSelectedBrand, type SelectedBrand } from '../../../components/useSelectedBrand.ts';
import { useWorkspaceContext } from '../../../components/workspaceContext.ts';
import { isolate } from '../../../i18n/isolate.ts';
import { NoBrandsHere } from './NoBrandsHere.tsx';
import { useChannels, useRemoveChannel } from './api.ts';
import { ChannelCard } from './ChannelCard.tsx';
import { ConnectModal } from './ConnectModal.tsx';
import { readOAuthReturn, withoutOAuthReturn, type OAuthReturn } from './oauthReturn.ts';

export default function ChannelsPage() {
  const { t } = useTranslation();
  const selection = useSelectedBrand('post.view');
  if (selection.isLoading) return <PageLoader />;
  if (selection.error) return <LoadFailed error={selection.error} />;
  if (!selection.brand) return <NoBrandsHere title={t('channelsArea.channels.title')} />;
  return <BrandChannels key={selection.brand.id} selection={selection} brand={selection.brand} />;
}

type Notice = { kind: 'success'; text: string } | OAuthReturn;

function BrandChannels({ selection, brand }: { selection: SelectedBrand; brand: Brand }) {
  const { t } = useTranslation();
  const { canOnBrand } = useWorkspaceContext();
  const canManage = canOnBrand('channel.manage', brand.id);
  const [params, setParams] = useSearchParams();
  const channels = useChannels(brand.id);
  const remove = useRemoveChannel(brand.id);
  const [notice, setNotice] = useState<Notice | null>(() => readOAuthReturn(params));
  const [connecting, setConnecting] = useState<{ reconnecting: Channel | null } | null>(null);
  const [removing, setRemoving] = useState<Channel | null>(null);

  // The sign-in's answer is shown once: out of the address, so a reload or a shared link shows nothing.
  useEffect(() => {
    if (readOAuthReturn(params)) setParams(withoutOAuthReturn(params), { replace: true });
  }, [params, setParams]);

  const openConnect = (reconnecting: Channel | null) => {
    setNotice(null);
    setConnecting({ reconnecting });
  };
  const connectButton = canManage && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => openConnect(null)} data-testid="channel-connect">
      {t('channelsArea.channels.connect')}
    </Button>
  );

  let body;
  if (channels.isPending) body = <PageLoader />;
  else if (channels.error) body = <LoadFailed error={channels.error} onRetry={() => void channels.refetch()} />;
  else if (channels.data.length === 0)
    body = (
      <EmptyBlock
        title={t('channelsArea.channels.empty.title', { brand: isolate(brand.name) })}
        icon={<IconBroadcast size={28} />}
        testId="channels-empty"
        description={
          canManage ? (
            <Stack gap="xs" align="center">
              <Text size="sm">{t('channelsArea.channels.empty.text')}</Text>
              <List size="sm" ta="start">
                <List.Item>{t('channelsArea.channels.empty.bluesky')}</List.Item>
                <List.Item>{t('channelsArea.channels.empty.mastodon')}</List.Item>
                <List.Item>{t('channelsArea.channels.empty.webhook')}</List.Item>
              </List>
            </Stack>
          ) : (
            t('channelsArea.channels.empty.textReadOnly')
          )
        }
      >
        {connectButton}
      </EmptyBlock>
    );
  else
    body = (
      <>
        {channels.data.some((c) => c.demo) && (
          <Alert color="grape" variant="light" icon={<IconBroadcast />} data-testid="channels-demo-note">
            {t('channelsArea.channels.row.demoText')}
          </Alert>
        )}
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="channel-list">
          {channels.data.map((channel) => (
            <ChannelCard
              key={channel.id}
              channel={channel}
              brand={brand}
              canManage={canManage}
              onReconnect={() => openConnect(channel)}
              onRemove={() => {
                remove.reset();
                setRemoving(channel);
              }}
            />
          ))}
        </Stack>
      </>
    );

  return (
    <Stack>
      <PageHeader
        order={2}
        title={t('channelsArea.channels.title')}
        description={t('channelsArea.channels.description')}
        actions={
          <>
            <BrandPicker selection={selection} />
            {channels.data && channels.data.length > 0 && connectButton}
          </>
        }
      />
      {notice && <NoticeAlert notice={notice} channels={channels.data ?? []} onClose={() => setNotice(null)} />}
      {!canManage && (
        <Group gap={6} c="dimmed" wrap="nowrap" data-testid="channels-managers-only">
          <IconShield size={16} />
          <Text size="sm">{t('channelsArea.channels.managersOnly')}</Text>
        </Group>
      )}
      {body}
      <ConnectModal
        opened={connecting !== null}
        brand={brand}
        reconnecting={connecting?.reconnecting ?? null}
        onClose={() => setConnecting(null)}
        onConnected={(channel, reconnected) => {
          setConnecting(null);
          setNotice({
            kind: 'success',
            text: t(reconnected ? 'channelsArea.channels.reconnected' : 'channelsArea.channels.connected', { name: isolate(channel.displayName) }),
          });
        }}
      />
      <RemoveModal
        channel={removing}
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setRemoving(null)}
        onConfirm={(channel) => remove.mutate(channel.id, { onSuccess: () => setRemoving(null) })}
      />
    </Stack>
  );
}

function NoticeAlert({ notice, channels, onClose }: { notice: Notice; channels: Channel[]; onClose: () => void }) {
  const { t } = useTranslation();
  if (notice.kind === 'error') {
    return (
      <Alert color="red" variant="light" icon={<IconAlert />} title={t('channelsArea.channels.oauth.errorTitle')} withCloseButton onClose={onClose} role="alert" data-testid="channels-oauth-error">
        {t(`channelsArea.channels.oauth.errors.${notice.reason}`, { code: notice.code })}
      </Alert>
    );
  }
  let text: string;
  if (notice.kind === 'success') text = notice.text;
  else {
    const channelId = notice.channelId;
    const channel = channels.find((c) => c.id === channelId);
    text = channel ? t('channelsArea.channels.oauth.connected', { account: isolate(channel.account) }) : t('channelsArea.channels.oauth.connectedUnknown');
  }
  return (
    <Alert color="teal" variant="light" icon={<IconCheck />} withCloseButton onClose={onClose} role="status" data-testid="channels-notice">
      {text}
    </Alert>
  );
}

interface RemoveModalProps {
  channel: Channel | null;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: (channel: Channel) => void;
}

/** Asks before removing; a channel that scheduled posts still go to cannot be removed, and says so. */
function RemoveModal({ channel, pending, error, onClose, onConfirm }: RemoveModalProps) {
  const { t } = useTranslation();
  const inUse = error instanceof ApiError && error.code === 'channel_in_use' ? Number(error.details['scheduled']) || 1 : null;
  return (
    <Modal opened={channel !== null} onClose={onClose} title={t('channelsArea.channels.remove.title', { name: isolate(channel?.displayName ?? '') })} centered>
      <Stack>
        <Text size="sm">{t('channelsArea.channels.remove.text')}</Text>
        {inUse !== null ? (
          <Alert color="orange" variant="light" icon={<IconAlert />} role="alert" data-testid="channel-in-use">
            {t('channelsArea.channels.remove.inUse', { scheduled: inUse })}
          </Alert>
        ) : (
          <ErrorAlert error={error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={pending} onClick={() => channel && onConfirm(channel)} data-testid="confirm-button">
            {t('channelsArea.channels.remove.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
