// The calendar area's API as TanStack Query hooks: the calendar for a range, the brand's channels
// and campaigns, moving a post in time, and the crisis freeze. Types come from the server's contracts.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  blockedDetailsSchema,
  cadenceItemSchema,
  calendarAnswer,
  calendarWindowSchema,
  campaignBody,
  resumeAnswer,
  silenceSchema,
  Campaign,
  Channel,
  Post,
  PostSummary,
} from '../../../../core/publish/contracts.ts';
import { api } from '../../../api/client.ts';
import type { Brand } from '../../../api/types.ts';
import { useWorkspaceContext } from '../../../components/workspaceContext.ts';
import { publishKeys } from '../keys.ts';

export type { Campaign, Channel, Post, PostSummary };
export type CalendarAnswer = z.infer<typeof calendarAnswer>;
export type CalendarWindow = z.infer<typeof calendarWindowSchema>;
export type CadenceItem = z.infer<typeof cadenceItemSchema>;
export type Silence = z.infer<typeof silenceSchema>;
export type ResumeAnswer = z.infer<typeof resumeAnswer>;
export type ResumedPost = ResumeAnswer['posts'][number];
export type BlockedDetails = z.infer<typeof blockedDetailsSchema>;
/** What the campaign form sends: the body before the server fills its defaults. */
export type CampaignInput = z.input<typeof campaignBody>;

const brandPath = (brandId: string) => `/brands/${encodeURIComponent(brandId)}`;

/** An instant range, ISO strings: what the calendar shows (at most 62 days, as the server allows). */
export interface CalendarRange {
  from: string;
  to: string;
}

export function useCalendar(brandId: string, range: CalendarRange | null) {
  return useQuery({
    queryKey: [...publishKeys.calendar(brandId), range?.from, range?.to],
    queryFn: ({ signal }) => api.get<CalendarAnswer>(`${brandPath(brandId)}/calendar`, { from: range!.from, to: range!.to }, signal),
    enabled: range !== null,
    // Moving to the next month keeps the last one on screen until the new one arrives, without a flash.
    placeholderData: keepPreviousData,
  });
}

// Sub-keys under the lead's keys: other pages may cache these resources in another shape under the
// bare key, and a prefix invalidation of publishKeys.brand still reaches these.
export function useChannels(brandId: string) {
  return useQuery({
    queryKey: [...publishKeys.channels(brandId), 'list'],
    queryFn: ({ signal }) => api.get<{ items: Channel[] }>(`${brandPath(brandId)}/channels`, undefined, signal),
    select: (data) => data.items,
  });
}

export function useCampaigns(brandId: string, archived = false) {
  return useQuery({
    queryKey: [...publishKeys.campaigns(brandId), { archived }],
    queryFn: ({ signal }) =>
      api.get<{ items: Campaign[] }>(`${brandPath(brandId)}/campaigns`, archived ? { archived: 'true' } : undefined, signal),
    select: (data) => data.items,
  });
}

/** After any post change: the calendar, the post lists and the post page all refresh. */
function useRefreshBrand(brandId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: publishKeys.brand(brandId) });
}

export interface RescheduleRequest {
  postId: string;
  instant: string;
  /** A manager's written reason for moving a post whose new time the policy blocks. */
  overrideReason?: string;
}

export function useReschedule(brandId: string) {
  const refresh = useRefreshBrand(brandId);
  return useMutation({
    mutationFn: ({ postId, instant, overrideReason }: RescheduleRequest) =>
      api.post<{ post: Post }>(`${brandPath(brandId)}/posts/${encodeURIComponent(postId)}/schedule`, {
        schedule: { instant },
        ...(overrideReason ? { override: { reason: overrideReason } } : {}),
      }),
    onSettled: () => refresh(),
  });
}

export function useSaveCampaign(brandId: string) {
  const refresh = useRefreshBrand(brandId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CampaignInput }) =>
      id
        ? api.patch<{ campaign: Campaign }>(`${brandPath(brandId)}/campaigns/${encodeURIComponent(id)}`, body)
        : api.post<{ campaign: Campaign }>(`${brandPath(brandId)}/campaigns`, body),
    onSuccess: () => refresh(),
  });
}

export function useArchiveCampaign(brandId: string) {
  const refresh = useRefreshBrand(brandId);
  return useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) =>
      api.post<{ campaign: Campaign }>(`${brandPath(brandId)}/campaigns/${encodeURIComponent(id)}/${archived ? 'archive' : 'restore'}`),
    onSuccess: () => refresh(),
  });
}

/** Pausing or resuming changes the brand itself, which every page's brand list shows. */
function useRefreshBrandEverywhere(brandId: string) {
  const queryClient = useQueryClient();
  const { workspaceId } = useWorkspaceContext();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['workspace', workspaceId, 'brands'] }),
      queryClient.invalidateQueries({ queryKey: publishKeys.brand(brandId) }),
    ]);
}

export function usePauseBrand(brandId: string) {
  const refresh = useRefreshBrandEverywhere(brandId);
  return useMutation({
    mutationFn: (reason: string) => api.post<{ brand: Brand }>(`${brandPath(brandId)}/pause`, { reason }),
    onSuccess: () => refresh(),
  });
}

export function useResumeBrand(brandId: string) {
  const refresh = useRefreshBrandEverywhere(brandId);
  return useMutation({
    mutationFn: () => api.post<ResumeAnswer>(`${brandPath(brandId)}/resume`),
    onSuccess: () => refresh(),
  });
}
