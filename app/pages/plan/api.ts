// The plan API as TanStack Query hooks; the types come from the server's contracts.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { planAnswerSchema, planVersionSchema, planVersionSummarySchema } from '../../../core/plan/contracts.ts';
import type { PlanContentInput } from '../../../core/plan/plan.ts';
import { api, apiRequest } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';

export type PlanVersion = z.infer<typeof planVersionSchema>;
export type PlanVersionSummary = z.infer<typeof planVersionSummarySchema>;

const planKey = (brandId: string) => ['brand', brandId, 'plan'] as const;
const path = (brandId: string) => `/brands/${encodeURIComponent(brandId)}/plan`;

export function usePlan(brandId: string | undefined) {
  return useQuery({
    queryKey: [...planKey(brandId ?? ''), 'current'],
    queryFn: ({ signal }) => api.get<z.infer<typeof planAnswerSchema>>(path(brandId!), undefined, signal),
    select: (data) => data.plan,
    enabled: Boolean(brandId),
  });
}

export function usePlanVersion(brandId: string | undefined, version: number) {
  return useQuery({
    queryKey: [...planKey(brandId ?? ''), 'version', version],
    queryFn: ({ signal }) => api.get<{ plan: PlanVersion }>(`${path(brandId!)}/versions/${version}`, undefined, signal),
    select: (data) => data.plan,
    enabled: Boolean(brandId) && Number.isInteger(version) && version > 0,
    // A saved version never changes.
    staleTime: Infinity,
  });
}

export function usePlanVersions(brandId: string) {
  const query = useInfiniteQuery({
    queryKey: [...planKey(brandId), 'versions'],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<PlanVersionSummary>>(`${path(brandId)}/versions`, { limit: 20, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

export interface SavePlanRequest {
  content: PlanContentInput;
  changeNote: string;
  baseVersion: number | null;
}

export function useSavePlan(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SavePlanRequest) => apiRequest<{ plan: PlanVersion }>('PUT', path(brandId), { body }),
    onSuccess: ({ plan }) => {
      queryClient.setQueryData([...planKey(brandId), 'current'], { plan });
      void queryClient.invalidateQueries({ queryKey: [...planKey(brandId), 'versions'] });
    },
  });
}
