import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/hooks.ts';
import { loginPath } from './safeNext.ts';
import { LoadFailed, PageLoader } from './states.tsx';

export function RequireSession() {
  const { data: session, isPending, error, refetch } = useSession();
  const location = useLocation();
  if (isPending) return <PageLoader />;
  if (error) {
    return (
      <div style={{ padding: 24 }}>
        <LoadFailed error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  if (!session) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  return <Outlet />;
}
