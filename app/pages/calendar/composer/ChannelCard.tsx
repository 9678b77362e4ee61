// One chosen channel in the composer: its length counter against the network's own limit, the switch
// between the post's text and a version of its own (text, link, images), and the live preview.
import { Badge, Checkbox, Group, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NETWORK_NAMES } from '../../../../core/networks.ts';
import type { Channel } from './api.ts';
import { CheckedText } from './CheckedText.tsx';
import { contentFor, emptyVariant, measure, setCustom, type ComposerForm, type MediaDraft, type Problem, type VariantDraft } from './form.ts';
import { languageOf, problemText } from './labels.ts';
import { MediaField } from './MediaField.tsx';
import { NetworkPreview } from './NetworkPreview.tsx';

interface ChannelCardProps {
  brandId: string;
  channel: Channel;
  channels: readonly Channel[];
  form: ComposerForm;
  setForm: (change: (form: ComposerForm) => ComposerForm) => void;
  /** The instant the post is meant for, for the policy's time rules. */
  at: string | null;
  problems: Problem[];
}

export function ChannelCard({ brandId, channel, channels, form, setForm, at, problems }: ChannelCardProps) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const variant = form.variants[channel.id] ?? emptyVariant();
  const content = contentFor(form, channel.id);
  const length = measure(channel, content);
  const network = NETWORK_NAMES[channel.network];
  const mine = problems.filter((p) => 'channelId' in p && p.channelId === channel.id);

  const setVariant = (change: (v: VariantDraft) => VariantDraft) =>
    setForm((f) => ({ ...f, variants: { ...f.variants, [channel.id]: change(f.variants[channel.id] ?? emptyVariant()) } }));
  const updateMedia = (change: (media: MediaDraft[]) => MediaDraft[]) => setVariant((v) => ({ ...v, media: change(v.media) }));

  const counter = (
    <Text
      size="xs"
      fw={600}
      c={length.over ? 'red.8' : 'dimmed'}
      data-testid={`composer-counter-${channel.id}`}
      data-over={length.over ? 'true' : 'false'}
      style={{ whiteSpace: 'nowrap', flexShrink: 0 }}
      aria-label={length.limit === null ? t('composeArea.counter.noLimitLabel', { n: length.count }) : t('composeArea.counter.label', { n: length.count, limit: length.limit, network })}
      dir="ltr"
    >
      {length.limit === null ? t('composeArea.counter.noLimit', { n: length.count.toLocaleString(i18n.language) }) : `${length.count.toLocaleString(i18n.language)} / ${length.limit.toLocaleString(i18n.language)}`}
    </Text>
  );

  return (
    <Paper withBorder radius="md" p="md" data-testid={`composer-card-${channel.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Group gap={6} wrap="wrap" style={{ minWidth: 0 }}>
            <Text fw={600} size="sm">
              {network}
            </Text>
            <Text size="sm" c="dimmed" dir="ltr" component="bdi" truncate>
              {channel.account}
            </Text>
            {channel.demo && (
              <Badge size="xs" variant="light" color="gray">
                {t('composeArea.channels.demo')}
              </Badge>
            )}
            {channel.status === 'needs_reconnect' && (
              <Badge size="xs" variant="light" color="red">
                {t('composeArea.channels.needsReconnect')}
              </Badge>
            )}
          </Group>
          {counter}
        </Group>

        <Switch
          checked={variant.custom}
          onChange={(event) => {
            const custom = event.currentTarget.checked;
            setForm((f) => setCustom(f, channel.id, custom));
          }}
          label={variant.custom ? t('composeArea.variant.custom', { network }) : t('composeArea.variant.useMain', { network })}
          description={variant.custom ? t('composeArea.variant.customHelp') : t('composeArea.variant.useMainHelp', { network })}
          data-testid={`composer-variant-toggle-${channel.id}`}
        />

        {variant.custom && (
          <Stack gap="sm">
            <CheckedText
              id={`composer-variant-${channel.id}`}
              brandId={brandId}
              label={t('composeArea.variant.text', { network })}
              value={variant.text}
              onChange={(text) => setVariant((v) => ({ ...v, text }))}
              network={channel.network}
              at={at}
              paid={form.paid}
              testId={`composer-variant-${channel.id}`}
              minRows={4}
            />
            <TextInput
              label={t('composeArea.variant.link')}
              description={t('composeArea.variant.linkHelp')}
              placeholder={form.link.trim() || 'https://'}
              value={variant.link}
              onChange={(event) => {
                const link = event.currentTarget.value;
                setVariant((v) => ({ ...v, link }));
              }}
              dir="ltr"
              type="url"
              data-testid={`composer-variant-link-${channel.id}`}
            />
            <Checkbox
              checked={variant.ownMedia}
              onChange={(event) => {
                const ownMedia = event.currentTarget.checked;
                setVariant((v) => ({ ...v, ownMedia }));
              }}
              label={t('composeArea.variant.ownMedia')}
              data-testid={`composer-variant-media-toggle-${channel.id}`}
            />
            {variant.ownMedia && (
              <MediaField
                brandId={brandId}
                media={variant.media}
                update={updateMedia}
                altMax={channel.capabilities.altTextMax}
                testId={`media-input-${channel.id}`}
                label={t('composeArea.variant.media', { network })}
              />
            )}
          </Stack>
        )}

        {mine.length > 0 && (
          <Stack gap={2} data-testid={`composer-problems-${channel.id}`}>
            {mine.map((p, i) => (
              <Text key={i} size="xs" c="red.8">
                {problemText(t, p, channels, lang)}
              </Text>
            ))}
          </Stack>
        )}

        <NetworkPreview brandId={brandId} channel={channel} content={content} />
      </Stack>
    </Paper>
  );
}
