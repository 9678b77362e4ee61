// Addresses inside the playbooks area; each carries the brand (`?brand=`), so a link names what it shows.
import { useSearchParams } from 'react-router';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';

export function usePlaybookPaths(brandId?: string) {
  const { workspaceId } = useWorkspaceContext();
  const [params] = useSearchParams();
  const brand = brandId ?? params.get('brand');
  const base = `/w/${workspaceId}/playbooks`;
  const query = (extra: Record<string, string> = {}) => {
    const search = new URLSearchParams({ ...(brand ? { brand } : {}), ...extra }).toString();
    return search ? `?${search}` : '';
  };
  const one = (playbookId: string) => `${base}/${encodeURIComponent(playbookId)}`;
  return {
    home: `${base}${query()}`,
    create: (templateKey?: string) => `${base}/new${query(templateKey ? { template: templateKey } : {})}`,
    playbook: (playbookId: string) => `${one(playbookId)}${query()}`,
    version: (playbookId: string, version: number) => `${one(playbookId)}/versions/${version}${query()}`,
    drills: (playbookId: string) => `${one(playbookId)}/drills${query()}`,
    drill: (playbookId: string, drillId: string) => `${one(playbookId)}/drills/${encodeURIComponent(drillId)}${query()}`,
  };
}
