// TanStack Query hooks, one per resource, and the mutations that keep the cache honest.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from './client.ts';
import type {
  ApiToken,
  AuditEvent,
  Brand,
  FailedJob,
  Invitation,
  InvitationPreview,
  Member,
  Page,
  Session,
  WorkspaceDetail,
  WorkspaceSummary,
} from './types.ts';

export const queryKeys = {
  session: ['session'] as const,
  workspaces: ['workspaces'] as const,
  workspace: (workspaceId: string) => ['workspace', workspaceId] as const,
  brands: (workspaceId: string, includeArchived: boolean) => ['workspace', workspaceId, 'brands', { includeArchived }] as const,
  allBrands: (workspaceId: string) => ['workspace', workspaceId, 'brands', 'all'] as const,
  members: (workspaceId: string) => ['workspace', workspaceId, 'members'] as const,
  invitations: (workspaceId: string) => ['workspace', workspaceId, 'invitations'] as const,
  audit: (workspaceId: string, filters: AuditFilters) => ['workspace', workspaceId, 'audit', filters] as const,
  failedJobs: (workspaceId: string) => ['workspace', workspaceId, 'jobs', 'failed'] as const,
  tokens: ['me', 'tokens'] as const,
  invitationPreview: (token: string) => ['invitation', token] as const,
};

const PAGE_SIZE = 50;
const w = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}`;

/** The signed-in session, or null when nobody is signed in. */
export function useSession() {
  return useQuery({
    queryKey: queryKeys.session,
    queryFn: async ({ signal }): Promise<Session | null> => {
      try {
        const session = await api.get<Session>('/auth/session', undefined, signal);
        setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: Infinity,
  });
}

/** Store a session that a login or an accepted invitation returned. */
export function rememberSession(queryClient: QueryClient, session: Session): void {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(queryKeys.session, {
    user: session.user,
    csrfToken: session.csrfToken,
    workspaces: session.workspaces,
  });
  void queryClient.invalidateQueries({ queryKey: queryKeys.workspaces });
}

export function forgetSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
  queryClient.setQueryData(queryKeys.session, null);
}

export function useWorkspaces(enabled = true) {
  return useQuery({
    queryKey: queryKeys.workspaces,
    queryFn: ({ signal }) => api.get<{ items: WorkspaceSummary[] }>('/workspaces', undefined, signal),
    select: (data) => data.items,
    enabled,
  });
}

export function useWorkspace(workspaceId: string) {
  return useQuery({
    queryKey: queryKeys.workspace(workspaceId),
    queryFn: ({ signal }) => api.get<WorkspaceDetail>(w(workspaceId), undefined, signal),
  });
}

function flatten<T>(data: InfiniteData<Page<T>> | undefined): T[] {
  return data?.pages.flatMap((page) => page.items) ?? [];
}

export function useBrandsPage(workspaceId: string, includeArchived: boolean) {
  const query = useInfiniteQuery({
    queryKey: queryKeys.brands(workspaceId, includeArchived),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Brand>>(
        `${w(workspaceId)}/brands`,
        { includeArchived: includeArchived ? 'true' : undefined, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return { ...query, items: flatten(query.data) };
}

/** Every brand the caller can see, archived included: used to name brands in other lists. */
export function useAllBrands(workspaceId: string) {
  return useQuery({
    queryKey: queryKeys.allBrands(workspaceId),
    queryFn: async ({ signal }) => {
      const brands: Brand[] = [];
      let cursor: string | undefined;
      do {
        const page = await api.get<Page<Brand>>(
          `${w(workspaceId)}/brands`,
          { includeArchived: 'true', limit: 100, cursor },
          signal,
        );
        brands.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return brands;
    },
  });
}

export function useMembersPage(workspaceId: string, enabled = true) {
  const query = useInfiniteQuery({
    queryKey: queryKeys.members(workspaceId),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Member>>(`${w(workspaceId)}/members`, { limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
  return { ...query, items: flatten(query.data) };
}

export function useInvitations(workspaceId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.invitations(workspaceId),
    queryFn: ({ signal }) => api.get<{ items: Invitation[] }>(`${w(workspaceId)}/invitations`, undefined, signal),
    select: (data) => data.items,
    enabled,
  });
}

export interface AuditFilters {
  action?: string;
  brandId?: string;
  actorId?: string;
  from?: string;
  to?: string;
}

export function useAuditLog(workspaceId: string, filters: AuditFilters, enabled = true) {
  const query = useInfiniteQuery({
    queryKey: queryKeys.audit(workspaceId, filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<AuditEvent>>(`${w(workspaceId)}/audit`, { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
  return { ...query, items: flatten(query.data) };
}

export function useFailedJobs(workspaceId: string, enabled = true) {
  const query = useInfiniteQuery({
    queryKey: queryKeys.failedJobs(workspaceId),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<FailedJob>>(`${w(workspaceId)}/jobs/failed`, { limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
  return { ...query, items: flatten(query.data) };
}

export function useApiTokens() {
  return useQuery({
    queryKey: queryKeys.tokens,
    queryFn: ({ signal }) => api.get<{ items: ApiToken[] }>('/me/tokens', undefined, signal),
    select: (data) => data.items,
  });
}

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: queryKeys.invitationPreview(token),
    queryFn: ({ signal }) =>
      api.get<InvitationPreview>(`/invitations/${encodeURIComponent(token)}`, undefined, signal),
  });
}


/** `/workspaces/:id`, for mutations that live beside the pages that make them. */
export const workspacePath = w;
