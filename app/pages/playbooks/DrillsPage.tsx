// A playbook's drills: when each was run, by whom, how long it took against the target; and starting one.
import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Brand } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { IconClock } from '../../components/icons.tsx';
import { ListState } from '../../components/ListState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadFailed, PageLoader } from '../../components/states.tsx';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { isolate } from '../../i18n/isolate.ts';
import { useDrills, usePlaybook, useStartDrill, type Drill } from './api.ts';
import { formatClock } from './labels.ts';
import { usePlaybookPaths } from './paths.ts';

export function DrillResult({ drill }: { drill: Pick<Drill, 'finishedAt' | 'withinTarget'> }) {
  const { t } = useTranslation();
  if (!drill.finishedAt) return <Badge color="blue" variant="light" tt="none">{t('playbooksArea.drills.running')}</Badge>;
  return drill.withinTarget ? (
    <Badge color="teal" variant="light" tt="none">
      {t('playbooksArea.drills.within')}
    </Badge>
  ) : (
    <Badge color="orange" variant="light" tt="none">
      {t('playbooksArea.drills.over')}
    </Badge>
  );
}

export function DrillsPage({ brand }: { brand: Brand }) {
  const { t, i18n } = useTranslation();
  const { playbookId = '' } = useParams();
  const { canOnBrand } = useWorkspaceContext();
  const canEdit = canOnBrand('policy.edit', brand.id);
  const paths = usePlaybookPaths(brand.id);
  const navigate = useNavigate();
  const playbook = usePlaybook(brand.id, playbookId);
  const drills = useDrills(brand.id, playbookId);
  const start = useStartDrill(brand.id, playbookId);

  if (playbook.isPending) return <PageLoader />;
  if (playbook.error) return <LoadFailed error={playbook.error} onRetry={() => void playbook.refetch()} />;

  const startButton = canEdit && (
    <Button
      leftSection={<IconClock size={16} />}
      loading={start.isPending}
      onClick={() => start.mutate(undefined, { onSuccess: ({ drill }) => void navigate(paths.drill(playbookId, drill.id)) })}
      data-testid="drill-start"
    >
      {t('playbooksArea.drills.start')}
    </Button>
  );

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={paths.playbook(playbookId)} size="sm" w="fit-content">
        <bdi>{playbook.data.content.name}</bdi>
      </Anchor>
      <PageHeader
        title={t('playbooksArea.drills.title', { name: isolate(playbook.data.content.name) })}
        description={t('playbooksArea.drills.description')}
        actions={startButton}
      />
      <ErrorAlert error={start.error} />
      <ListState
        query={drills}
        items={drills.data}
        empty={
          <EmptyBlock title={t('playbooksArea.drills.emptyTitle')} description={t('playbooksArea.drills.emptyText')} icon={<IconClock size={28} />}>
            {startButton}
          </EmptyBlock>
        }
      >
        {(items) => (
          <DataTable
            testId="drills-table"
            minWidth={720}
            columns={[
              t('playbooksArea.drills.started'),
              t('playbooksArea.drills.by'),
              t('playbooksArea.drills.version'),
              t('playbooksArea.drills.duration'),
              t('playbooksArea.drills.result'),
            ]}
            actionsLabel={t('playbooksArea.drills.open')}
          >
            {items.map((drill) => (
              <Table.Tr key={drill.id} data-testid="drill-row">
                <Table.Td>{formatDateTime(drill.startedAt, i18n.language, brand.timeZone)}</Table.Td>
                <Table.Td>
                  <bdi>{drill.startedBy?.name ?? t('playbooksArea.view.formerMember')}</bdi>
                </Table.Td>
                <Table.Td>{drill.version}</Table.Td>
                <Table.Td>
                  <Text span size="sm" dir="ltr">
                    {drill.totalSeconds === null ? '—' : formatClock(drill.totalSeconds)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('playbooksArea.drills.stepsDone', { done: drill.doneCount, total: drill.steps.length })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <DrillResult drill={drill} />
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="default" component={Link} to={paths.drill(playbookId, drill.id)}>
                    {t('playbooksArea.drills.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </ListState>
    </Stack>
  );
}
