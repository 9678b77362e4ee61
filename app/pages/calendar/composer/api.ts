// The posts API of the composer and the post page as TanStack Query hooks, and the media upload.
// Types come from the server's contracts (core/publish/contracts.ts), type-only, so zod stays out
// of the bundle. Every post change refreshes the whole brand's publishing (publishKeys.brand):
// the calendar, the lists and this post.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  blockedDetailsSchema,
  campaignSchema,
  channelSchema,
  createPostBody,
  postSchema,
  ScheduleInput,
  updatePostBody,
} from '../../../../core/publish/contracts.ts';
import type { Media } from '../../../../core/publish/media.ts';
import { ApiError, API_PREFIX, api, apiUpload } from '../../../api/client.ts';
import { publishKeys } from '../keys.ts';

export type Channel = z.infer<typeof channelSchema>;
export type Campaign = z.infer<typeof campaignSchema>;
export type Post = z.infer<typeof postSchema>;
export type PostFinding = Post['findings'][number];
export type PostVariant = Post['variants'][number];
export type PostComment = Post['comments'][number];
export type PostStepState = Post['steps'][number];
export type BlockedDetails = z.infer<typeof blockedDetailsSchema>;
export type CreatePostRequest = z.input<typeof createPostBody>;
export type UpdatePostRequest = z.input<typeof updatePostBody>;
export type { Media, ScheduleInput };

const b = (brandId: string) => `/brands/${encodeURIComponent(brandId)}`;
const p = (brandId: string, postId: string) => `${b(brandId)}/posts/${encodeURIComponent(postId)}`;

/** Where an uploaded image is read back (same origin; the session cookie goes with it). */
export const mediaUrl = (brandId: string, mediaId: string) => `${API_PREFIX}${b(brandId)}/media/${encodeURIComponent(mediaId)}`;

export function useChannels(brandId: string) {
  return useQuery({
    queryKey: [...publishKeys.channels(brandId), 'list'],
    queryFn: ({ signal }) => api.get<{ items: Channel[] }>(`${b(brandId)}/channels`, undefined, signal),
    select: (data) => data.items,
  });
}

/** The brand's campaigns that are not archived. */
export function useCampaigns(brandId: string) {
  return useQuery({
    queryKey: [...publishKeys.campaigns(brandId), 'active'],
    queryFn: ({ signal }) => api.get<{ items: Campaign[] }>(`${b(brandId)}/campaigns`, undefined, signal),
    select: (data) => data.items,
  });
}

export function usePost(brandId: string, postId: string) {
  return useQuery({
    queryKey: publishKeys.post(brandId, postId),
    queryFn: ({ signal }) => api.get<{ post: Post }>(p(brandId, postId), undefined, signal),
    select: (data) => data.post,
  });
}

/** After a change: this post's new state at once, then everything of the brand's publishing again. */
async function settle(queryClient: QueryClient, brandId: string, answer: { post: Post } | undefined) {
  if (answer) queryClient.setQueryData(publishKeys.post(brandId, answer.post.id), answer);
  await queryClient.invalidateQueries({ queryKey: publishKeys.brand(brandId) });
}

function usePostMutation<V>(brandId: string, run: (vars: V) => Promise<{ post: Post }>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: (answer) => settle(queryClient, brandId, answer) });
}

export function useCreatePost(brandId: string) {
  return usePostMutation(brandId, (body: CreatePostRequest) => api.post<{ post: Post }>(`${b(brandId)}/posts`, body));
}

export function useUpdatePost(brandId: string) {
  return usePostMutation(brandId, ({ postId, body }: { postId: string; body: UpdatePostRequest }) => api.patch<{ post: Post }>(p(brandId, postId), body));
}

export interface SubmitRequest {
  schedule?: ScheduleInput;
  override?: { reason: string };
}

export function useSubmitPost(brandId: string) {
  return usePostMutation(brandId, ({ postId, body }: { postId: string; body: SubmitRequest }) => api.post<{ post: Post }>(`${p(brandId, postId)}/submit`, body));
}

export function useReschedulePost(brandId: string) {
  return usePostMutation(brandId, ({ postId, body }: { postId: string; body: { schedule: ScheduleInput; override?: { reason: string } } }) =>
    api.post<{ post: Post }>(`${p(brandId, postId)}/schedule`, body),
  );
}

export function useDecide(brandId: string) {
  return usePostMutation(brandId, ({ postId, decision, note }: { postId: string; decision: 'approve' | 'request-changes'; note: string }) =>
    api.post<{ post: Post }>(`${p(brandId, postId)}/${decision}`, { note }),
  );
}

/** Cancel (back to draft) or retry the failed channels. */
export function usePostAction(brandId: string) {
  return usePostMutation(brandId, ({ postId, action }: { postId: string; action: 'cancel' | 'retry' }) => api.post<{ post: Post }>(`${p(brandId, postId)}/${action}`));
}

export function useDeletePost(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (postId: string) => api.delete(p(brandId, postId)),
    onSuccess: async (_answer, postId) => {
      queryClient.removeQueries({ queryKey: publishKeys.post(brandId, postId) });
      await queryClient.invalidateQueries({ queryKey: publishKeys.brand(brandId) });
    },
  });
}

export interface CommentRequest {
  body: string;
  channelId: string | null;
  spanStart: number | null;
  spanEnd: number | null;
}

export function useAddComment(brandId: string) {
  return usePostMutation(brandId, ({ postId, body }: { postId: string; body: CommentRequest }) => api.post<{ post: Post }>(`${p(brandId, postId)}/comments`, body));
}

export function useResolveComment(brandId: string) {
  return usePostMutation(brandId, ({ postId, commentId }: { postId: string; commentId: string }) =>
    api.post<{ post: Post }>(`${p(brandId, postId)}/comments/${encodeURIComponent(commentId)}/resolve`),
  );
}

/** The details of a 422 blocked_by_policy answer, or null for any other error. */
export function blockedDetails(error: unknown): BlockedDetails | null {
  if (!(error instanceof ApiError) || error.code !== 'blocked_by_policy') return null;
  const { findings, canOverride } = error.details as Partial<BlockedDetails>;
  return { findings: Array.isArray(findings) ? findings : [], canOverride: canOverride === true };
}

/** Uploads an image: the file itself is the body, its name in X-Filename (the server sniffs the type). */
export function uploadMedia(brandId: string, file: File, options: { onProgress: (fraction: number) => void; signal?: AbortSignal }): Promise<Media> {
  return apiUpload<Media>(`${b(brandId)}/media`, file, { ...options, headers: { 'x-filename': encodeURIComponent(file.name) } });
}
