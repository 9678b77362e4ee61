// One channel of a post on the post page: where it stands (waiting, queued, published, failed), its
// link on the network once published, an error in plain words with the network's own words beside it,
// its own version of the text (commentable) or a note that it uses the post's, and a preview.
import { Alert, Anchor, Badge, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NETWORK_NAMES } from '../../../../core/networks.ts';
import type { Brand } from '../../../api/types.ts';
import { IconAlert, IconGlobe } from '../../../components/icons.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import type { Channel, Post, PostVariant } from '../composer/api.ts';
import { doneMedia } from '../composer/form.ts';
import { languageOf, publishErrorText, VARIANT_COLORS, variantLabel } from '../composer/labels.ts';
import { NetworkPreview } from '../composer/NetworkPreview.tsx';
import { isWebAddress } from '../composer/preview.ts';
import { marksFor, type SelectedSpan } from './marks.ts';
import { PostText } from './PostText.tsx';

interface VariantCardProps {
  brand: Brand;
  post: Post;
  variant: PostVariant;
  channel: Channel | undefined;
  /** Whether the brand's channels are loaded: only then does a missing one mean it was removed. */
  channelsLoaded: boolean;
  activeMarkId: string | null;
  onComment: (span: SelectedSpan, channelId: string) => void;
}

export function VariantCard({ brand, post, variant, channel, channelsLoaded, activeMarkId, onComment }: VariantCardProps) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const network = NETWORK_NAMES[variant.network];
  const own = variant.text !== null;
  const content = {
    text: variant.text ?? post.body,
    link: variant.link !== null ? variant.link || null : post.link,
    media: doneMedia(variant.media ?? post.media),
  };
  const timing = [
    variant.publishedAt
      ? t('composeArea.post.publishedAt', { date: formatDateTime(variant.publishedAt, i18n.language, brand.timeZone) })
      : variant.dueAt && ['queued', 'retry'].includes(variant.state)
        ? t('composeArea.post.dueAt', { date: formatDateTime(variant.dueAt, i18n.language, brand.timeZone) })
        : null,
    variant.attempts > 0 && !variant.publishedAt ? t('composeArea.post.attempts', { count: variant.attempts }) : null,
  ].filter((part): part is string => part !== null);
  return (
    <Paper withBorder radius="md" p="md" data-testid={`post-variant-${variant.channelId}`} data-state={variant.state}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap={6} wrap="wrap">
            <Text fw={600} size="sm">
              {network}
            </Text>
            <Text size="sm" c="dimmed" dir="ltr" component="bdi">
              {variant.account}
            </Text>
            {channel?.demo && (
              <Badge size="xs" variant="light" color="gray">
                {t('composeArea.channels.demo')}
              </Badge>
            )}
            {!channel && channelsLoaded && (
              <Badge size="xs" variant="light" color="red">
                {t('composeArea.channels.removedShort')}
              </Badge>
            )}
          </Group>
          <Badge color={VARIANT_COLORS[variant.state]} variant="light" data-testid={`post-variant-state-${variant.channelId}`}>
            {variantLabel(variant.state, lang)}
          </Badge>
        </Group>

        {variant.remoteUrl && isWebAddress(variant.remoteUrl) && (
          <Anchor href={variant.remoteUrl} target="_blank" rel="noopener noreferrer" size="sm" data-testid={`post-variant-link-${variant.channelId}`}>
            <Group gap={4} component="span" wrap="nowrap">
              <IconGlobe size={14} />
              {t('composeArea.post.viewOn', { network })}
            </Group>
          </Anchor>
        )}
        {timing.length > 0 && (
          <Text size="xs" c="dimmed">
            {timing.join(' · ')}
          </Text>
        )}

        {variant.errorCode && (
          <Alert color={variant.state === 'failed' ? 'red' : 'yellow'} variant="light" icon={<IconAlert size={18} />} data-testid={`post-variant-error-${variant.channelId}`}>
            <Stack gap={6}>
              <Text size="sm">{publishErrorText(t, variant.errorCode, lang)}</Text>
              {variant.errorDetail && (
                <Stack gap={2}>
                  <Text size="xs" c="dimmed">
                    {t('composeArea.post.networkSaid', { network })}
                  </Text>
                  <Code block dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                    {variant.errorDetail}
                  </Code>
                </Stack>
              )}
            </Stack>
          </Alert>
        )}

        {own ? (
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {t('composeArea.post.ownVersion')}
            </Text>
            <PostText
              text={variant.text!}
              marks={marksFor(variant.text!, variant.channelId, post.findings, post.comments)}
              activeMarkId={activeMarkId}
              onComment={(span) => onComment(span, variant.channelId)}
              testId={`post-variant-text-${variant.channelId}`}
            />
          </Stack>
        ) : (
          <Text size="xs" c="dimmed">
            {t('composeArea.post.usesMain')}
          </Text>
        )}
        {channel && (
          <NetworkPreview
            brandId={brand.id}
            channel={channel}
            content={content}
            stamp={formatDateTime(variant.publishedAt ?? variant.dueAt ?? post.scheduledAt, i18n.language, brand.timeZone) || undefined}
          />
        )}
      </Stack>
    </Paper>
  );
}
