import { Navigate } from 'react-router';
import { useWorkspaces } from '../../api/hooks.ts';
import { preferredWorkspace } from '../../components/lastWorkspace.ts';
import { LoadFailed, PageLoader } from '../../components/states.tsx';

/** "/" opens the workspace used last, or asks to create one when there is none. */
export default function RootRedirect() {
  const { data: workspaces, isPending, error, refetch } = useWorkspaces();
  if (isPending) return <PageLoader />;
  if (error) return <LoadFailed error={error} onRetry={() => void refetch()} />;
  const target = preferredWorkspace(workspaces);
  return <Navigate to={target ? `/w/${target.id}` : '/new-workspace'} replace />;
}
