// Step 4: how will you know it works? The catalogue, with the KPIs that suit the channels suggested
// (and ticked the first time), each with a target and a period.
import { Badge, Card, Checkbox, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { KPI_CATALOGUE, KPI_KEYS, KPI_PERIODS, UNIT_RANGE, type KpiKey, type KpiPeriod } from '../../../../core/plan/kpis.ts';
import { newKpi, suggestedKpis, type KpiDraft } from '../../../../core/plan/wizard.ts';
import { formatNumber, kpiHint, kpiName } from '../labels.ts';
import type { StepProps } from '../steps.ts';

const order = (kpis: KpiDraft[]) => [...kpis].sort((a, b) => KPI_KEYS.indexOf(a.metric) - KPI_KEYS.indexOf(b.metric));

export function KpisStep({ draft, update, errors }: StepProps) {
  const { t, i18n } = useTranslation();
  const suggested = new Set(suggestedKpis(draft.channels.map((c) => c.network)));
  const toggle = (metric: KpiKey, on: boolean) =>
    update((d) => ({
      ...d,
      kpis: on ? order([...d.kpis, newKpi(metric, d)]) : d.kpis.filter((k) => k.metric !== metric),
    }));
  const change = (metric: KpiKey, patch: Partial<KpiDraft>) =>
    update((d) => ({ ...d, kpis: d.kpis.map((k) => (k.metric === metric ? { ...k, ...patch } : k)) }));
  const periods = KPI_PERIODS.map((p) => ({ value: p, label: t(`planArea.periods.${p}`) }));

  return (
    <Stack gap="sm">
      {KPI_KEYS.map((metric) => {
        const index = draft.kpis.findIndex((k) => k.metric === metric);
        const kpi = index >= 0 ? draft.kpis[index]! : null;
        const definition = KPI_CATALOGUE[metric];
        const range = UNIT_RANGE[definition.unit];
        const suffix = t(`planArea.unitSuffix.${definition.unit}`);
        return (
          <Card key={metric} padding="md" data-testid="plan-kpi-form" data-metric={metric} data-checked={kpi ? 'true' : 'false'}>
            <Group justify="space-between" align="flex-start" gap="md">
              <Checkbox
                checked={kpi !== null}
                onChange={(e) => toggle(metric, e.currentTarget.checked)}
                label={
                  <Group gap={8}>
                    <Text size="sm" fw={500} span>
                      {kpiName(t, metric)}
                    </Text>
                    {suggested.has(metric) && (
                      <Badge size="xs" variant="light">
                        {t('planArea.wizard.kpis.suggested')}
                      </Badge>
                    )}
                  </Group>
                }
                description={kpiHint(t, metric)}
                style={{ flex: '1 1 280px' }}
                data-testid={`plan-kpi-${metric}`}
              />
              {kpi && (
                <Group gap="xs" align="flex-start" wrap="nowrap">
                  <NumberInput
                    label={t(`planArea.wizard.kpis.target.${definition.direction}`)}
                    placeholder={t('planArea.wizard.kpis.example', { value: formatNumber(definition.example, i18n.language) })}
                    value={kpi.target ?? ''}
                    onChange={(value) => change(metric, { target: typeof value === 'number' ? value : null })}
                    min={range.min}
                    max={range.max}
                    allowNegative={range.min < 0}
                    decimalScale={definition.unit === 'count' ? 0 : 1}
                    thousandSeparator={definition.unit === 'count' ? ',' : undefined}
                    rightSection={suffix ? <Text size="xs" c="dimmed">{suffix}</Text> : undefined}
                    rightSectionPointerEvents="none"
                    hideControls
                    w={150}
                    error={errors[`kpis.${index}.target`]}
                    data-testid={`plan-kpi-target-${metric}`}
                  />
                  <Select
                    label={t('planArea.wizard.kpis.period')}
                    data={periods}
                    value={kpi.period}
                    onChange={(value) => value && change(metric, { period: value as KpiPeriod })}
                    allowDeselect={false}
                    w={130}
                    error={errors[`kpis.${index}.period`]}
                    comboboxProps={{ withinPortal: true }}
                    data-testid={`plan-kpi-period-${metric}`}
                  />
                </Group>
              )}
            </Group>
          </Card>
        );
      })}
      {errors['kpis'] && (
        <Text size="sm" c="red" role="alert">
          {errors['kpis']}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('planArea.wizard.kpis.count', { n: formatNumber(draft.kpis.length, i18n.language) })}
      </Text>
    </Stack>
  );
}
