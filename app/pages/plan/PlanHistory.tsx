// The plan's versions, newest first: who saved each, when, and why; any of them can be opened.
import { Anchor, Badge, Group, Paper, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Brand } from '../../api/types.ts';
import { LoadMore } from '../../components/ListState.tsx';
import { LoadFailed, PageLoader } from '../../components/states.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { usePlanVersions } from './api.ts';

interface PlanHistoryProps {
  brand: Brand;
  currentVersion: number;
  versionHref: (version: number) => string;
}

export function PlanHistory({ brand, currentVersion, versionHref }: PlanHistoryProps) {
  const { t, i18n } = useTranslation();
  const versions = usePlanVersions(brand.id);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="plan-history-title" data-testid="plan-history">
      <Title order={2} fz={18} mb="md" id="plan-history-title">
        {t('planArea.history.title')}
      </Title>
      {versions.isPending ? (
        <PageLoader />
      ) : versions.error ? (
        <LoadFailed error={versions.error} onRetry={() => void versions.refetch()} />
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={0}>
          {versions.items.map((v) => (
            <Timeline.Item
              key={v.version}
              data-testid="plan-history-item"
              data-version={v.version}
              title={
                <Group gap="xs">
                  <Anchor component={Link} to={versionHref(v.version)} fw={600} size="sm" data-testid="plan-history-open">
                    {t('planArea.history.version', { version: v.version })}
                  </Anchor>
                  {v.version === currentVersion && (
                    <Badge size="xs" variant="light" color="teal">
                      {t('planArea.history.current')}
                    </Badge>
                  )}
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {formatDateTime(v.createdAt, i18n.language, brand.timeZone)}
                {' · '}
                <bdi>{v.author?.name ?? t('planArea.history.formerMember')}</bdi>
              </Text>
              <Text size="sm" mt={4} c={v.changeNote ? undefined : 'dimmed'}>
                {v.changeNote ? <bdi>{v.changeNote}</bdi> : t('planArea.history.noNote')}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      <LoadMore query={versions} />
    </Paper>
  );
}
