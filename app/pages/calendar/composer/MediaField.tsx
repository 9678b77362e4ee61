// The images of a post (or of one channel's version): upload with progress, thumbnails, alt text for
// people who cannot see them, remove. A refused file (too large, not an image) says why under it.
import { ActionIcon, Alert, Button, Group, Image, Paper, Progress, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { countGraphemes } from '../../../../core/networks.ts';
import { ApiError } from '../../../api/client.ts';
import { useErrorText } from '../../../components/errors.tsx';
import { IconAlert, IconPlus, IconX } from '../../../components/icons.tsx';
import { mediaUrl, uploadMedia } from './api.ts';
import type { MediaDraft } from './form.ts';

/** The types the server takes (it reads the bytes; this only narrows the file picker). */
const ACCEPT = 'image/jpeg,image/png,image/gif,image/webp';

interface MediaFieldProps {
  brandId: string;
  media: MediaDraft[];
  update: (change: (media: MediaDraft[]) => MediaDraft[]) => void;
  /** The longest alt text every channel that shows these images takes; null: no channel chosen yet. */
  altMax: number | null;
  /** data-testid of the file input. */
  testId: string;
  label: string;
}

export function MediaField({ brandId, media, update, altMax, testId, label }: MediaFieldProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  // Uploads on their way, so that removing one stops it.
  const uploads = useRef(new Map<string, AbortController>());

  const setItem = (key: string, patch: Partial<MediaDraft>) => update((list) => list.map((m) => (m.key === key ? { ...m, ...patch } : m)));

  const add = (files: FileList | File[]) => {
    for (const file of Array.from(files)) {
      const key = crypto.randomUUID();
      const localUrl = URL.createObjectURL(file);
      const controller = new AbortController();
      uploads.current.set(key, controller);
      update((list) => [...list, { key, mediaId: null, alt: '', name: file.name, byteSize: file.size, mimeType: null, state: 'uploading', progress: 0, error: null, localUrl }]);
      uploadMedia(brandId, file, { onProgress: (progress) => setItem(key, { progress }), signal: controller.signal })
        .then(
          (uploaded) => {
            URL.revokeObjectURL(localUrl);
            setItem(key, { mediaId: uploaded.id, byteSize: uploaded.byteSize, mimeType: uploaded.mimeType, name: uploaded.originalName || file.name, state: 'done', progress: 1, localUrl: null });
          },
          (error: unknown) => setItem(key, { state: 'failed', error }),
        )
        .finally(() => uploads.current.delete(key));
    }
  };

  const remove = (item: MediaDraft) => {
    uploads.current.get(item.key)?.abort();
    if (item.localUrl) URL.revokeObjectURL(item.localUrl);
    update((list) => list.filter((m) => m.key !== item.key));
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (event.dataTransfer.files.length) add(event.dataTransfer.files);
  };

  return (
    <Stack gap="xs">
      <Paper
        withBorder
        p="sm"
        radius="sm"
        style={{ borderStyle: 'dashed', background: dragging ? 'var(--mantine-color-petrol-0, var(--mantine-color-blue-0))' : undefined }}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {label}
            </Text>
            <Text size="xs" c="dimmed">
              {t('composeArea.media.help')}
            </Text>
          </Stack>
          <Button variant="default" size="sm" leftSection={<IconPlus size={16} />} onClick={() => input.current?.click()}>
            {t('composeArea.media.add')}
          </Button>
        </Group>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          multiple
          className="visually-hidden"
          tabIndex={-1}
          aria-label={label}
          data-testid={testId}
          onChange={(event) => {
            if (event.currentTarget.files?.length) add(event.currentTarget.files);
            event.currentTarget.value = '';
          }}
        />
      </Paper>
      {media.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {media.map((item, index) => (
            <MediaCard key={item.key} brandId={brandId} item={item} index={index} altMax={altMax} onAlt={(alt) => setItem(item.key, { alt })} onRemove={() => remove(item)} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

interface MediaCardProps {
  brandId: string;
  item: MediaDraft;
  index: number;
  altMax: number | null;
  onAlt: (alt: string) => void;
  onRemove: () => void;
}

function MediaCard({ brandId, item, index, altMax, onAlt, onRemove }: MediaCardProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const src = item.localUrl ?? (item.mediaId ? mediaUrl(brandId, item.mediaId) : null);
  const name = item.name || t('composeArea.media.imageN', { n: index + 1 });
  const altLength = countGraphemes(item.alt.trim());
  const altOver = altMax !== null && altLength > altMax;
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="media-item" data-state={item.state}>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        {src && item.state !== 'failed' && <Image src={src} alt={item.alt} w={88} h={88} fit="cover" radius="sm" style={{ flexShrink: 0 }} />}
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed" truncate dir="auto">
              {name}
            </Text>
            <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label={t('composeArea.media.remove', { name })} data-testid="media-remove">
              <IconX size={16} />
            </ActionIcon>
          </Group>
          {item.state === 'uploading' && (
            <Progress value={Math.round(item.progress * 100)} size="sm" aria-label={t('composeArea.media.uploading', { name })} animated={item.progress >= 1} />
          )}
          {item.state === 'failed' && (
            <Alert color="red" variant="light" p="xs" icon={<IconAlert size={16} />} role="alert" data-testid="media-error">
              <Text size="xs">{(item.error instanceof ApiError && item.error.issues[0]?.message) || errorText(item.error)}</Text>
            </Alert>
          )}
          {item.state !== 'failed' && (
            <Textarea
              label={t('composeArea.media.alt')}
              description={altMax !== null ? t('composeArea.media.altHelp', { max: altMax }) : undefined}
              value={item.alt}
              onChange={(event) => onAlt(event.currentTarget.value)}
              autosize
              minRows={1}
              maxRows={4}
              size="xs"
              dir="auto"
              data-testid="media-alt"
              error={altOver ? t('composeArea.media.altTooLong', { n: altLength, max: altMax }) : undefined}
            />
          )}
          {item.state === 'done' && item.alt.trim() === '' && (
            <Text size="xs" c="orange.8" data-testid="media-alt-missing">
              {t('composeArea.media.altMissing')}
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
