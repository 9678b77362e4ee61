// A post as it will look on one channel: the account, the text with its line breaks (the link on a
// line of its own, as the connector sends it), the images with their alt text, and the link card.
// Everything is rendered as text; each line takes its own direction, so Hebrew and English mix well.
import { Avatar, Badge, Box, Group, Image, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NETWORK_NAMES } from '../../../../core/networks.ts';
import { isolate } from '../../../i18n/isolate.ts';
import { mediaUrl, type Channel } from './api.ts';
import { publishedText, type ChannelContent } from './form.ts';
import { linkHost, previewTokens } from './preview.ts';

const NETWORK_COLORS: Record<Channel['network'], string> = { bluesky: 'blue', mastodon: 'indigo', webhook: 'gray' };

export function PreviewText({ text }: { text: string }) {
  return (
    <Box fz="sm" style={{ lineHeight: 1.5, overflowWrap: 'anywhere' }}>
      {text.split('\n').map((line, i) => (
        <div key={i} dir="auto" style={{ whiteSpace: 'pre-wrap', minHeight: '1.5em' }}>
          {previewTokens(line).map((token, j) =>
            token.kind === 'text' ? (
              <span key={j}>{token.text}</span>
            ) : (
              <span key={j} style={{ color: 'var(--mantine-color-blue-7)' }} dir={token.kind === 'link' ? 'ltr' : undefined}>
                {token.text}
              </span>
            ),
          )}
        </div>
      ))}
    </Box>
  );
}

interface NetworkPreviewProps {
  brandId: string;
  channel: Channel;
  content: ChannelContent;
  /** When the post shows as posted; "now" while it is being written. */
  stamp?: string;
}

export function NetworkPreview({ brandId, channel, content, stamp }: NetworkPreviewProps) {
  const { t } = useTranslation();
  const text = publishedText(channel.network, content);
  const images = content.media.filter((m) => m.state !== 'failed' && (m.mediaId || m.localUrl));
  const empty = text.trim() === '' && images.length === 0;
  // Bluesky shows a link card when there are no images; Mastodon makes one from the link in the text.
  const card = channel.network !== 'webhook' && content.link && images.length === 0;
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`composer-preview-${channel.id}`} aria-label={t('composeArea.preview.label', { network: NETWORK_NAMES[channel.network] })}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Avatar color={NETWORK_COLORS[channel.network]} radius="xl" size={36} aria-hidden>
          {(channel.displayName || channel.account).replace(/^@/, '').slice(0, 1).toUpperCase()}
        </Avatar>
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} wrap="wrap">
            <Text fw={600} size="sm" component="bdi">
              {channel.displayName || channel.account}
            </Text>
            <Text size="xs" c="dimmed" dir="ltr" component="bdi">
              {channel.account}
            </Text>
            <Text size="xs" c="dimmed">
              · {stamp ?? t('composeArea.preview.now')}
            </Text>
          </Group>
          {empty ? (
            <Text size="sm" c="dimmed">
              {t('composeArea.preview.empty')}
            </Text>
          ) : (
            <PreviewText text={text} />
          )}
          {images.length > 0 && (
            <SimpleGrid cols={images.length === 1 ? 1 : 2} spacing={4}>
              {images.slice(0, 4).map((m, i) => (
                <Box key={m.key} pos="relative">
                  <Image src={m.localUrl ?? mediaUrl(brandId, m.mediaId!)} alt={m.alt} h={images.length === 1 ? 180 : 96} fit="cover" radius="sm" />
                  {m.alt.trim() && (
                    <Badge size="xs" color="dark" variant="filled" pos="absolute" bottom={4} style={{ insetInlineStart: 4 }} title={m.alt}>
                      ALT
                    </Badge>
                  )}
                  {i === 3 && images.length > 4 && (
                    <Text size="xs" c="red.8">
                      {t('composeArea.preview.moreImages', { n: images.length - 4 })}
                    </Text>
                  )}
                </Box>
              ))}
            </SimpleGrid>
          )}
          {card && (
            <Paper withBorder radius="sm" p="xs" bg="gray.0">
              <Text size="xs" c="dimmed" dir="ltr" truncate>
                {linkHost(content.link!)}
              </Text>
              <Text size="sm" dir="ltr" truncate>
                {content.link}
              </Text>
            </Paper>
          )}
          {channel.network === 'webhook' && (
            <Stack gap={2}>
              {content.link && (
                <Text size="xs" c="dimmed">
                  {t('composeArea.preview.webhookLink')}{' '}
                  <Text span dir="ltr" size="xs">
                    {content.link}
                  </Text>
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('composeArea.preview.webhook', { endpoint: isolate(channel.endpoint) })}
              </Text>
            </Stack>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
