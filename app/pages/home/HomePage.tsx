import { Anchor, Badge, Button, Card, Grid, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBrandsPage, useSession } from '../../api/hooks.ts';
import type { Brand } from '../../api/types.ts';
import { brandLanguageLabel, brandScopeLabel } from '../../components/brandLabels.ts';
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { IconBuilding, IconClock, IconGlobe, IconPlus, IconShield, IconUsers } from '../../components/icons.tsx';
import { LoadFailed, PageLoader } from '../../components/states.tsx';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { utcOffsetLabel } from '../../i18n/format.ts';
import { isolate } from '../../i18n/isolate.ts';

function BrandCard({ brand }: { brand: Brand }) {
  const { t } = useTranslation();
  return (
    <Card padding="lg" data-testid="brand-card">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} fz={17} dir="auto">
            {brand.name}
          </Title>
          {brand.archivedAt && (
            <Badge color="gray" variant="light">
              {t('home.archived')}
            </Badge>
          )}
        </Group>
        {brand.description && (
          <Text size="sm" c="dimmed" lineClamp={2} dir="auto">
            {brand.description}
          </Text>
        )}
        <Group gap="lg" mt={4}>
          <Group gap={6} wrap="nowrap">
            <IconGlobe size={16} />
            <Text size="sm" data-testid="brand-language">
              {brandLanguageLabel(t, brand.primaryLanguage)}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <IconClock size={16} />
            <Text size="sm" dir="ltr" data-testid="brand-timezone">
              {brand.timeZone} <Text span c="dimmed" size="xs">({utcOffsetLabel(brand.timeZone)})</Text>
            </Text>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}

interface Step {
  key: string;
  title: string;
  text: string;
  to: string;
  icon: ComponentType<{ size?: number }>;
}

export default function HomePage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const { workspace, workspaceId, me, can } = useWorkspaceContext();
  const brands = useBrandsPage(workspaceId, false);
  const base = `/w/${workspaceId}`;

  const steps: Step[] = [];
  if (can('member.manage')) {
    steps.push({ key: 'invite', title: t('home.stepInviteTitle'), text: t('home.stepInviteText'), to: `${base}/settings/invitations`, icon: IconUsers });
  }
  if (can('brand.create')) {
    steps.push({ key: 'brand', title: t('home.stepBrandTitle'), text: t('home.stepBrandText'), to: `${base}/settings/brands?new=1`, icon: IconPlus });
  }
  steps.push({ key: 'roles', title: t('home.stepRolesTitle'), text: t('home.stepRolesText'), to: `${base}/settings/roles`, icon: IconShield });
  steps.push({ key: 'language', title: t('home.stepLanguageTitle'), text: t('home.stepLanguageText'), to: '/account', icon: IconGlobe });

  return (
    <Stack gap="xl">
      <Stack gap={6}>
        <Title order={1} fz={28} data-testid="home-title">
          {t('home.welcome', { name: isolate(session?.user.name ?? '') })}
        </Title>
        <Text c="dimmed" data-testid="home-role">
          {t('home.roleIn', { role: t(`roles.${me.role}`), workspace: isolate(workspace.name) })}
        </Text>
        {me.brandIds !== null && me.role !== 'owner' && me.role !== 'admin' && (
          <Text c="dimmed" size="sm">
            {t('home.limitedTo', { brands: brandScopeLabel(t, me.brandIds, brands.items) })}
          </Text>
        )}
      </Stack>

      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Group justify="space-between">
              <Title order={2} fz={19}>
                {t('home.brandsTitle')}
              </Title>
              {can('brand.create') && brands.items.length > 0 && (
                <Anchor component={Link} to={`${base}/settings/brands`} size="sm">
                  {t('home.manageBrands')}
                </Anchor>
              )}
            </Group>
            {brands.isPending ? (
              <PageLoader />
            ) : brands.error ? (
              <LoadFailed error={brands.error} onRetry={() => void brands.refetch()} />
            ) : brands.items.length === 0 ? (
              <EmptyBlock
                title={t('home.noBrandsTitle')}
                description={can('brand.create') ? t('home.noBrandsText') : t('home.noBrandsTextReadOnly')}
                icon={<IconBuilding size={28} />}
              >
                {can('brand.create') && (
                  <Button component={Link} to={`${base}/settings/brands?new=1`} leftSection={<IconPlus size={16} />}>
                    {t('settings.brands.add')}
                  </Button>
                )}
              </EmptyBlock>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                {brands.items.map((brand) => (
                  <BrandCard key={brand.id} brand={brand} />
                ))}
              </SimpleGrid>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Title order={2} fz={19}>
              {t('home.nextStepsTitle')}
            </Title>
            {steps.map((step) => {
              const Icon = step.icon;
              return (
                <Paper key={step.key} withBorder p="md" data-testid={`next-step-${step.key}`}>
                  <Group align="flex-start" wrap="nowrap" gap="md">
                    <ThemeIcon variant="light" size={36} radius="md">
                      <Icon size={18} />
                    </ThemeIcon>
                    <Stack gap={4}>
                      <Anchor component={Link} to={step.to} fw={500}>
                        {step.title}
                      </Anchor>
                      <Text size="sm" c="dimmed">
                        {step.text}
                      </Text>
                    </Stack>
                  </Group>
                </Paper>
              );
            })}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
