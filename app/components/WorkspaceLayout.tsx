import { Button } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { useWorkspace } from '../api/hooks.ts';
import { EmptyBlock } from './EmptyBlock.tsx';
import { IconBuilding } from './icons.tsx';
import { rememberWorkspace } from './lastWorkspace.ts';
import { LoadFailed, PageLoader } from './states.tsx';
import { WorkspaceContext, makeWorkspaceContext } from './workspaceContext.ts';

/** Loads the workspace and the caller's membership once for every page under /w/:workspaceId. */
export function WorkspaceLayout() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { data, error, isPending, refetch } = useWorkspace(workspaceId);
  const value = useMemo(() => (data ? makeWorkspaceContext(data.workspace, data.me) : null), [data]);

  useEffect(() => {
    if (data) rememberWorkspace(data.workspace.id);
  }, [data]);

  if (isPending) return <PageLoader />;
  if (error || !value) {
    // A malformed id (400) is as absent as an unknown one.
    if (error instanceof ApiError && [400, 403, 404].includes(error.status)) {
      return (
        <EmptyBlock title={t('workspaceLoad.notFoundTitle')} description={t('workspaceLoad.notFoundText')} icon={<IconBuilding size={28} />}>
          <Button component={Link} to="/">
            {t('common.goHome')}
          </Button>
        </EmptyBlock>
      );
    }
    return <LoadFailed error={error} onRetry={() => void refetch()} />;
  }
  return (
    <WorkspaceContext value={value}>
      <Outlet />
    </WorkspaceContext>
  );
}
