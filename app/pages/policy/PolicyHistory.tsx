// The versions of a brand's own policy: who changed it, when and why; and any one version in full.
import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { Brand } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { LoadFailed, PageLoader } from '../../components/states.tsx';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { usePolicyVersion, usePolicyVersions } from './api.ts';
import { PolicySections, VersionLine } from './PolicyDocument.tsx';

export function PolicyHistory({ brand }: { brand: Brand }) {
  const { t, i18n } = useTranslation();
  const { workspaceId } = useWorkspaceContext();
  const { search } = useLocation();
  const query = usePolicyVersions(brand.id);
  if (query.isLoading) return <PageLoader />;
  if (query.error || !query.data) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data.items;
  if (items.length === 0) return <EmptyBlock title={t('policyArea.history.empty')} />;
  const c = 'policyArea.history.columns';
  return (
    <DataTable columns={[t(`${c}.version`), t(`${c}.author`), t(`${c}.date`), t(`${c}.note`)]} testId="policy-history" minWidth={560}>
      {items.map((v, i) => (
        <Table.Tr key={v.id}>
          <Table.Td>
            <Anchor component={Link} to={`/w/${workspaceId}/policy/history/${v.version}${search}`}>
              {v.version}
            </Anchor>
            {i === 0 && (
              <Text span size="xs" c="dimmed" ms={6}>
                ({t('policyArea.history.current')})
              </Text>
            )}
          </Table.Td>
          <Table.Td>{v.author?.name ?? t('common.system')}</Table.Td>
          <Table.Td>{formatDateTime(v.createdAt, i18n.language, brand.timeZone)}</Table.Td>
          <Table.Td dir="auto">{v.changeNote || t('common.none')}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

export function PolicyVersionView({ brand }: { brand: Brand }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspaceContext();
  const { search } = useLocation();
  const version = Number(useParams().version);
  const query = usePolicyVersion(brand.id, version);
  if (query.isLoading) return <PageLoader />;
  if (query.error || !query.data) return <LoadFailed error={query.error} />;
  return (
    <Stack gap="md">
      <Button component={Link} to={`/w/${workspaceId}/policy/history${search}`} variant="subtle" w="fit-content" px={0}>
        {t('policyArea.history.back')}
      </Button>
      <VersionLine policy={query.data.policy} />
      <PolicySections policy={query.data.policy} />
    </Stack>
  );
}
