// Queries and mutations of the policy area; types come from the contracts in core/policy.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  acknowledgementStatusSchema,
  checkResultSchema,
  findingSchema,
  myAcknowledgementSchema,
  policyVersionSchema,
  ruleSchema,
} from '../../../core/policy/contracts.ts';
import type { PolicySection } from '../../../core/policy/document.ts';
import type { Network } from '../../../core/networks.ts';
import type { RuleKind, Severity } from '../../../core/policy/types.ts';
import { api } from '../../api/client.ts';

export type PolicyVersion = z.infer<typeof policyVersionSchema>;
export type MyAcknowledgement = z.infer<typeof myAcknowledgementSchema>;
export type AcknowledgementStatus = z.infer<typeof acknowledgementStatusSchema>;
export type PolicyRule = z.infer<typeof ruleSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type CheckResult = z.infer<typeof checkResultSchema>;

export interface BrandPolicy {
  policy: PolicyVersion | null;
  ownPolicy: boolean;
  mine: MyAcknowledgement;
}

export interface RuleTemplate {
  templateKey: string;
  kind: RuleKind;
  name: { he: string; en: string };
  severity: Severity;
  enabled: boolean;
  config: Record<string, unknown>;
}

export interface RuleInput {
  kind: RuleKind;
  name: string;
  severity: Severity;
  enabled: boolean;
  config: Record<string, unknown>;
}

const b = (brandId: string) => `/brands/${encodeURIComponent(brandId)}/policy`;

export const policyKeys = {
  all: (brandId: string) => ['brand', brandId, 'policy'] as const,
  current: (brandId: string) => ['brand', brandId, 'policy', 'current'] as const,
  versions: (brandId: string) => ['brand', brandId, 'policy', 'versions'] as const,
  version: (brandId: string, version: number) => ['brand', brandId, 'policy', 'versions', version] as const,
  acknowledgements: (brandId: string) => ['brand', brandId, 'policy', 'acknowledgements'] as const,
  rules: (brandId: string) => ['brand', brandId, 'policy', 'rules'] as const,
  templates: ['policy', 'rule-templates'] as const,
  workspaceDefault: (workspaceId: string) => ['workspace', workspaceId, 'policy'] as const,
};

export function useBrandPolicy(brandId: string | undefined) {
  return useQuery({
    queryKey: policyKeys.current(brandId ?? ''),
    queryFn: ({ signal }) => api.get<BrandPolicy>(b(brandId!), undefined, signal),
    enabled: Boolean(brandId),
  });
}

export function usePolicyVersions(brandId: string) {
  return useQuery({
    queryKey: policyKeys.versions(brandId),
    queryFn: ({ signal }) => api.get<{ items: PolicyVersion[] }>(`${b(brandId)}/versions`, undefined, signal),
  });
}

export function usePolicyVersion(brandId: string, version: number) {
  return useQuery({
    queryKey: policyKeys.version(brandId, version),
    queryFn: ({ signal }) => api.get<{ policy: PolicyVersion }>(`${b(brandId)}/versions/${version}`, undefined, signal),
  });
}

export function useAcknowledgementStatus(brandId: string, enabled: boolean) {
  return useQuery({
    queryKey: policyKeys.acknowledgements(brandId),
    queryFn: ({ signal }) => api.get<AcknowledgementStatus>(`${b(brandId)}/acknowledgements`, undefined, signal),
    enabled,
  });
}

export function useRules(brandId: string) {
  return useQuery({
    queryKey: policyKeys.rules(brandId),
    queryFn: ({ signal }) => api.get<{ items: PolicyRule[] }>(`${b(brandId)}/rules`, undefined, signal),
  });
}

export function useRuleTemplates() {
  return useQuery({
    queryKey: policyKeys.templates,
    queryFn: ({ signal }) => api.get<{ items: RuleTemplate[] }>('/policy/rule-templates', undefined, signal),
    staleTime: Infinity,
  });
}

/** After any change to a brand's policy or rules: what the brand shows, and the checks, are stale. */
function useInvalidateBrandPolicy(brandId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: policyKeys.all(brandId) });
}

export function useAcknowledge(brandId: string) {
  const invalidate = useInvalidateBrandPolicy(brandId);
  return useMutation({
    mutationFn: (policyVersionId: string) => api.post(`${b(brandId)}/acknowledgements`, { policyVersionId }),
    onSuccess: invalidate,
  });
}

export function useSavePolicy(brandId: string) {
  const invalidate = useInvalidateBrandPolicy(brandId);
  return useMutation({
    mutationFn: (input: { sections: PolicySection[]; changeNote: string; baseVersion: number | null }) =>
      api.put<{ policy: PolicyVersion }>(b(brandId), input),
    onSuccess: invalidate,
  });
}

export function useRuleMutations(brandId: string, workspaceId: string) {
  const invalidate = useInvalidateBrandPolicy(brandId);
  const queryClient = useQueryClient();
  const done = () => Promise.all([invalidate(), queryClient.invalidateQueries({ queryKey: policyKeys.workspaceDefault(workspaceId) })]);
  const ws = `/workspaces/${encodeURIComponent(workspaceId)}/policy/rules`;
  return {
    create: useMutation({
      mutationFn: (input: RuleInput | { templateKey: string; locale: 'he' | 'en' } | { copyOf: string }) => api.post<{ rule: PolicyRule }>(`${b(brandId)}/rules`, input),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: ({ rule, input }: { rule: PolicyRule; input: RuleInput }) =>
        api.put<{ rule: PolicyRule }>(rule.scope === 'brand' ? `${b(brandId)}/rules/${rule.id}` : `${ws}/${rule.id}`, input),
      onSuccess: done,
    }),
    remove: useMutation({
      mutationFn: (rule: PolicyRule) => api.delete(rule.scope === 'brand' ? `${b(brandId)}/rules/${rule.id}` : `${ws}/${rule.id}`),
      onSuccess: done,
    }),
    addDefaults: useMutation({
      mutationFn: (locale: 'he' | 'en') => api.post(`${ws}/defaults`, { locale }),
      onSuccess: done,
    }),
  };
}

export interface CheckRequest {
  text: string;
  network: Network | null;
  at: string | null;
  paid: boolean;
}

export function checkDraft(brandId: string, input: CheckRequest) {
  return api.post<CheckResult>(`${b(brandId)}/check`, input);
}
