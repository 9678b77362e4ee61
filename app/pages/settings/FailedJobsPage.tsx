import { Alert, Button, Code, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client.ts';
import { queryKeys, useFailedJobs, workspacePath } from '../../api/hooks.ts';
import type { FailedJob } from '../../api/types.ts';
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { IconCheck } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadFailed, NotAllowed, PageLoader } from '../../components/states.tsx';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { formatDateTime } from '../../i18n/format.ts';

export default function FailedJobsPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId, can } = useWorkspaceContext();
  const queryClient = useQueryClient();
  const allowed = can('jobs.view');
  const jobs = useFailedJobs(workspaceId, allowed);
  const [retried, setRetried] = useState<Set<string>>(new Set());

  const retry = useMutation({
    mutationFn: (job: FailedJob) => api.post(`${workspacePath(workspaceId)}/jobs/${job.id}/retry`),
    onSuccess: (_result, job) => {
      setRetried((prev) => new Set(prev).add(job.id));
      void queryClient.invalidateQueries({ queryKey: queryKeys.failedJobs(workspaceId) });
    },
  });

  if (!allowed) return <NotAllowed />;

  let body;
  if (jobs.isPending) body = <PageLoader />;
  else if (jobs.error) body = <LoadFailed error={jobs.error} onRetry={() => void jobs.refetch()} />;
  else if (jobs.items.length === 0) {
    body = (
      <EmptyBlock
        title={t('settings.jobs.emptyTitle')}
        description={t('settings.jobs.emptyText')}
        icon={<IconCheck size={28} />}
        testId="jobs-empty"
      />
    );
  } else {
    body = (
      <Paper withBorder>
        <Table.ScrollContainer minWidth={800}>
          <Table data-testid="jobs-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.jobs.name')}</Table.Th>
                <Table.Th>{t('settings.jobs.error')}</Table.Th>
                <Table.Th>{t('settings.jobs.failedOn')}</Table.Th>
                <Table.Th>{t('settings.jobs.retries')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('settings.jobs.retry')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {jobs.items.map((job) => (
                <Table.Tr key={job.id} data-testid="job-row">
                  <Table.Td>
                    <Code>{job.name}</Code>
                  </Table.Td>
                  <Table.Td maw={420}>
                    <Text size="xs" ff="monospace" dir="ltr" ta="start" lineClamp={3} title={job.error} style={{ wordBreak: 'break-word' }}>
                      {job.error}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(job.failedOn, i18n.language)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{job.retryCount}</Table.Td>
                  <Table.Td>
                    {retried.has(job.id) ? (
                      <Group gap={4} c="teal.8" wrap="nowrap" role="status">
                        <IconCheck size={16} />
                        <Text size="xs">{t('settings.jobs.retried')}</Text>
                      </Group>
                    ) : (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => retry.mutate(job)}
                        loading={retry.isPending && retry.variables?.id === job.id}
                        data-testid="job-retry"
                      >
                        {t('settings.jobs.retry')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    );
  }

  return (
    <Stack>
      <PageHeader order={2} title={t('settings.jobs.title')} description={t('settings.jobs.description')} />
      {retry.error instanceof ApiError && retry.error.code === 'conflict' ? (
        <Alert color="yellow" variant="light" role="alert">
          {t('settings.jobs.tooOld')}
        </Alert>
      ) : (
        <ErrorAlert error={retry.error} />
      )}
      {body}
      {jobs.hasNextPage && (
        <Group justify="center">
          <Button variant="default" onClick={() => void jobs.fetchNextPage()} loading={jobs.isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
