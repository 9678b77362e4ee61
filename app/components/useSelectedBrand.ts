// Which brand a brand-level page (plan, policy, playbooks…) is showing: `?brand=` in the address, so a
// link names the brand; otherwise the last one chosen in this workspace; otherwise the first live one.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Action } from '../../core/permissions.ts';
import { useAllBrands } from '../api/hooks.ts';
import type { Brand } from '../api/types.ts';
import { useWorkspaceContext } from './workspaceContext.ts';

const storageKey = (workspaceId: string) => `brandroom.brand.${workspaceId}`;

function remembered(workspaceId: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(workspaceId));
  } catch {
    return null;
  }
}

export interface SelectedBrand {
  /** Live brands the member may do `action` on, in the workspace's order. */
  brands: Brand[];
  brand: Brand | null;
  select: (brandId: string) => void;
  isLoading: boolean;
  error: unknown;
}

export function useSelectedBrand(action: Action = 'brand.view'): SelectedBrand {
  const { workspaceId, canOnBrand } = useWorkspaceContext();
  const query = useAllBrands(workspaceId);
  const [params, setParams] = useSearchParams();
  const brands = useMemo(
    () => (query.data ?? []).filter((b) => b.archivedAt === null && canOnBrand(action, b.id)),
    [query.data, canOnBrand, action],
  );
  const wanted = params.get('brand') ?? remembered(workspaceId);
  const brand = brands.find((b) => b.id === wanted) ?? brands[0] ?? null;
  const select = useCallback(
    (brandId: string) => {
      try {
        window.localStorage.setItem(storageKey(workspaceId), brandId);
      } catch {
        // Private windows may refuse storage; the address still carries the choice.
      }
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('brand', brandId);
          return next;
        },
        { replace: true },
      );
    },
    [setParams, workspaceId],
  );
  return { brands, brand, select, isLoading: query.isLoading, error: query.error };
}
