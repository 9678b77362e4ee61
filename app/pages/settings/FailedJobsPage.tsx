import { Alert, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client.ts';
import { queryKeys, useFailedJobs, workspacePath } from '../../api/hooks.ts';
import type { FailedJob } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { IconCheck } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ListState, LoadMore } from '../../components/ListState.tsx';
import { NotAllowed } from '../../components/states.tsx';
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

  const body = (
    <ListState
      query={jobs}
      items={jobs.items}
      empty={
        <EmptyBlock
          title={t('settings.jobs.emptyTitle')}
          description={t('settings.jobs.emptyText')}
          icon={<IconCheck size={28} />}
          testId="jobs-empty"
        />
      }
    >
      {(items) => (
        <DataTable
          testId="jobs-table"
          minWidth={800}
          columns={[t('settings.jobs.name'), t('settings.jobs.error'), t('settings.jobs.failedOn'), t('settings.jobs.retries')]}
          actionsLabel={t('settings.jobs.retry')}
        >
          {items.map((job) => (
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
        </DataTable>
      )}
    </ListState>
  );

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
      <LoadMore query={jobs} />
    </Stack>
  );
}
