// The plan area: the brand's plan in force (or the way to make one), the wizard, and old versions.
// Sub-pages keep the brand in `?brand=`, so every address names the brand it shows.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Brand } from '../../api/types.ts';
import { BrandPicker } from '../../components/BrandPicker.tsx';
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { IconCheck, IconClock, IconTarget } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadFailed, PageLoader } from '../../components/states.tsx';
import { useSelectedBrand, type SelectedBrand } from '../../components/useSelectedBrand.ts';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { isolate } from '../../i18n/isolate.ts';
import { usePlan, usePlanVersion, type PlanVersion } from './api.ts';
import { PlanHistory } from './PlanHistory.tsx';
import { PlanView } from './PlanView.tsx';
import { PlanWizard } from './PlanWizard.tsx';
import { isStepKey, type StepKey } from './steps.ts';
import { NoBrands } from '../../components/NoBrands.tsx';

export default function PlanPage() {
  const selection = useSelectedBrand('plan.view');
  if (selection.isLoading) return <PageLoader />;
  if (selection.error) return <LoadFailed error={selection.error} />;
  if (!selection.brand) return <NoBrands area="planArea" />;
  return (
    <Routes>
      <Route index element={<CurrentPlan selection={selection} brand={selection.brand} />} />
      <Route path="setup" element={<WizardPage brand={selection.brand} />} />
      <Route path="versions/:version" element={<OldVersion selection={selection} brand={selection.brand} />} />
      <Route path="*" element={<ToPlanHome brand={selection.brand} />} />
    </Routes>
  );
}

function usePlanPaths(brand: Brand) {
  const { workspaceId } = useWorkspaceContext();
  const base = `/w/${workspaceId}/plan`;
  const q = `brand=${encodeURIComponent(brand.id)}`;
  return {
    home: `${base}?${q}`,
    setup: (step?: StepKey) => `${base}/setup?${q}${step ? `&step=${step}` : ''}`,
    version: (version: number) => `${base}/versions/${version}?${q}`,
  };
}

function ToPlanHome({ brand }: { brand: Brand }) {
  return <Navigate to={usePlanPaths(brand).home} replace />;
}

function Header({ selection, actions }: { selection: SelectedBrand; actions?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <PageHeader
      title={t('planArea.title')}
      description={t('planArea.description')}
      actions={
        <>
          <BrandPicker selection={selection} />
          {actions}
        </>
      }
    />
  );
}

/** "Version 2 · saved by Noa on 12 Mar 2026, 10:04 · note" */
function VersionLine({ plan, brand }: { plan: PlanVersion; brand: Brand }) {
  const { t, i18n } = useTranslation();
  const date = formatDateTime(plan.createdAt, i18n.language, brand.timeZone);
  return (
    <Group gap="xs" c="dimmed" data-testid="plan-version-line">
      <IconClock size={16} />
      <Text size="sm">
        {plan.author
          ? t('planArea.meta', { version: plan.version, author: isolate(plan.author.name), date })
          : t('planArea.metaNoAuthor', { version: plan.version, date })}
      </Text>
      {plan.changeNote && (
        <Text size="sm" fs="italic">
          · <bdi>{plan.changeNote}</bdi>
        </Text>
      )}
    </Group>
  );
}

function CurrentPlan({ selection, brand }: { selection: SelectedBrand; brand: Brand }) {
  const { t } = useTranslation();
  const { canOnBrand } = useWorkspaceContext();
  const location = useLocation();
  const paths = usePlanPaths(brand);
  const plan = usePlan(brand.id);
  const canEdit = canOnBrand('plan.edit', brand.id);
  const savedVersion = (location.state as { savedVersion?: number } | null)?.savedVersion;

  if (plan.isPending) return <PageLoader />;
  if (plan.error) return <LoadFailed error={plan.error} onRetry={() => void plan.refetch()} />;

  if (!plan.data) {
    return (
      <Stack>
        <Header selection={selection} />
        <EmptyBlock
          title={t('planArea.empty.title', { brand: isolate(brand.name) })}
          description={canEdit ? t('planArea.empty.text') : t('planArea.empty.textReadOnly')}
          icon={<IconTarget size={28} />}
          testId="plan-empty"
        >
          {canEdit && (
            <Button component={Link} to={paths.setup()} size="md" data-testid="plan-start">
              {t('planArea.empty.start')}
            </Button>
          )}
        </EmptyBlock>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Header
        selection={selection}
        actions={
          canEdit && (
            <Button component={Link} to={paths.setup()} data-testid="plan-edit">
              {t('planArea.edit')}
            </Button>
          )
        }
      />
      {savedVersion === plan.data.version && (
        <Alert color="teal" variant="light" icon={<IconCheck />} role="status" data-testid="plan-saved">
          {t('planArea.saved', { version: savedVersion })}
        </Alert>
      )}
      <VersionLine plan={plan.data} brand={brand} />
      <PlanView content={plan.data.content} people={plan.data.people} editHref={canEdit ? paths.setup : undefined} />
      <PlanHistory brand={brand} currentVersion={plan.data.version} versionHref={paths.version} />
    </Stack>
  );
}

function WizardPage({ brand }: { brand: Brand }) {
  const { canOnBrand } = useWorkspaceContext();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const paths = usePlanPaths(brand);
  const plan = usePlan(brand.id);
  if (!canOnBrand('plan.edit', brand.id)) return <Navigate to={paths.home} replace />;
  if (plan.isPending) return <PageLoader />;
  if (plan.error) return <LoadFailed error={plan.error} onRetry={() => void plan.refetch()} />;
  const step = params.get('step');
  const current = plan.data ?? null;
  return (
    <PlanWizard
      // A reload after a conflict starts over from the newest version.
      key={`${brand.id}:${current?.version ?? 0}`}
      brand={brand}
      current={current}
      initialStep={isStepKey(step) ? step : 'messages'}
      onSaved={(version) => navigate(paths.home, { state: { savedVersion: version } })}
      onCancel={() => navigate(paths.home)}
      onReload={() => void queryClient.invalidateQueries({ queryKey: ['brand', brand.id, 'plan'] })}
    />
  );
}

function OldVersion({ selection, brand }: { selection: SelectedBrand; brand: Brand }) {
  const { t } = useTranslation();
  const { version: param } = useParams();
  const version = Number(param);
  const paths = usePlanPaths(brand);
  const plan = usePlanVersion(brand.id, version);
  const current = usePlan(brand.id);
  const isCurrent = current.data?.version === version;

  let body: ReactNode;
  if (!Number.isInteger(version) || version < 1) body = <EmptyBlock title={t('planArea.version.notFound')} icon={<IconClock size={28} />} />;
  else if (plan.isPending) body = <PageLoader />;
  else if (plan.error) body = <LoadFailed error={plan.error} onRetry={() => void plan.refetch()} />;
  else
    body = (
      <Stack gap="lg">
        <Alert color={isCurrent ? 'teal' : 'orange'} variant="light" icon={<IconClock />} data-testid="plan-old-version">
          <Stack gap="xs">
            <Text size="sm">
              {isCurrent ? t('planArea.version.current', { version }) : t('planArea.version.old', { version })}
            </Text>
            <Group>
              <Button component={Link} to={paths.home} size="xs" variant="default" data-testid="plan-back-to-current">
                {t('planArea.version.back')}
              </Button>
            </Group>
          </Stack>
        </Alert>
        <VersionLine plan={plan.data} brand={brand} />
        <PlanView content={plan.data.content} people={plan.data.people} />
      </Stack>
    );

  return (
    <Stack gap="lg">
      <Header selection={selection} />
      {body}
    </Stack>
  );
}
