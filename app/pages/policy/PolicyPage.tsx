// The policy area: the brand's policy document, its rules, the live test box, who has acknowledged,
// and the history of versions. Each is a sub-page, so a link names it (and the brand, in ?brand=).
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation } from 'react-router';
import { BrandPicker } from '../../components/BrandPicker.tsx';
import { NoBrands } from '../../components/NoBrands.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { IconShield } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadFailed, PageLoader } from '../../components/states.tsx';
import { useSelectedBrand } from '../../components/useSelectedBrand.ts';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { formatDate } from '../../i18n/format.ts';
import type { Brand } from '../../api/types.ts';
import { useAcknowledge, useBrandPolicy, type BrandPolicy } from './api.ts';
import { AcknowledgementsPanel } from './AcknowledgementsPanel.tsx';
import { CheckPanel } from './CheckPanel.tsx';
import { PolicyDocument } from './PolicyDocument.tsx';
import { PolicyEditor } from './PolicyEditor.tsx';
import { PolicyHistory, PolicyVersionView } from './PolicyHistory.tsx';
import { RulesPanel } from './RulesPanel.tsx';

const TABS = [
  { key: 'document', path: '' },
  { key: 'rules', path: 'rules' },
  { key: 'check', path: 'check' },
  { key: 'acknowledgements', path: 'acknowledgements', managers: true },
  { key: 'history', path: 'history' },
] as const;

export default function PolicyPage() {
  const { t } = useTranslation();
  const selection = useSelectedBrand('policy.view');
  const { brand } = selection;
  if (selection.isLoading) return <PageLoader />;
  if (selection.error) return <LoadFailed error={selection.error} />;
  if (!brand) return <NoBrands area="policyArea" />;
  return (
    <>
      <PageHeader title={t('policyArea.title')} description={t('policyArea.description')} actions={<BrandPicker selection={selection} />} />
      <BrandPolicyArea key={brand.id} brand={brand} />
    </>
  );
}

function BrandPolicyArea({ brand }: { brand: Brand }) {
  const { t } = useTranslation();
  const { workspaceId, canOnBrand } = useWorkspaceContext();
  const { pathname, search } = useLocation();
  const query = useBrandPolicy(brand.id);
  const canEdit = canOnBrand('policy.edit', brand.id);
  const base = `/w/${workspaceId}/policy`;
  const current = pathname.replace(/\/+$/, '').slice(base.length).replace(/^\//, '').split('/')[0] ?? '';
  if (query.isLoading) return <PageLoader />;
  if (query.error || !query.data) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  return (
    <Stack gap="lg">
      <AcknowledgeBanner brandId={brand.id} data={data} />
      <nav className="section-tabs" aria-label={t('policyArea.title')}>
        {TABS.filter((tab) => !('managers' in tab) || canEdit).map((tab) => (
          <Link
            key={tab.key}
            to={`${tab.path ? `${base}/${tab.path}` : base}${search}`}
            className="section-tab"
            aria-current={current === tab.path ? 'page' : undefined}
            data-testid={`policy-tab-${tab.key}`}
          >
            {t(`policyArea.tabs.${tab.key}`)}
          </Link>
        ))}
      </nav>
      <Routes>
        <Route index element={<PolicyDocument brand={brand} data={data} canEdit={canEdit} />} />
        <Route path="edit" element={canEdit ? <PolicyEditor brand={brand} data={data} /> : <PolicyDocument brand={brand} data={data} canEdit={false} />} />
        <Route path="rules" element={<RulesPanel brand={brand} canEdit={canEdit} />} />
        <Route path="check" element={<CheckPanel brand={brand} />} />
        <Route path="acknowledgements" element={<AcknowledgementsPanel brand={brand} enabled={canEdit} />} />
        <Route path="history" element={<PolicyHistory brand={brand} />} />
        <Route path="history/:version" element={<PolicyVersionView brand={brand} />} />
      </Routes>
    </Stack>
  );
}

/** Asks a member who speaks for the brand to acknowledge the version in force, until they do. */
function AcknowledgeBanner({ brandId, data }: { brandId: string; data: BrandPolicy }) {
  const { t, i18n } = useTranslation();
  const acknowledge = useAcknowledge(brandId);
  const { policy, mine } = data;
  if (!policy || !mine.required) return null;
  if (mine.acknowledgedAt) {
    return (
      <Text size="sm" c="dimmed" data-testid="policy-acknowledged">
        {t('policyArea.acknowledge.done', { version: policy.version, date: formatDate(mine.acknowledgedAt, i18n.language) })}
      </Text>
    );
  }
  const stale = acknowledge.error && (acknowledge.error as { code?: string }).code === 'policy_changed';
  return (
    <Alert color="orange" variant="light" icon={<IconShield />} title={t('policyArea.acknowledge.bannerTitle', { version: policy.version })} data-testid="policy-ack-banner">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('policyArea.acknowledge.bannerText')}</Text>
        {stale ? <Text size="sm" c="red">{t('policyArea.acknowledge.changed')}</Text> : <ErrorAlert error={acknowledge.error} />}
        <Group>
          <Button data-testid="policy-acknowledge" loading={acknowledge.isPending} onClick={() => acknowledge.mutate(policy.id)}>
            {t('policyArea.acknowledge.action')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
