import { createContext, useContext } from 'react';
import { decide, roleAllows } from '../../core/permissions.ts';
import type { Action } from '../../core/permissions.ts';
import type { Workspace, WorkspaceMe } from '../api/types.ts';

export interface WorkspaceContextValue {
  workspaceId: string;
  workspace: Workspace;
  me: WorkspaceMe;
  /** Whether the role may do this at all (on some brand, for brand actions). */
  can: (action: Action) => boolean;
  /** Whether the member may do this on this brand (role and brand scope). */
  canOnBrand: (action: Action, brandId: string) => boolean;
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

export function useWorkspaceContext(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspaceContext is used outside a workspace route');
  return value;
}

export function makeWorkspaceContext(workspace: Workspace, me: WorkspaceMe): WorkspaceContextValue {
  return {
    workspaceId: workspace.id,
    workspace,
    me,
    can: (action) => roleAllows(me.role, action),
    canOnBrand: (action, brandId) => decide(me, action, brandId).allowed,
  };
}
