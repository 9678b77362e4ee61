// Reviewers' comments: on the whole post, or on words chosen in its text (quoted with the comment,
// as the text may change later). Open ones first; resolving marks one as dealt with.
import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { Ref } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Brand } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { IconCheck, IconX } from '../../../components/icons.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { isolate } from '../../../i18n/isolate.ts';
import { useAddComment, useResolveComment, type Post, type PostComment } from '../composer/api.ts';
import { channelName } from '../composer/labels.ts';
import type { SelectedSpan } from './marks.ts';
import { shorten } from './PostText.tsx';

export interface CommentTarget extends SelectedSpan {
  /** The channel whose own version the words are in; null: the post's text. */
  channelId: string | null;
}

interface CommentsPanelProps {
  brand: Brand;
  post: Post;
  target: CommentTarget | null;
  onClearTarget: () => void;
  onPoint: (commentId: string | null) => void;
  inputRef: Ref<HTMLTextAreaElement>;
}

export function CommentsPanel({ brand, post, target, onClearTarget, onPoint, inputRef }: CommentsPanelProps) {
  const { t } = useTranslation();
  const add = useAddComment(brand.id);
  const [body, setBody] = useState('');
  const [empty, setEmpty] = useState(false);
  const open = post.comments.filter((c) => !c.resolvedAt);
  const resolved = post.comments.filter((c) => c.resolvedAt);

  const send = () => {
    if (!body.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    add.mutate(
      {
        postId: post.id,
        body: { body: body.trim(), channelId: target?.channelId ?? null, spanStart: target?.spanStart ?? null, spanEnd: target?.spanEnd ?? null },
      },
      {
        onSuccess: () => {
          setBody('');
          onClearTarget();
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="post-comments">
      <Stack gap="sm">
        <Title order={2} fz="md">
          {t('composeArea.comments.title')}
        </Title>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            send();
          }}
        >
          <Stack gap="xs">
            {target && (
              <Group gap="xs" wrap="nowrap" data-testid="post-comment-target">
                <Text size="xs" c="dimmed" style={{ flex: 1 }}>
                  {t('composeArea.comments.about')}{' '}
                  <mark style={{ background: 'var(--mantine-color-yellow-1)' }} dir="auto">
                    {shorten(target.quote, 120)}
                  </mark>
                </Text>
                <ActionIcon variant="subtle" color="gray" size="sm" onClick={onClearTarget} aria-label={t('composeArea.comments.clearTarget')}>
                  <IconX size={14} />
                </ActionIcon>
              </Group>
            )}
            <Textarea
              ref={inputRef}
              label={target ? t('composeArea.comments.newOnWords') : t('composeArea.comments.new')}
              description={target ? undefined : t('composeArea.comments.selectHelp')}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              autosize
              minRows={2}
              dir="auto"
              data-testid="post-comment"
              error={empty ? t('composeArea.comments.empty') : undefined}
            />
            <Group>
              <Button type="submit" size="sm" loading={add.isPending} data-testid="post-comment-submit">
                {t('composeArea.comments.send')}
              </Button>
            </Group>
            <ErrorAlert error={add.error} />
          </Stack>
        </form>
        {post.comments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('composeArea.comments.none')}
          </Text>
        ) : (
          <Stack gap="xs">
            {[...open, ...resolved].map((c) => (
              <CommentItem key={c.id} brand={brand} post={post} comment={c} onPoint={onPoint} />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function CommentItem({ brand, post, comment, onPoint }: { brand: Brand; post: Post; comment: PostComment; onPoint: (id: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const resolve = useResolveComment(brand.id);
  const variant = comment.channelId ? post.variants.find((v) => v.channelId === comment.channelId) : null;
  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      data-testid="post-comment-item"
      data-resolved={comment.resolvedAt ? 'true' : 'false'}
      style={{ opacity: comment.resolvedAt ? 0.7 : 1 }}
      onMouseEnter={() => onPoint(comment.id)}
      onMouseLeave={() => onPoint(null)}
    >
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="xs" fw={600}>
            {comment.author ? <bdi>{comment.author.name}</bdi> : t('composeArea.someone')}
            <Text span size="xs" c="dimmed" fw={400}>
              {' · '}
              {formatDateTime(comment.createdAt, i18n.language, brand.timeZone)}
            </Text>
          </Text>
          {comment.resolvedAt ? (
            <Text size="xs" c="teal.8">
              {t('composeArea.comments.resolved')}
            </Text>
          ) : (
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<IconCheck size={12} />}
              onClick={() => resolve.mutate({ postId: post.id, commentId: comment.id })}
              loading={resolve.isPending}
              data-testid="post-comment-resolve"
            >
              {t('composeArea.comments.resolve')}
            </Button>
          )}
        </Group>
        {variant && (
          <Text size="xs" c="dimmed">
            {t('composeArea.comments.inChannel', { channel: isolate(channelName(variant)) })}
          </Text>
        )}
        {comment.quote && (
          <Text size="xs" c="dimmed" dir="auto">
            <mark style={{ background: 'var(--mantine-color-yellow-1)', borderBottom: '2px dotted var(--mantine-color-yellow-8)' }}>{comment.quote}</mark>
          </Text>
        )}
        <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
          {comment.body}
        </Text>
        <ErrorAlert error={resolve.error} />
      </Stack>
    </Paper>
  );
}
