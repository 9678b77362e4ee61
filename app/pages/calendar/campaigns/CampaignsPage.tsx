// The brand's campaigns: posts grouped around one goal (a season, a launch, a neighbourhood evening),
// each in one of the three layers of brand work. Each opens the calendar filtered to its posts.
import { Anchor, Badge, Button, ColorSwatch, Group, Stack, Table, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { utcToZoned } from '../../../../core/time/zoned.ts';
import type { Brand } from '../../../api/types.ts';
import { BrandPicker } from '../../../components/BrandPicker.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { EmptyBlock } from '../../../components/EmptyBlock.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { IconArchive, IconCalendar, IconPlus, IconTarget } from '../../../components/icons.tsx';
import { ListState } from '../../../components/ListState.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import type { SelectedBrand } from '../../../components/useSelectedBrand.ts';
import { useWorkspaceContext } from '../../../components/workspaceContext.ts';
import { formatDate } from '../../../i18n/format.ts';
import { useArchiveCampaign, useCampaigns, type Campaign } from '../calendar/api.ts';
import { hrefWithFilters } from '../calendar/filters.ts';
import { counted } from '../calendar/labels.ts';
import { useCalendarPaths } from '../paths.ts';
import { CampaignForm } from './CampaignForm.tsx';
import { campaignValues, newCampaignValues, type CampaignFormValues } from './form.ts';

const LAYER_COLORS = { preserve: 'blue', image: 'grape', service: 'teal' } as const;

/** The calendar showing only the campaign's posts, opened on today if it is running, else on its first day. */
function calendarOfCampaign(home: string, campaign: Campaign, today: string): string {
  const running = campaign.startsOn <= today && today <= campaign.endsOn;
  const href = hrefWithFilters(home, { campaigns: [campaign.id] });
  return running ? href : `${href}&date=${campaign.startsOn}`;
}

export function CampaignsPage({ selection, brand }: { selection: SelectedBrand; brand: Brand }) {
  const { t } = useTranslation();
  const { canOnBrand } = useWorkspaceContext();
  const paths = useCalendarPaths(brand.id);
  const canEdit = canOnBrand('campaign.edit', brand.id);
  const [tab, setTab] = useState<'active' | 'archived'>('active');
  const [editing, setEditing] = useState<{ campaign: Campaign | null; initial: CampaignFormValues } | null>(null);
  const startNew = () => setEditing({ campaign: null, initial: newCampaignValues(utcToZoned(new Date(), brand.timeZone).date) });
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('calendarArea.campaigns.title')}
        description={t('calendarArea.campaigns.description')}
        actions={
          <>
            <BrandPicker selection={selection} />
            <Button variant="default" component={Link} to={paths.home} leftSection={<IconCalendar size={16} />}>
              {t('calendarArea.campaigns.toCalendar')}
            </Button>
            {canEdit && (
              <Button leftSection={<IconPlus size={16} />} onClick={startNew} data-testid="campaign-new">
                {t('calendarArea.campaigns.new')}
              </Button>
            )}
          </>
        }
      />
      <Tabs value={tab} onChange={(value) => setTab(value === 'archived' ? 'archived' : 'active')}>
        <Tabs.List mb="md">
          <Tabs.Tab value="active" data-testid="campaigns-tab-active">
            {t('calendarArea.campaigns.active')}
          </Tabs.Tab>
          <Tabs.Tab value="archived" leftSection={<IconArchive size={14} />} data-testid="campaigns-tab-archived">
            {t('calendarArea.campaigns.archived')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="active">
          <CampaignList brand={brand} archived={false} canEdit={canEdit} onEdit={(c) => setEditing({ campaign: c, initial: campaignValues(c) })} onNew={startNew} />
        </Tabs.Panel>
        <Tabs.Panel value="archived">
          {tab === 'archived' && <CampaignList brand={brand} archived canEdit={canEdit} onEdit={() => undefined} onNew={startNew} />}
        </Tabs.Panel>
      </Tabs>
      {editing && <CampaignForm brandId={brand.id} campaign={editing.campaign} initial={editing.initial} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

interface CampaignListProps {
  brand: Brand;
  archived: boolean;
  canEdit: boolean;
  onEdit: (campaign: Campaign) => void;
  onNew: () => void;
}

function CampaignList({ brand, archived, canEdit, onEdit, onNew }: CampaignListProps) {
  const { t, i18n } = useTranslation();
  const campaigns = useCampaigns(brand.id, archived);
  const archive = useArchiveCampaign(brand.id);
  const paths = useCalendarPaths(brand.id);
  const today = utcToZoned(new Date(), brand.timeZone).date;
  const onCalendar = (campaign: Campaign) => calendarOfCampaign(paths.home, campaign, today);
  // Dates of a campaign are calendar days already: written in UTC, where they cannot move.
  const day = (date: string) => formatDate(`${date}T00:00:00Z`, i18n.language, 'UTC');
  const empty = archived ? (
    <EmptyBlock testId="campaigns-archived-empty" title={t('calendarArea.campaigns.archivedEmpty')} icon={<IconArchive size={28} />} />
  ) : (
    <EmptyBlock
      testId="campaigns-empty"
      title={t('calendarArea.campaigns.emptyTitle')}
      description={canEdit ? t('calendarArea.campaigns.emptyText') : t('calendarArea.campaigns.emptyTextReadOnly')}
      icon={<IconTarget size={28} />}
    >
      {canEdit && <Button onClick={onNew}>{t('calendarArea.campaigns.new')}</Button>}
    </EmptyBlock>
  );
  return (
    <Stack gap="sm">
      <ErrorAlert error={archive.error} />
      <ListState query={campaigns} items={campaigns.data} empty={empty}>
        {(items) => (
          <DataTable
            testId={archived ? 'campaigns-archived' : 'campaigns'}
            minWidth={820}
            columns={[
              t('calendarArea.campaigns.columns.campaign'),
              t('calendarArea.campaigns.columns.layer'),
              t('calendarArea.campaigns.columns.dates'),
              t('calendarArea.campaigns.columns.events'),
              t('calendarArea.campaigns.columns.posts'),
            ]}
            actionsLabel={t('calendarArea.campaigns.columns.actions')}
          >
            {items.map((campaign) => (
              <Table.Tr key={campaign.id} data-testid={`campaign-row-${campaign.id}`}>
                <Table.Td maw={320}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <ColorSwatch color={`var(--mantine-color-${campaign.color}-6)`} size={12} mt={5} style={{ flex: 'none' }} aria-hidden />
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Anchor component={Link} to={onCalendar(campaign)} fw={600} size="sm" data-testid="campaign-calendar-link">
                        <bdi>{campaign.name}</bdi>
                      </Anchor>
                      {campaign.goal && (
                        <Text size="xs" c="dimmed" lineClamp={2} dir="auto">
                          {campaign.goal}
                        </Text>
                      )}
                    </Stack>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={LAYER_COLORS[campaign.layer]} tt="none" style={{ minWidth: 'max-content' }}>
                    {t(`calendarArea.campaigns.layers.${campaign.layer}.name`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {t('calendarArea.campaigns.dateRange', { start: day(campaign.startsOn), end: day(campaign.endsOn) })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {campaign.offlineEvents.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  ) : (
                    <Stack gap={2}>
                      {campaign.offlineEvents.map((event, index) => (
                        <Text key={index} size="xs">
                          <bdi>{event.name}</bdi> · {day(event.date)}
                          {event.place && (
                            <>
                              {' · '}
                              <bdi>{event.place}</bdi>
                            </>
                          )}
                        </Text>
                      ))}
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {counted(t, 'calendarArea.campaigns.postCount', campaign.postCount)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="subtle" component={Link} to={onCalendar(campaign)}>
                      {t('calendarArea.campaigns.showOnCalendar')}
                    </Button>
                    {canEdit && !archived && (
                      <Button size="xs" variant="default" onClick={() => onEdit(campaign)} data-testid="campaign-edit">
                        {t('calendarArea.campaigns.edit')}
                      </Button>
                    )}
                    {canEdit && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color={archived ? undefined : 'gray'}
                        loading={archive.isPending && archive.variables?.id === campaign.id}
                        onClick={() => archive.mutate({ id: campaign.id, archived: !archived })}
                        data-testid={archived ? 'campaign-restore' : 'campaign-archive'}
                      >
                        {archived ? t('calendarArea.campaigns.restore') : t('calendarArea.campaigns.archive')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </ListState>
    </Stack>
  );
}
