import { Button, Grid, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllBrands, useAuditLog, useMembersPage } from '../../api/hooks.ts';
import type { AuditFilters } from '../../api/hooks.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { IconList } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ListState, LoadMore } from '../../components/ListState.tsx';
import { NotAllowed } from '../../components/states.tsx';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { DEFAULT_TIME_ZONE, formatDateTime, startOfDayIso } from '../../i18n/format.ts';
import { KNOWN_AUDIT_ACTIONS, auditActionLabel, summarizeChange } from './auditSummary.ts';

interface FilterState {
  action: string | null;
  brandId: string | null;
  actorId: string | null;
  from: string;
  to: string;
}

const NO_FILTERS: FilterState = { action: null, brandId: null, actorId: null, from: '', to: '' };

function toQuery(filters: FilterState): AuditFilters {
  const query: AuditFilters = {};
  if (filters.action) query.action = filters.action;
  if (filters.brandId) query.brandId = filters.brandId;
  if (filters.actorId) query.actorId = filters.actorId;
  // Whole days in Israel time: "to" includes the day it names.
  const from = filters.from ? startOfDayIso(filters.from, DEFAULT_TIME_ZONE) : undefined;
  const to = filters.to ? startOfDayIso(filters.to, DEFAULT_TIME_ZONE, 1) : undefined;
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}

export default function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId, can } = useWorkspaceContext();
  const allowed = can('audit.view');
  const [filters, setFilters] = useState<FilterState>(NO_FILTERS);
  const query = useMemo(() => toQuery(filters), [filters]);
  const audit = useAuditLog(workspaceId, query, allowed);
  const brands = useAllBrands(workspaceId);
  const members = useMembersPage(workspaceId, allowed);
  const filtered = Object.keys(query).length > 0;

  const actionOptions = useMemo(() => {
    const seen = new Set([...KNOWN_AUDIT_ACTIONS, ...audit.items.map((event) => event.action)]);
    if (filters.action) seen.add(filters.action);
    return [...seen].map((action) => ({ value: action, label: auditActionLabel(t, action) }));
  }, [audit.items, filters.action, t]);

  if (!allowed) return <NotAllowed />;

  const set = <K extends keyof FilterState>(key: K, value: FilterState[K]) => setFilters((prev) => ({ ...prev, [key]: value }));

  const body = (
    <ListState
      query={audit}
      items={audit.items}
      empty={
        <EmptyBlock
          title={t('settings.audit.emptyTitle')}
          description={filtered ? t('settings.audit.emptyText') : t('settings.audit.emptyTextAll')}
          icon={<IconList size={28} />}
        />
      }
    >
      {(items) => (
        <DataTable
          testId="audit-table"
          minWidth={900}
          verticalSpacing="sm"
          columns={[
            { label: t('settings.audit.when'), w: 170 },
            t('settings.audit.who'),
            t('settings.audit.action'),
            t('settings.audit.brand'),
            t('settings.audit.change'),
          ]}
        >
          {items.map((event) => {
            const lines = summarizeChange(t, event, brands.data);
            return (
              <Table.Tr key={event.id} data-testid="audit-row" data-action={event.action}>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={event.at}>{formatDateTime(event.at, i18n.language, DEFAULT_TIME_ZONE)}</time>
                  </Text>
                </Table.Td>
                <Table.Td>
                  {event.actor ? (
                    <>
                      <Text size="sm">
                        <bdi>{event.actor.name}</bdi>
                      </Text>
                      <Text size="xs" c="dimmed">
                        <bdi dir="ltr">{event.actor.email}</bdi>
                      </Text>
                      {event.via?.startsWith('token:') && (
                        <Text size="xs" c="dimmed">
                          {t('settings.audit.viaToken', { name: event.via.slice('token:'.length) })}
                        </Text>
                      )}
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('common.system')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{auditActionLabel(t, event.action)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <bdi>{event.brandName ?? t('common.none')}</bdi>
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {lines.map((line) => (
                      <Text key={line.field} size="xs" data-testid="audit-change">
                        <Text span fw={500} size="xs">
                          {line.field}:
                        </Text>{' '}
                        {line.before !== null && (
                          <Text span c="dimmed" size="xs" td={line.after !== null ? 'line-through' : undefined}>
                            <bdi>{line.before}</bdi>
                          </Text>
                        )}
                        {line.before !== null && line.after !== null && <span aria-hidden="true">{i18n.dir() === 'rtl' ? ' ← ' : ' → '}</span>}
                        {line.after !== null && (
                          <Text span size="xs">
                            <bdi>{line.after}</bdi>
                          </Text>
                        )}
                      </Text>
                    ))}
                    {lines.length === 0 && (
                      <Text size="xs" c="dimmed">
                        {t('common.none')}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </DataTable>
      )}
    </ListState>
  );

  return (
    <Stack>
      <PageHeader order={2} title={t('settings.audit.title')} description={t('settings.audit.description')} />
      <Paper withBorder p="md">
        <Grid gap="sm" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <Select
              label={t('settings.audit.filterAction')}
              placeholder={t('settings.audit.filterActionPlaceholder')}
              data={actionOptions}
              value={filters.action}
              onChange={(value) => set('action', value)}
              searchable
              clearable
              data-testid="audit-filter-action"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 2 }}>
            <Select
              label={t('settings.audit.filterBrand')}
              placeholder={t('settings.audit.any')}
              data={(brands.data ?? []).map((brand) => ({ value: brand.id, label: brand.name }))}
              value={filters.brandId}
              onChange={(value) => set('brandId', value)}
              searchable
              clearable
              data-testid="audit-filter-brand"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
            <Select
              label={t('settings.audit.filterMember')}
              placeholder={t('settings.audit.any')}
              data={members.items.map((member) => ({ value: member.userId, label: `${member.name} (${member.email})` }))}
              value={filters.actorId}
              onChange={(value) => set('actorId', value)}
              searchable
              clearable
              data-testid="audit-filter-member"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3, lg: 2 }}>
            <TextInput
              type="date"
              label={t('settings.audit.filterFrom')}
              value={filters.from}
              max={filters.to || undefined}
              onChange={(event) => set('from', event.currentTarget.value)}
              data-testid="audit-filter-from"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3, lg: 2 }}>
            <TextInput
              type="date"
              label={t('settings.audit.filterTo')}
              value={filters.to}
              min={filters.from || undefined}
              onChange={(event) => set('to', event.currentTarget.value)}
              data-testid="audit-filter-to"
            />
          </Grid.Col>
        </Grid>
        {filtered && (
          <Group mt="sm">
            <Button variant="subtle" size="xs" onClick={() => setFilters(NO_FILTERS)} data-testid="audit-clear">
              {t('settings.audit.clearFilters')}
            </Button>
          </Group>
        )}
      </Paper>
      {body}
      <LoadMore query={audit} testId="audit-load-more" />
    </Stack>
  );
}
