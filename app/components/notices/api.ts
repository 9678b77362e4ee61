// The signed-in person's notices (the bell): read every minute and when the window regains focus, and
// marked read at once on screen while the server catches up.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { noticesAnswer } from '../../../core/publish/contracts.ts';
import { api } from '../../api/client.ts';
import { publishKeys } from '../../pages/calendar/keys.ts';

export type NoticesAnswer = z.infer<typeof noticesAnswer>;
export type NoticeItem = NoticesAnswer['items'][number];

export const NOTICES_POLL_MS = 60_000;
/** As many as the bell lists: enough for a busy week, few enough to read. */
const LIST_LIMIT = 50;

/** `enabled` is false once nobody is signed in, which stops the polling. */
export function useNotices(enabled: boolean) {
  return useQuery({
    queryKey: publishKeys.notices,
    queryFn: ({ signal }) => api.get<NoticesAnswer>('/notices', { limit: LIST_LIMIT }, signal),
    enabled,
    refetchInterval: enabled ? NOTICES_POLL_MS : false,
    refetchOnWindowFocus: true,
    // Short, so coming back to the window shows what happened meanwhile.
    staleTime: 10_000,
  });
}

export type MarkRead = { ids: string[] } | { all: true };

/** The answer as it is once `which` is read: the count goes down only for notices that were unread. */
export function markedRead(answer: NoticesAnswer, which: MarkRead, at: string): NoticesAnswer {
  const hit = 'all' in which ? () => true : (id: string) => which.ids.includes(id);
  let newlyRead = 0;
  const items = answer.items.map((n) => {
    if (n.readAt !== null || !hit(n.id)) return n;
    newlyRead++;
    return { ...n, readAt: at };
  });
  return { items, unread: 'all' in which ? 0 : Math.max(0, answer.unread - newlyRead) };
}

export function useMarkNoticesRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (which: MarkRead) => api.post<void>('/notices/read', which),
    onMutate: async (which) => {
      await queryClient.cancelQueries({ queryKey: publishKeys.notices });
      const before = queryClient.getQueryData<NoticesAnswer>(publishKeys.notices);
      if (before) queryClient.setQueryData(publishKeys.notices, markedRead(before, which, new Date().toISOString()));
      return { before };
    },
    onError: (_error, _which, context) => {
      if (context?.before) queryClient.setQueryData(publishKeys.notices, context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: publishKeys.notices }),
  });
}
