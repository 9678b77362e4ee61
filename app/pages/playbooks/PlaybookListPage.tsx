// The brand's playbooks at a glance (scenario, response times, pause-all, version, last drill) and
// the library to start a new one from.
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Brand } from '../../api/types.ts';
import { BrandPicker } from '../../components/BrandPicker.tsx';
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { IconPlaybook, IconPlus } from '../../components/icons.tsx';
import { ListState } from '../../components/ListState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import type { SelectedBrand } from '../../components/useSelectedBrand.ts';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { formatDate } from '../../i18n/format.ts';
import { isolate } from '../../i18n/isolate.ts';
import { useLibrary, usePlaybooks, type PlaybookSummary, type PlaybookTemplate } from './api.ts';
import { counted, formatClock, formatMinutes, scenarioLabel } from './labels.ts';
import { usePlaybookPaths } from './paths.ts';

export function PlaybookListPage({ selection, brand }: { selection: SelectedBrand; brand: Brand }) {
  const { t } = useTranslation();
  const { canOnBrand } = useWorkspaceContext();
  const canEdit = canOnBrand('policy.edit', brand.id);
  const playbooks = usePlaybooks(brand.id);
  return (
    <Stack gap="xl">
      <PageHeader title={t('playbooksArea.title')} description={t('playbooksArea.description')} actions={<BrandPicker selection={selection} />} />
      <Stack gap="sm" component="section" aria-labelledby="playbooks-list-title">
        <Title order={2} fz="lg" id="playbooks-list-title">
          {t('playbooksArea.list.title')}
        </Title>
        <ListState
          query={playbooks}
          items={playbooks.data}
          empty={
            <EmptyBlock
              testId="playbooks-empty"
              title={t('playbooksArea.list.emptyTitle', { brand: isolate(brand.name) })}
              description={canEdit ? t('playbooksArea.list.emptyText') : t('playbooksArea.list.emptyTextReadOnly')}
              icon={<IconPlaybook size={28} />}
            />
          }
        >
          {(items) => (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="playbooks-list">
              {items.map((playbook) => (
                <PlaybookCard key={playbook.id} brand={brand} playbook={playbook} canEdit={canEdit} />
              ))}
            </SimpleGrid>
          )}
        </ListState>
      </Stack>
      <Library brand={brand} canEdit={canEdit} inUse={new Set((playbooks.data ?? []).flatMap((p) => (p.templateKey ? [p.templateKey] : [])))} />
    </Stack>
  );
}

function PlaybookCard({ brand, playbook, canEdit }: { brand: Brand; playbook: PlaybookSummary; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const paths = usePlaybookPaths(brand.id);
  const drill = playbook.lastDrill;
  return (
    <Card withBorder radius="md" padding="lg" data-testid="playbook-card" data-playbook-id={playbook.id}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text fw={600} size="lg" component={Link} to={paths.playbook(playbook.id)} c="inherit" td="none" data-testid="playbook-name">
              <bdi>{playbook.name}</bdi>
            </Text>
            <Text size="sm" c="dimmed">
              {scenarioLabel(t, playbook.scenario)} · {t('playbooksArea.list.version', { version: playbook.version })} ·{' '}
              {counted(t, 'playbooksArea.list.steps', playbook.stepCount)}
            </Text>
          </Stack>
          {playbook.gaps.length > 0 && (
            <Badge color="yellow" variant="light" style={{ flexShrink: 0 }} data-testid="playbook-gaps">
              {counted(t, 'playbooksArea.list.gaps', playbook.gaps.length)}
            </Badge>
          )}
        </Group>
        <Group gap={6} aria-label={t('playbooksArea.list.tiers')}>
          {playbook.tiers.map((tier) => (
            <Tooltip key={tier.level} label={tier.name} withArrow>
              <Badge variant="light" color={tier.level === 1 ? 'red' : tier.level === 2 ? 'orange' : 'gray'} tt="none">
                {t('playbooksArea.tier', { level: tier.level })}: {formatMinutes(t, tier.responseMinutes)}
              </Badge>
            </Tooltip>
          ))}
        </Group>
        <Group gap="xs">
          <Badge variant="outline" color={playbook.pauseScheduledPosts ? 'red' : 'gray'} tt="none">
            {playbook.pauseScheduledPosts ? t('playbooksArea.list.pausesAll') : t('playbooksArea.list.keepsPosting')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed" data-testid="playbook-last-drill">
          {!drill
            ? t('playbooksArea.list.neverDrilled')
            : drill.finishedAt
              ? t('playbooksArea.list.lastDrill', { date: formatDate(drill.startedAt, i18n.language, brand.timeZone), duration: formatClock(drill.totalSeconds ?? 0) })
              : t('playbooksArea.list.lastDrillRunning', { date: formatDate(drill.startedAt, i18n.language, brand.timeZone) })}
        </Text>
        <Group gap="xs" mt="auto">
          <Button size="xs" component={Link} to={paths.playbook(playbook.id)} data-testid="playbook-open">
            {t('playbooksArea.list.open')}
          </Button>
          <Button size="xs" variant="default" component={Link} to={paths.drills(playbook.id)}>
            {canEdit ? t('playbooksArea.list.drill') : t('playbooksArea.actions.drills')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function Library({ brand, canEdit, inUse }: { brand: Brand; canEdit: boolean; inUse: Set<string> }) {
  const { t, i18n } = useTranslation();
  const library = useLibrary(i18n.language === 'he' ? 'he' : 'en');
  const paths = usePlaybookPaths(brand.id);
  return (
    <Stack gap="sm" component="section" aria-labelledby="playbooks-library-title" data-testid="playbook-library">
      <Stack gap={2}>
        <Title order={2} fz="lg" id="playbooks-library-title">
          {t('playbooksArea.library.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('playbooksArea.library.description')}
        </Text>
      </Stack>
      <ListState query={library} items={library.data} empty={null}>
        {(items) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {items.map((template) => (
              <TemplateCard key={template.key} template={template} inUse={inUse.has(template.key)} to={canEdit ? paths.create(template.key) : null} />
            ))}
            {canEdit && (
              <Card withBorder radius="md" padding="lg" style={{ borderStyle: 'dashed' }}>
                <Stack gap="sm" h="100%">
                  <Text fw={600}>{t('playbooksArea.library.blank')}</Text>
                  <Text size="sm" c="dimmed">
                    {t('playbooksArea.library.blankText')}
                  </Text>
                  <Button mt="auto" variant="default" leftSection={<IconPlus size={16} />} component={Link} to={paths.create()} data-testid="playbook-blank">
                    {t('playbooksArea.library.start')}
                  </Button>
                </Stack>
              </Card>
            )}
          </SimpleGrid>
        )}
      </ListState>
    </Stack>
  );
}

function TemplateCard({ template, inUse, to }: { template: PlaybookTemplate; inUse: boolean; to: string | null }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" data-testid="template-card" data-template={template.key}>
      <Stack gap="sm" h="100%">
        <Text fw={600}>{template.name}</Text>
        <Text size="sm" c="dimmed" lineClamp={5}>
          {template.description}
        </Text>
        <Group gap={6}>
          <Badge variant="light" color="gray" tt="none">
            {counted(t, 'playbooksArea.library.steps', template.content.steps.length)}
          </Badge>
          {template.content.pauseScheduledPosts && (
            <Badge variant="light" color="red" tt="none">
              {t('playbooksArea.list.pausesAll')}
            </Badge>
          )}
          {inUse && (
            <Badge variant="light" color="teal" tt="none" data-testid="template-in-use">
              {t('playbooksArea.library.inUse')}
            </Badge>
          )}
        </Group>
        {to && (
          <Button mt="auto" variant={inUse ? 'default' : 'filled'} component={Link} to={to} data-testid="template-use" aria-label={`${t('playbooksArea.library.use')}: ${template.name}`}>
            {t('playbooksArea.library.use')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
