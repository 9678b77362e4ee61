// A brand's approval flow as TanStack Query hooks; the types come from the server's contracts.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ApprovalStep, approvalFlowSchema } from '../../../../core/publish/contracts.ts';
import { api } from '../../../api/client.ts';
import { publishKeys } from '../../calendar/keys.ts';

export type ApprovalFlow = z.infer<typeof approvalFlowSchema>;

const path = (brandId: string) => `/brands/${encodeURIComponent(brandId)}/approval-flow`;

export function useApprovalFlow(brandId: string) {
  return useQuery({
    queryKey: publishKeys.approvalFlow(brandId),
    queryFn: ({ signal }) => api.get<ApprovalFlow>(path(brandId), undefined, signal),
  });
}

/** Replaces the whole flow in one request; the answer is the flow as saved. */
export function useSaveApprovalFlow(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { steps: ApprovalStep[] }) => api.put<ApprovalFlow>(path(brandId), body),
    onSuccess: (flow) => queryClient.setQueryData(publishKeys.approvalFlow(brandId), flow),
  });
}
