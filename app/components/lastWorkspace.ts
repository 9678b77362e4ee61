// The workspace a person used last, so that signing in or opening "/" brings them back to it.
import type { WorkspaceSummary } from '../api/types.ts';

const STORAGE_KEY = 'brandroom.workspace';

export function rememberWorkspace(workspaceId: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, workspaceId);
  } catch {
    // Storage unavailable: we simply start from the first workspace next time.
  }
}

export function preferredWorkspace(workspaces: readonly WorkspaceSummary[] | undefined): WorkspaceSummary | undefined {
  if (!workspaces?.length) return undefined;
  let last: string | null = null;
  try {
    last = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    last = null;
  }
  return workspaces.find((w) => w.id === last) ?? workspaces[0];
}
