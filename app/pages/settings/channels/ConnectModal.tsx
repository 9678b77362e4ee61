// Connecting a channel (choose the network, then its few fields) or connecting one again with new
// credentials. The server checks the account with the network before it saves anything; a webhook's
// signing secret comes back this once and is shown before the modal closes.
import { Alert, Button, Divider, Group, Modal, PasswordInput, SimpleGrid, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../core/publish/contracts.ts';
import { CHANNEL_NETWORKS, type ChannelNetwork } from '../../../../core/publish/types.ts';
import { ApiError } from '../../../api/client.ts';
import type { Brand } from '../../../api/types.ts';
import { ErrorAlert, useErrorText } from '../../../components/errors.tsx';
import { IconAlert, IconGlobe } from '../../../components/icons.tsx';
import { networkLabel } from '../../../components/networkLabel.ts';
import { isolate } from '../../../i18n/isolate.ts';
import { useConnectChannel, useMastodonAuthorize } from './api.ts';
import {
  DEFAULT_PDS_URL,
  EMPTY_FORM,
  connectBody,
  connectProblems,
  formForChannel,
  missingFields,
  withScheme,
  type ConnectField,
  type ConnectForm,
  type MastodonWay,
} from './connectForm.ts';
import { SecretPanel } from './SecretPanel.tsx';

interface ConnectModalProps {
  opened: boolean;
  brand: Brand;
  /** The channel to connect again; null: a new channel. */
  reconnecting: Channel | null;
  onClose: () => void;
  /** The channel is connected (and, for a webhook, its secret was shown and acknowledged). */
  onConnected: (channel: Channel, reconnected: boolean) => void;
}

export function ConnectModal(props: ConnectModalProps) {
  const { t } = useTranslation();
  // Each opening starts clean: the key drops the last attempt's fields, errors and secret.
  const [opening, setOpening] = useState(0);
  const [secretShown, setSecretShown] = useState(false);
  const close = () => {
    setOpening((n) => n + 1);
    props.onClose();
  };
  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={props.reconnecting ? t('channelsArea.connect.reconnectTitle', { name: props.reconnecting.displayName }) : t('channelsArea.connect.title')}
      size="lg"
      centered
      // While the secret is on screen, only "I have copied it" closes: a stray click must not lose it.
      closeOnClickOutside={!secretShown}
      closeOnEscape={!secretShown}
      withCloseButton={!secretShown}
    >
      <ConnectFlow
        key={`${opening}:${props.reconnecting?.id ?? 'new'}`}
        {...props}
        onSecret={setSecretShown}
        onConnected={(channel, reconnected) => {
          setSecretShown(false);
          setOpening((n) => n + 1);
          props.onConnected(channel, reconnected);
        }}
      />
    </Modal>
  );
}

function ConnectFlow({
  brand,
  reconnecting,
  onConnected,
  onSecret,
}: ConnectModalProps & { onSecret: (shown: boolean) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [network, setNetwork] = useState<ChannelNetwork | null>(reconnecting?.network ?? null);
  const [form, setForm] = useState<ConnectForm>(reconnecting ? formForChannel(reconnecting) : EMPTY_FORM);
  const [missing, setMissing] = useState<ConnectField[]>([]);
  const [secret, setSecret] = useState<{ channel: Channel; value: string } | null>(null);
  const connect = useConnectChannel(brand.id);
  const authorize = useMastodonAuthorize(brand.id);

  if (secret) {
    return <SecretPanel secret={secret.value} onDone={() => onConnected(secret.channel, reconnecting !== null)} />;
  }
  if (!network) return <NetworkChoice onChoose={setNetwork} />;

  const attempt = authorize.error ?? connect.error;
  const problems = connectProblems(network, attempt);
  const errorOf = (field: ConnectField): string | undefined => {
    if (missing.includes(field)) return t('channelsArea.connect.required');
    if (problems.fields[field]) return problems.fields[field];
    if (problems.refusal?.field === field) {
      const { code, where } = problems.refusal;
      return t(`channelsArea.connect.failure.${code}`, { defaultValue: t(`channelsArea.connect.failure.${where}`) });
    }
    return undefined;
  };
  const field = (name: ConnectField) => ({
    value: form[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setForm((current) => ({ ...current, [name]: value }));
      setMissing((current) => current.filter((f) => f !== name));
    },
    error: errorOf(name),
    'data-testid': `channel-field-${name}`,
  });

  const send = (way: MastodonWay) => {
    const empty = missingFields(network, form, way);
    setMissing(empty);
    if (empty.length > 0) return;
    connect.reset();
    authorize.reset();
    if (network === 'mastodon' && way === 'oauth') {
      authorize.mutate(withScheme(form.instanceUrl), { onSuccess: ({ authorizeUrl }) => window.location.assign(authorizeUrl) });
      return;
    }
    connect.mutate(
      { body: connectBody(network, form), channelId: reconnecting?.id },
      {
        onSuccess: (answer) => {
          if (answer.webhookSecret) {
            setSecret({ channel: answer.channel, value: answer.webhookSecret });
            onSecret(true);
          } else {
            onConnected(answer.channel, reconnecting !== null);
          }
        },
      },
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send('token');
  };
  // Enter in the instance's address with no token pasted means "sign in there", the first way offered.
  const signInOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || form.accessToken.trim()) return;
    event.preventDefault();
    send('oauth');
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{networkLabel(t, network)}</Text>
          {!reconnecting && (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => {
                // Another network is a fresh start: the last attempt's errors were about other fields.
                connect.reset();
                authorize.reset();
                setMissing([]);
                setNetwork(null);
              }}
              data-testid="channel-network-change"
            >
              {t('channelsArea.connect.change')}
            </Button>
          )}
        </Group>
        {network === 'bluesky' && (
          <>
            <TextInput {...field('handle')} label={t('channelsArea.connect.bluesky.handle')} description={t('channelsArea.connect.bluesky.handleHelp')} placeholder="name.bsky.social" dir="ltr" autoComplete="off" required data-autofocus autoFocus />
            <PasswordInput {...field('appPassword')} label={t('channelsArea.connect.bluesky.appPassword')} description={t('channelsArea.connect.bluesky.appPasswordHelp')} placeholder="xxxx-xxxx-xxxx-xxxx" dir="ltr" autoComplete="new-password" required />
            <TextInput
              {...field('pdsUrl')}
              label={t('channelsArea.connect.bluesky.pdsUrl')}
              description={t('channelsArea.connect.bluesky.pdsUrlHelp', { default: new URL(DEFAULT_PDS_URL).host })}
              placeholder={DEFAULT_PDS_URL}
              dir="ltr"
              inputMode="url"
            />
          </>
        )}
        {network === 'mastodon' && (
          <>
            <TextInput {...field('instanceUrl')} onKeyDown={signInOnEnter} label={t('channelsArea.connect.mastodon.instanceUrl')} description={t('channelsArea.connect.mastodon.instanceUrlHelp')} placeholder="https://mastodon.social" dir="ltr" inputMode="url" required data-autofocus autoFocus />
            <Stack gap={6} align="flex-start">
              <Button onClick={() => send('oauth')} loading={authorize.isPending} disabled={connect.isPending} leftSection={<IconGlobe size={16} />} data-testid="channel-mastodon-signin">
                {t('channelsArea.connect.mastodon.signIn')}
              </Button>
              <Text size="xs" c="dimmed">
                {/* Signing in to the same account renews this channel (the server matches the account). */}
                {reconnecting ? t('channelsArea.connect.mastodon.reconnectSignInHelp') : t('channelsArea.connect.mastodon.signInHelp')}
              </Text>
            </Stack>
            <Divider label={t('channelsArea.connect.mastodon.or')} labelPosition="center" />
            <PasswordInput {...field('accessToken')} label={t('channelsArea.connect.mastodon.accessToken')} description={t('channelsArea.connect.mastodon.accessTokenHelp')} dir="ltr" autoComplete="new-password" />
          </>
        )}
        {network === 'webhook' && (
          <>
            <TextInput {...field('url')} label={t('channelsArea.connect.webhook.url')} description={t('channelsArea.connect.webhook.urlHelp')} placeholder="https://example.com/brandroom" dir="ltr" inputMode="url" required data-autofocus autoFocus />
            <TextInput {...field('name')} label={t('channelsArea.connect.webhook.name')} description={t('channelsArea.connect.webhook.nameHelp')} maxLength={100} dir="auto" />
          </>
        )}
        {attempt instanceof ApiError && attempt.code === 'connect_failed' ? (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert" data-testid="error-alert">
            <Stack gap={4}>
              <Text size="sm">{errorText(attempt)}</Text>
              {problems.refusal?.detail && (
                <Text size="xs" c="dimmed" data-testid="channel-network-answer">
                  {t('channelsArea.connect.networkSaid', { detail: isolate(problems.refusal.detail) })}
                </Text>
              )}
            </Stack>
          </Alert>
        ) : (
          <ErrorAlert error={attempt} fields={Object.keys(EMPTY_FORM)} />
        )}
        <Text size="xs" c="dimmed">
          {t('channelsArea.connect.checking')}
        </Text>
        <Group justify="flex-end">
          <Button
            type="submit"
            variant={network === 'mastodon' ? 'default' : 'filled'}
            loading={connect.isPending}
            disabled={authorize.isPending}
            data-testid="channel-connect-submit"
          >
            {reconnecting
              ? t('channelsArea.connect.reconnectSubmit')
              : network === 'mastodon'
                ? t('channelsArea.connect.mastodon.connectWithToken')
                : t('channelsArea.connect.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NetworkChoice({ onChoose }: { onChoose: (network: ChannelNetwork) => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text size="sm">{t('channelsArea.connect.choose')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {CHANNEL_NETWORKS.map((network, i) => (
          <ChoiceCard key={network} onClick={() => onChoose(network)} testId={`channel-network-${network}`} autoFocus={i === 0} title={networkLabel(t, network)}>
            {t(`channelsArea.connect.networks.${network}`)}
          </ChoiceCard>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function ChoiceCard({ title, children, onClick, testId, autoFocus }: { title: string; children: ReactNode; onClick: () => void; testId: string; autoFocus: boolean }) {
  return (
    <UnstyledButton onClick={onClick} data-testid={testId} data-autofocus={autoFocus || undefined} autoFocus={autoFocus}>
      <Stack gap={4} p="md" h="100%" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-md)' }}>
        <Text fw={600}>{title}</Text>
        <Text size="sm" c="dimmed">
          {children}
        </Text>
      </Stack>
    </UnstyledButton>
  );
}
