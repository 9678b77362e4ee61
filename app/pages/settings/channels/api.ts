// A brand's channels as TanStack Query hooks; the types come from the server's contracts.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Channel, ConnectChannelBody, connectedChannelAnswer, mastodonOAuthAnswer } from '../../../../core/publish/contracts.ts';
import { api } from '../../../api/client.ts';
import { publishKeys } from '../../calendar/keys.ts';

export type ConnectedChannel = z.infer<typeof connectedChannelAnswer>;

const path = (brandId: string) => `/brands/${encodeURIComponent(brandId)}/channels`;

export function useChannels(brandId: string) {
  return useQuery({
    queryKey: publishKeys.channels(brandId),
    queryFn: ({ signal }) => api.get<{ items: Channel[] }>(path(brandId), undefined, signal),
    select: (data) => data.items,
  });
}

/** After a channel changes, everything of the brand's publishing that names channels refreshes. */
function useRefresh(brandId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: publishKeys.brand(brandId) });
}

/** Connects a new channel, or, with `channelId`, connects an existing one again with new credentials. */
export function useConnectChannel(brandId: string) {
  const refresh = useRefresh(brandId);
  return useMutation({
    mutationFn: ({ body, channelId }: { body: ConnectChannelBody; channelId?: string }) =>
      channelId
        ? api.post<ConnectedChannel>(`${path(brandId)}/${encodeURIComponent(channelId)}/reconnect`, body)
        : api.post<ConnectedChannel>(path(brandId), body),
    onSuccess: () => refresh(),
  });
}

export function useRemoveChannel(brandId: string) {
  const refresh = useRefresh(brandId);
  return useMutation({
    mutationFn: (channelId: string) => api.delete(`${path(brandId)}/${encodeURIComponent(channelId)}`),
    onSuccess: () => refresh(),
  });
}

/** Starts signing in on a Mastodon instance: the answer is the address to send the browser to. */
export function useMastodonAuthorize(brandId: string) {
  return useMutation({
    mutationFn: (instanceUrl: string) => api.post<z.infer<typeof mastodonOAuthAnswer>>(`${path(brandId)}/mastodon/authorize`, { instanceUrl }),
  });
}
