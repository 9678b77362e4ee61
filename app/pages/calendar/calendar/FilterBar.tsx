// The calendar's filters: channels, campaigns and statuses, several of each, kept in the address.
import { Button, Group, MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../../../core/networks.ts';
import { publishMessage } from '../../../../core/publish/messages.ts';
import { POST_STATUSES, type PostStatus } from '../../../../core/publish/types.ts';
import { networkLabel } from '../../../components/networkLabel.ts';
import type { Campaign, Channel } from './api.ts';
import { hasFilters, NO_CAMPAIGN, type CalendarFilters } from './filters.ts';

interface FilterBarProps {
  filters: CalendarFilters;
  channels: readonly Channel[];
  campaigns: readonly Campaign[];
  onChange: (filters: Partial<CalendarFilters>) => void;
}

export function FilterBar({ filters, channels, campaigns, onChange }: FilterBarProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'he' ? 'he' : 'en';
  // A filter chosen from a link may name a campaign since archived: keep it visible so it can be removed.
  const campaignOptions = [
    ...campaigns.map((c) => ({ value: c.id, label: c.name })),
    ...filters.campaigns.filter((id) => id !== NO_CAMPAIGN && !campaigns.some((c) => c.id === id)).map((id) => ({ value: id, label: t('calendarArea.filters.otherCampaign') })),
    { value: NO_CAMPAIGN, label: t('calendarArea.filters.noCampaign') },
  ];
  const common = { clearable: true, searchable: false, size: 'sm', miw: 200, style: { flex: '1 1 200px' }, comboboxProps: { withinPortal: true } } as const;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" mb="sm" role="search" aria-label={t('calendarArea.filters.label')}>
      <MultiSelect
        {...common}
        label={t('calendarArea.filters.channel')}
        placeholder={filters.channels.length === 0 ? t('calendarArea.filters.allChannels') : undefined}
        data={channels.map((c) => ({ value: c.id, label: `${networkLabel(t, c.network as Network)} · ${c.displayName || c.account}` }))}
        value={filters.channels}
        onChange={(channels) => onChange({ channels })}
        data-testid="calendar-filter-channel"
      />
      <MultiSelect
        {...common}
        label={t('calendarArea.filters.campaign')}
        placeholder={filters.campaigns.length === 0 ? t('calendarArea.filters.allCampaigns') : undefined}
        data={campaignOptions}
        value={filters.campaigns}
        onChange={(campaigns) => onChange({ campaigns })}
        data-testid="calendar-filter-campaign"
      />
      <MultiSelect
        {...common}
        label={t('calendarArea.filters.status')}
        placeholder={filters.statuses.length === 0 ? t('calendarArea.filters.allStatuses') : undefined}
        data={POST_STATUSES.map((status) => ({ value: status, label: publishMessage(`status.${status}`, lang) }))}
        value={filters.statuses}
        onChange={(statuses) => onChange({ statuses: statuses as PostStatus[] })}
        data-testid="calendar-filter-status"
      />
      {hasFilters(filters) && (
        <Button variant="subtle" onClick={() => onChange({ channels: [], campaigns: [], statuses: [] })} data-testid="calendar-filter-clear">
          {t('calendarArea.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
