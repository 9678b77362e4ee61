// The bell in the header: how many notices are new, and a list of them, newest first. Opening one
// marks it read and goes where it points (inside the app only); "Mark all as read" clears the count.
import { ActionIcon, Badge, Box, Button, Center, Divider, Group, Loader, NavLink, Popover, ScrollArea, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAllBrands, useSession } from '../../api/hooks.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { isolate } from '../../i18n/isolate.ts';
import { IconBell } from '../icons.tsx';
import { useMarkNoticesRead, useNotices, type NoticeItem } from './api.ts';
import { inAppPath, noticeBrand, noticeWords, relativeTime } from './noticeText.ts';

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** The names of the current workspace's brands, for notices that do not carry one. */
function WithBrandNames({ workspaceId, children }: { workspaceId: string; children: (names: ReadonlyMap<string, string>) => ReactNode }) {
  const { data } = useAllBrands(workspaceId);
  return children(data ? new Map(data.map((b) => [b.id, b.name])) : NO_NAMES);
}

function NoticeRow({ notice, brandNames, now, onOpen }: { notice: NoticeItem; brandNames: ReadonlyMap<string, string>; now: number; onOpen: (notice: NoticeItem) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'he' ? 'he' : 'en';
  const { title, detail } = noticeWords(t, notice, lang);
  const brand = noticeBrand(notice, brandNames);
  const unread = notice.readAt === null;
  const path = inAppPath(notice.link);
  const description = (
    <>
      {detail && (
        <Text component="span" display="block" size="xs" c="dimmed" lineClamp={3}>
          {detail}
        </Text>
      )}
      <Text component="span" display="block" size="xs" c="dimmed" mt={2}>
        {brand && `${isolate(brand)} · `}
        <time dateTime={notice.createdAt} title={formatDateTime(notice.createdAt, lang)}>
          {relativeTime(notice.createdAt, lang, now)}
        </time>
      </Text>
    </>
  );
  const label = (
    <Text component="span" display="block" size="sm" fw={unread ? 600 : 400} lineClamp={2}>
      {unread && <VisuallyHidden>{`${t('noticesArea.bell.unreadMark')}: `}</VisuallyHidden>}
      {title}
    </Text>
  );
  // The dot marks what is new; its meaning is also said in words for screen readers (above).
  const dot = (
    <Box
      aria-hidden="true"
      w={8}
      h={8}
      mt={6}
      style={{ borderRadius: 999, flex: 'none', background: unread ? 'var(--mantine-color-petrol-6)' : 'transparent' }}
    />
  );
  const shared = {
    label,
    description,
    leftSection: dot,
    onClick: () => onOpen(notice),
    'data-testid': `notice-${notice.id}`,
    'data-unread': unread ? 'true' : undefined,
    styles: { section: { alignSelf: 'flex-start' } },
    py: 'sm',
    style: { borderRadius: 'var(--mantine-radius-md)' },
  } as const;
  return path ? <NavLink component={Link} to={path} {...shared} /> : <NavLink component="button" type="button" {...shared} />;
}

function NoticesPanel({ workspaceId, onClose }: { workspaceId: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useNotices(true);
  const markRead = useMarkNoticesRead();
  const headingRef = useRef<HTMLParagraphElement>(null);
  const now = Date.now();
  const items = query.data?.items ?? [];
  const unread = query.data?.unread ?? 0;

  const open = (notice: NoticeItem) => {
    if (notice.readAt === null) markRead.mutate({ ids: [notice.id] });
    onClose();
  };
  const readAll = () => {
    markRead.mutate({ all: true });
    // The button goes away with the count; focus stays inside the list rather than falling to the page.
    headingRef.current?.focus();
  };

  const list = (brandNames: ReadonlyMap<string, string>) => (
    <Stack gap={2} p={6} component="ul" style={{ listStyle: 'none', margin: 0 }}>
      {items.map((notice) => (
        <li key={notice.id}>
          <NoticeRow notice={notice} brandNames={brandNames} now={now} onOpen={open} />
        </li>
      ))}
    </Stack>
  );

  let body: ReactNode;
  if (query.isPending) {
    body = (
      <Center py="xl">
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  } else if (query.isError && !query.data) {
    body = (
      <Stack p="md" gap="sm" align="flex-start">
        <Text size="sm">{t('noticesArea.bell.loadFailed')}</Text>
        <Button size="xs" variant="default" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </Stack>
    );
  } else if (items.length === 0) {
    body = (
      <Text size="sm" c="dimmed" p="md" data-testid="notices-empty">
        {t('noticesArea.bell.empty')}
      </Text>
    );
  } else {
    body = (
      <ScrollArea.Autosize mah="min(460px, calc(100dvh - 160px))" type="auto">
        {workspaceId ? <WithBrandNames workspaceId={workspaceId}>{list}</WithBrandNames> : list(NO_NAMES)}
      </ScrollArea.Autosize>
    );
  }

  return (
    <Box>
      <Group justify="space-between" wrap="nowrap" px="md" py="sm" gap="sm">
        <Text ref={headingRef} tabIndex={-1} fw={600} id="notices-title" style={{ outline: 'none' }}>
          {t('noticesArea.bell.title')}
        </Text>
        {unread > 0 && (
          <Button size="compact-sm" variant="subtle" onClick={readAll} data-testid="notices-read-all">
            {t('noticesArea.bell.readAll')}
          </Button>
        )}
      </Group>
      <Divider />
      {body}
    </Box>
  );
}

export function NoticesBell({ workspaceId }: { workspaceId: string | undefined }) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const signedIn = Boolean(session);
  // Polls while signed in, whether or not the list is open, so the count stays current.
  const { data } = useNotices(signedIn);
  const [opened, setOpened] = useState(false);
  if (!signedIn) return null;
  const unread = data?.unread ?? 0;
  const label =
    unread === 0 ? t('noticesArea.bell.label.none') : unread === 1 ? t('noticesArea.bell.label.one') : t('noticesArea.bell.label.other', { n: unread });
  return (
    <Popover
      opened={opened}
      onDismiss={() => setOpened(false)}
      position="bottom-end"
      width="min(400px, calc(100vw - 24px))"
      shadow="md"
      radius="md"
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size={38}
          radius="xl"
          onClick={() => setOpened((o) => !o)}
          aria-label={label}
          title={label}
          data-testid="notices-bell"
          pos="relative"
          style={{ overflow: 'visible' }}
        >
          <IconBell size={21} />
          {unread > 0 && (
            <Badge
              aria-hidden="true"
              data-testid="notices-count"
              color="red"
              variant="filled"
              size="xs"
              circle={unread < 10}
              pos="absolute"
              top={2}
              px={unread < 10 ? 0 : 4}
              style={{ insetInlineEnd: 0, pointerEvents: 'none', boxShadow: '0 0 0 2px var(--mantine-color-body)' }}
            >
              {unread > 99 ? '99+' : unread}
            </Badge>
          )}
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p={0} aria-labelledby="notices-title">
        <NoticesPanel workspaceId={workspaceId} onClose={() => setOpened(false)} />
      </Popover.Dropdown>
    </Popover>
  );
}
