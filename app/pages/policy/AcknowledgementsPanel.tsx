// Who speaks for the brand and whether each has acknowledged the policy version in force.
import { Badge, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Brand } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { LoadFailed, NotAllowed, PageLoader } from '../../components/states.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useAcknowledgementStatus } from './api.ts';

export function AcknowledgementsPanel({ brand, enabled }: { brand: Brand; enabled: boolean }) {
  const { t, i18n } = useTranslation();
  const query = useAcknowledgementStatus(brand.id, enabled);
  if (!enabled) return <NotAllowed />;
  if (query.isLoading) return <PageLoader />;
  if (query.error || !query.data) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  const { members, version } = query.data;
  if (version === null) return <EmptyBlock title={t('policyArea.acknowledgements.noPolicy')} />;
  if (members.length === 0) return <EmptyBlock title={t('policyArea.acknowledgements.none')} />;
  const done = members.filter((m) => m.acknowledgedAt).length;
  const c = 'policyArea.acknowledgements.columns';
  return (
    <Stack gap="md">
      <Stack gap={6} maw={480}>
        <Text data-testid="ack-summary">{t('policyArea.acknowledgements.summary', { done, total: members.length, version })}</Text>
        <Progress value={(done / members.length) * 100} color={done === members.length ? 'teal' : 'orange'} aria-hidden />
      </Stack>
      <DataTable columns={[t(`${c}.name`), t(`${c}.role`), t(`${c}.status`)]} testId="ack-table" minWidth={520}>
        {members.map((m) => (
          <Table.Tr key={m.userId} data-testid="ack-row" data-email={m.email}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {m.name}
              </Text>
              <Text size="xs" c="dimmed">
                {m.email}
              </Text>
            </Table.Td>
            <Table.Td>{t(`roles.${m.role}`)}</Table.Td>
            <Table.Td>
              {m.acknowledgedAt ? (
                <Text size="sm">{formatDateTime(m.acknowledgedAt, i18n.language, brand.timeZone)}</Text>
              ) : (
                <Badge color="orange" variant="light">
                  {t('policyArea.acknowledgements.pending')}
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}
