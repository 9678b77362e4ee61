// One post: /w/:ws/calendar/posts/:postId?brand=… — where it stands and on which channel, when it
// goes out on the brand's clock, its text with the policy's findings and the reviewers' comments
// marked, its approval steps, and what the reader may do now. With &edit=1, the composer's form.
import { Alert, Anchor, Badge, Button, Grid, Group, Image, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import type { Brand } from '../../../api/types.ts';
import { EmptyBlock } from '../../../components/EmptyBlock.tsx';
import { FindingsList } from '../../../components/FindingsList.tsx';
import { IconCalendar, IconShield } from '../../../components/icons.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { LoadFailed, PageLoader } from '../../../components/states.tsx';
import { formatDateTime, utcOffsetLabel } from '../../../i18n/format.ts';
import { isolate } from '../../../i18n/isolate.ts';
import { useCalendarPaths } from '../paths.ts';
import { mediaUrl, useCampaigns, useChannels, usePost, type Post } from '../composer/api.ts';
import { channelName, languageOf, postProblemText, STATUS_COLORS, statusLabel } from '../composer/labels.ts';
import { PausedBanner } from '../composer/PausedBanner.tsx';
import { PostForm, type ComposerOutcome } from '../composer/PostForm.tsx';
import { isWebAddress } from '../composer/preview.ts';
import { ApprovalPanel } from './ApprovalPanel.tsx';
import { CommentsPanel, type CommentTarget } from './CommentsPanel.tsx';
import { marksFor } from './marks.ts';
import { PostActions } from './PostActions.tsx';
import { PostText } from './PostText.tsx';
import { VariantCard } from './VariantCard.tsx';

export function PostPage({ brand }: { brand: Brand }) {
  const { t } = useTranslation();
  const { postId = '' } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const carried = (location.state ?? null) as ComposerOutcome | null;
  const paths = useCalendarPaths(brand.id);
  const query = usePost(brand.id, postId);

  if (query.isLoading) return <PageLoader />;
  if (query.error instanceof ApiError && query.error.status === 404) {
    return (
      <EmptyBlock title={t('composeArea.post.notFoundTitle')} description={t('composeArea.post.notFoundText')} icon={<IconCalendar size={28} />} testId="post-not-found">
        <Button component={Link} to={paths.home}>
          {t('composeArea.actions.backToCalendar')}
        </Button>
      </EmptyBlock>
    );
  }
  if (query.error || !query.data) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  const post = query.data;

  if (params.get('edit') === '1' && post.can.edit) {
    return (
      <>
        <PageHeader title={t('composeArea.editTitle')} description={post.title ? isolate(post.title) : undefined} />
        {carried?.outcome === 'saved' && (
          <Alert color="green" variant="light" mb="md" role="status" data-testid="composer-saved">
            {t('composeArea.actions.draftSaved')}
          </Alert>
        )}
        <PostForm key={post.id} brand={brand} post={post} carried={carried} />
      </>
    );
  }
  return <PostView key={post.id} brand={brand} post={post} carried={carried} cannotEdit={params.get('edit') === '1'} />;
}

function PostView({ brand, post, carried, cannotEdit }: { brand: Brand; post: Post; carried: ComposerOutcome | null; cannotEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const paths = useCalendarPaths(brand.id);
  const channelsQuery = useChannels(brand.id);
  const campaigns = useCampaigns(brand.id);
  const channels = channelsQuery.data ?? [];
  const [message, setMessage] = useState<string | null>(carried?.outcome === 'submitted' ? t('composeArea.post.submitted') : null);
  const [target, setTarget] = useState<CommentTarget | null>(null);
  const [pointed, setPointed] = useState<string | null>(null);
  const commentInput = useRef<HTMLTextAreaElement>(null);
  const campaign = post.campaignId ? campaigns.data?.find((c) => c.id === post.campaignId) : null;
  const approvalFindings = post.findings.some((f) => f.severity === 'approval');

  const commentOn = (span: CommentTarget) => {
    setTarget(span);
    commentInput.current?.focus();
  };

  const when = post.scheduledAt
    ? `${formatDateTime(post.scheduledAt, i18n.language, brand.timeZone)} (${brand.timeZone.replace(/_/g, ' ')}, ${utcOffsetLabel(brand.timeZone, new Date(post.scheduledAt))})`
    : post.submittedAt
      ? t('composeArea.post.asap')
      : t('composeArea.post.noTime');

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={6} maw={720}>
          <Anchor component={Link} to={paths.home} size="sm">
            {t('composeArea.actions.backToCalendar')}
          </Anchor>
          <Title order={1} fz={26}>
            <bdi>{post.title || post.excerpt || t('composeArea.untitled')}</bdi>
          </Title>
          <Group gap="xs">
            <Badge color={STATUS_COLORS[post.status]} variant="light" size="lg" data-testid="post-status" data-status={post.status}>
              {statusLabel(post.status, lang)}
            </Badge>
            <Text size="sm" c="dimmed" data-testid="post-when">
              {when}
            </Text>
          </Group>
        </Stack>
        <PostActions brand={brand} post={post} channels={channels} onDone={setMessage} />
      </Group>

      {message && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setMessage(null)} closeButtonLabel={t('common.close')} data-testid="post-message">
          {message}
        </Alert>
      )}
      {cannotEdit && (
        <Alert color="gray" variant="light" data-testid="post-not-editable">
          {t('composeArea.post.notEditable')}
        </Alert>
      )}
      <PausedBanner brand={brand} />
      {post.problem && (
        <Alert color={post.status === 'failed' ? 'red' : 'orange'} variant="light" title={t('composeArea.post.problemTitle')} data-testid="post-problem">
          {postProblemText(t, post.problem, lang)}
        </Alert>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <Group justify="space-between" gap="xs">
                  <Title order={2} fz="md">
                    {t('composeArea.post.text')}
                  </Title>
                  <Text size="xs" c="dimmed">
                    {t('composeArea.post.selectToComment')}
                  </Text>
                </Group>
                {post.body ? (
                  <PostText text={post.body} marks={marksFor(post.body, null, post.findings, post.comments)} activeMarkId={pointed ? `comment-${pointed}` : null} onComment={(span) => commentOn({ ...span, channelId: null })} testId="post-text" />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('composeArea.post.noText')}
                  </Text>
                )}
                {post.link && (
                  <Text size="sm">
                    {t('composeArea.fields.link')}:{' '}
                    {isWebAddress(post.link) ? (
                      <Anchor href={post.link} target="_blank" rel="noopener noreferrer" dir="ltr">
                        {post.link}
                      </Anchor>
                    ) : (
                      <span dir="ltr">{post.link}</span>
                    )}
                  </Text>
                )}
                {post.media.length > 0 && (
                  <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
                    {post.media.map((m) => (
                      <Stack key={m.mediaId} gap={2}>
                        <Image src={mediaUrl(brand.id, m.mediaId)} alt={m.alt} h={110} fit="cover" radius="sm" />
                        <Text size="xs" c={m.alt ? 'dimmed' : 'orange.8'} dir="auto" lineClamp={2}>
                          {m.alt || t('composeArea.media.noAlt')}
                        </Text>
                      </Stack>
                    ))}
                  </SimpleGrid>
                )}
              </Stack>
            </Paper>

            {(post.findings.length > 0 || post.blockOverride) && (
              <Paper withBorder radius="md" p="md" data-testid="post-findings">
                <Stack gap="sm">
                  <Title order={2} fz="md">
                    {t('composeArea.post.findings')}
                  </Title>
                  {approvalFindings && (
                    <Text size="sm" c="orange.8">
                      {t('composeArea.post.managerReviews')}
                    </Text>
                  )}
                  {post.blockOverride && (
                    <Alert color="red" variant="light" icon={<IconShield size={18} />} data-testid="post-override">
                      <Text size="sm">
                        {t('composeArea.post.overridden', {
                          name: isolate(post.blockOverride.by?.name ?? t('composeArea.someone')),
                          date: formatDateTime(post.blockOverride.at, i18n.language, brand.timeZone),
                        })}
                      </Text>
                      <Text size="sm" dir="auto" fw={500}>
                        “{post.blockOverride.reason}”
                      </Text>
                    </Alert>
                  )}
                  {[...new Set(post.findings.map((f) => f.channelId))].map((channelId) => {
                    const variant = channelId ? post.variants.find((v) => v.channelId === channelId) : null;
                    return (
                      <Stack key={channelId ?? 'post'} gap={6}>
                        {variant && (
                          <Text size="xs" fw={600}>
                            {t('composeArea.blocked.inChannel', { channel: channelName(variant) })}
                          </Text>
                        )}
                        <FindingsList findings={post.findings.filter((f) => f.channelId === channelId)} />
                      </Stack>
                    );
                  })}
                </Stack>
              </Paper>
            )}

            <Stack gap="sm">
              <Title order={2} fz="md">
                {t('composeArea.post.channels')}
              </Title>
              {post.variants.map((v) => (
                <VariantCard
                  key={v.id}
                  brand={brand}
                  post={post}
                  variant={v}
                  channel={channels.find((c) => c.id === v.channelId)}
                  channelsLoaded={channelsQuery.isSuccess}
                  activeMarkId={pointed ? `comment-${pointed}` : null}
                  onComment={(span, channelId) => commentOn({ ...span, channelId })}
                />
              ))}
            </Stack>
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Paper withBorder radius="md" p="md">
              <Stack gap={6}>
                <Detail label={t('composeArea.post.author')} value={post.author?.name ?? t('composeArea.someone')} />
                <Detail label={t('composeArea.fields.campaign')} value={!post.campaignId ? t('composeArea.fields.noCampaign') : campaigns.isSuccess ? (campaign?.name ?? t('composeArea.fields.archivedCampaign')) : '…'} />
                {post.paid && <Detail label={t('composeArea.post.paid')} value={t('common.yes')} />}
                {post.submittedAt && <Detail label={t('composeArea.post.submittedAt')} value={formatDateTime(post.submittedAt, i18n.language, brand.timeZone)} />}
                <Detail label={t('composeArea.post.createdAt')} value={formatDateTime(post.createdAt, i18n.language, brand.timeZone)} />
                <Detail label={t('composeArea.post.revision')} value={String(post.revision)} />
              </Stack>
            </Paper>
            <ApprovalPanel brand={brand} post={post} />
            <CommentsPanel brand={brand} post={post} target={target} onClearTarget={() => setTarget(null)} onPoint={setPointed} inputRef={commentInput} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={120} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" dir="auto">
        {value}
      </Text>
    </Group>
  );
}
