// The playbooks API as TanStack Query hooks; the types come from the server's contracts.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Network } from '../../../core/networks.ts';
import type { planAnswerSchema } from '../../../core/plan/contracts.ts';
import type { PlaybookContentInput } from '../../../core/playbooks/content.ts';
import type {
  drillSchema,
  playbookGapSchema,
  playbookSchema,
  playbookSummarySchema,
  playbookTemplateSchema,
  playbookVersionSummarySchema,
  savedPlaybookSchema,
  statementWarningSchema,
} from '../../../core/playbooks/contracts.ts';
import type { Locale } from '../../../core/validation.ts';
import { api, apiRequest } from '../../api/client.ts';
import type { Member, Page } from '../../api/types.ts';
import { workspacePath } from '../../api/hooks.ts';

export type PlaybookSummary = z.infer<typeof playbookSummarySchema>;
export type Playbook = z.infer<typeof playbookSchema>;
export type PlaybookTemplate = z.infer<typeof playbookTemplateSchema>;
export type PlaybookVersionSummary = z.infer<typeof playbookVersionSummarySchema>;
export type PlaybookGap = z.infer<typeof playbookGapSchema>;
export type Drill = z.infer<typeof drillSchema>;
export type SavedPlaybook = z.infer<typeof savedPlaybookSchema>;
export type StatementWarning = z.infer<typeof statementWarningSchema>;

const brandKey = (brandId: string) => ['brand', brandId, 'playbooks'] as const;
const playbookKey = (brandId: string, playbookId: string) => [...brandKey(brandId), playbookId] as const;
const path = (brandId: string) => `/brands/${encodeURIComponent(brandId)}/playbooks`;
const one = (brandId: string, playbookId: string) => `${path(brandId)}/${encodeURIComponent(playbookId)}`;

export function useLibrary(locale: Locale) {
  return useQuery({
    queryKey: ['playbook-library', locale],
    queryFn: ({ signal }) => api.get<{ items: PlaybookTemplate[] }>('/playbook-library', { locale }, signal),
    select: (data) => data.items,
    // The library ships with the server: it changes only with an upgrade.
    staleTime: Infinity,
  });
}

export function usePlaybooks(brandId: string) {
  return useQuery({
    queryKey: [...brandKey(brandId), 'list'],
    queryFn: ({ signal }) => api.get<{ items: PlaybookSummary[] }>(path(brandId), undefined, signal),
    select: (data) => data.items,
  });
}

export function usePlaybook(brandId: string, playbookId: string, version?: number, enabled = true) {
  return useQuery({
    queryKey: [...playbookKey(brandId, playbookId), version ?? 'current'],
    queryFn: ({ signal }) =>
      api.get<{ playbook: Playbook }>(version ? `${one(brandId, playbookId)}/versions/${version}` : one(brandId, playbookId), undefined, signal),
    select: (data) => data.playbook,
    // A saved version never changes; the current one is refetched after a save.
    staleTime: version ? Infinity : 0,
    enabled,
  });
}

export function usePlaybookVersions(brandId: string, playbookId: string, enabled = true) {
  return useQuery({
    queryKey: [...playbookKey(brandId, playbookId), 'versions'],
    queryFn: ({ signal }) => api.get<{ items: PlaybookVersionSummary[] }>(`${one(brandId, playbookId)}/versions`, undefined, signal),
    select: (data) => data.items,
    enabled,
  });
}

export function useDrills(brandId: string, playbookId: string) {
  return useQuery({
    queryKey: [...playbookKey(brandId, playbookId), 'drills'],
    queryFn: ({ signal }) => api.get<{ items: Drill[] }>(`${one(brandId, playbookId)}/drills`, { limit: 50 }, signal),
    select: (data) => data.items,
  });
}

export function useDrill(brandId: string, playbookId: string, drillId: string) {
  return useQuery({
    queryKey: [...playbookKey(brandId, playbookId), 'drill', drillId],
    queryFn: ({ signal }) => api.get<{ drill: Drill }>(`${one(brandId, playbookId)}/drills/${encodeURIComponent(drillId)}`, undefined, signal),
    select: (data) => data.drill,
  });
}

export interface SaveRequest {
  content: PlaybookContentInput;
  changeNote: string;
  baseVersion: number;
}

export function useCreatePlaybook(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { templateKey?: string; content: PlaybookContentInput }) => api.post<SavedPlaybook>(path(brandId), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: brandKey(brandId) }),
  });
}

export function useSavePlaybook(brandId: string, playbookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveRequest) => apiRequest<SavedPlaybook>('PUT', one(brandId, playbookId), { body }),
    onSuccess: ({ playbook }) => {
      queryClient.setQueryData([...playbookKey(brandId, playbookId), 'current'], { playbook });
      void queryClient.invalidateQueries({ queryKey: [...playbookKey(brandId, playbookId), 'versions'] });
      void queryClient.invalidateQueries({ queryKey: [...brandKey(brandId), 'list'] });
    },
  });
}

export function useArchivePlaybook(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (playbookId: string) => api.delete(one(brandId, playbookId)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: brandKey(brandId) }),
  });
}

function useDrillUpdate(brandId: string, playbookId: string) {
  const queryClient = useQueryClient();
  return ({ drill }: { drill: Drill }) => {
    queryClient.setQueryData([...playbookKey(brandId, playbookId), 'drill', drill.id], { drill });
    void queryClient.invalidateQueries({ queryKey: [...playbookKey(brandId, playbookId), 'drills'] });
    void queryClient.invalidateQueries({ queryKey: [...brandKey(brandId), 'list'] });
  };
}

export function useStartDrill(brandId: string, playbookId: string) {
  const onSuccess = useDrillUpdate(brandId, playbookId);
  return useMutation({
    mutationFn: () => api.post<{ drill: Drill }>(`${one(brandId, playbookId)}/drills`),
    onSuccess,
  });
}

export function useMarkStep(brandId: string, playbookId: string, drillId: string) {
  const onSuccess = useDrillUpdate(brandId, playbookId);
  return useMutation({
    mutationFn: ({ index, note }: { index: number; note: string }) =>
      api.post<{ drill: Drill }>(`${one(brandId, playbookId)}/drills/${encodeURIComponent(drillId)}/steps/${index}`, { note }),
    onSuccess,
  });
}

export function useFinishDrill(brandId: string, playbookId: string, drillId: string) {
  const onSuccess = useDrillUpdate(brandId, playbookId);
  return useMutation({
    mutationFn: (notes: string) => api.post<{ drill: Drill }>(`${one(brandId, playbookId)}/drills/${encodeURIComponent(drillId)}/finish`, { notes }),
    onSuccess,
  });
}

/** The networks of the brand's plan: a statement "for any network" must fit each of them. */
export function usePlanNetworks(brandId: string) {
  return useQuery({
    queryKey: ['brand', brandId, 'plan', 'current'],
    queryFn: ({ signal }) => api.get<z.infer<typeof planAnswerSchema>>(`/brands/${encodeURIComponent(brandId)}/plan`, undefined, signal),
    select: (data): Network[] => data.plan?.content.channels.map((channel) => channel.network) ?? [],
  });
}

/** Everyone in the workspace (the people pickers choose among those who work on the brand). */
export function useTeam(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['workspace', workspaceId, 'members', 'all'],
    queryFn: async ({ signal }) => {
      const members: Member[] = [];
      let cursor: string | undefined;
      do {
        const page = await api.get<Page<Member>>(`${workspacePath(workspaceId)}/members`, { limit: 100, cursor }, signal);
        members.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return members;
    },
    enabled,
  });
}
