import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, PageLoader } from './states.tsx';

interface ListQuery {
  isPending: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface ListStateProps<T> {
  query: ListQuery;
  /** The loaded items; undefined while a plain (not paged) query has no data yet. */
  items: readonly T[] | undefined;
  /** What to show when the list has loaded and is empty. */
  empty: ReactNode;
  /** The list itself, given only items that have loaded and are not empty. */
  children: (items: readonly T[]) => ReactNode;
}

/** Loading, failed (with retry), empty or the list: the order every list page checks them in. */
export function ListState<T>({ query, items, empty, children }: ListStateProps<T>) {
  if (query.isPending) return <PageLoader />;
  if (query.error) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  if (!items || items.length === 0) return <>{empty}</>;
  return <>{children(items)}</>;
}

interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** The "load more" button under a paged list; nothing once the last page is in. */
export function LoadMore({ query, testId }: { query: PagedQuery; testId?: string }) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <Group justify="center">
      <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage} data-testid={testId}>
        {t('common.loadMore')}
      </Button>
    </Group>
  );
}
