// Step 3: where, and how often? Channels with posts a week and, if known, the best days and hours.
import { Button, Card, Chip, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NETWORKS, type Network } from '../../../../core/networks.ts';
import { POSTS_PER_WEEK_MAX, WEEK_DAYS, weeklyPostsTotal, type Channel } from '../../../../core/plan/plan.ts';
import { newChannel } from '../../../../core/plan/wizard.ts';
import { counted, dayLong, dayShort, hourLabel, networkLabel } from '../labels.ts';
import type { StepProps } from '../steps.ts';

const HOURS = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: hourLabel(hour) }));
const SUN_TO_THU = [0, 1, 2, 3, 4];

export function ChannelsStep({ draft, update, errors }: StepProps) {
  const { t, i18n } = useTranslation();
  const chosen = draft.channels.map((c) => c.network);
  const choose = (networks: string[]) =>
    update((d) => ({
      ...d,
      // Keep what was set for channels that stay; new ones start with a typical rhythm.
      channels: NETWORKS.filter((n) => networks.includes(n)).map((n) => d.channels.find((c) => c.network === n) ?? newChannel(n)),
    }));
  const change = (network: Network, patch: Partial<Channel>) =>
    update((d) => ({ ...d, channels: d.channels.map((c) => (c.network === network ? { ...c, ...patch } : c)) }));
  const total = weeklyPostsTotal(draft);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Text fw={500} id="plan-networks-label">
          {t('planArea.wizard.channels.pick')}
        </Text>
        <Chip.Group multiple value={chosen} onChange={choose}>
          <Group gap="xs" role="group" aria-labelledby="plan-networks-label" data-testid="plan-networks">
            {NETWORKS.map((network) => (
              <Chip key={network} value={network} data-testid={`plan-network-${network}`}>
                {networkLabel(t, network)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {errors['channels'] && (
          <Text size="sm" c="red" role="alert">
            {errors['channels']}
          </Text>
        )}
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {draft.channels.map((channel, index) => {
          const at = (field: string) => errors[`channels.${index}.${field}`];
          const daysLabelId = `plan-days-${channel.network}`;
          return (
            <Card key={channel.network} padding="lg" data-testid="plan-channel-form" data-network={channel.network}>
              <Stack gap="sm">
                <Title order={3} fz={16}>
                  {networkLabel(t, channel.network)}
                </Title>
                {at('network') && (
                  <Text size="sm" c="red">
                    {at('network')}
                  </Text>
                )}
                <NumberInput
                  label={t('planArea.wizard.channels.postsPerWeek')}
                  value={channel.postsPerWeek}
                  onChange={(value) => change(channel.network, { postsPerWeek: typeof value === 'number' ? value : Number.NaN })}
                  min={1}
                  max={POSTS_PER_WEEK_MAX}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="strict"
                  w={160}
                  error={at('postsPerWeek')}
                  data-testid={`plan-posts-${channel.network}`}
                />
                <Stack gap={6}>
                  <Group justify="space-between" gap="xs">
                    <Text size="sm" fw={500} id={daysLabelId}>
                      {t('planArea.wizard.channels.bestDays')}
                    </Text>
                    <Button variant="subtle" size="compact-xs" onClick={() => change(channel.network, { bestDays: SUN_TO_THU })}>
                      {t('planArea.wizard.channels.workWeek')}
                    </Button>
                  </Group>
                  <Chip.Group
                    multiple
                    value={channel.bestDays.map(String)}
                    onChange={(days) => change(channel.network, { bestDays: days.map(Number).sort((a, b) => a - b) })}
                  >
                    <Group gap={6} role="group" aria-labelledby={daysLabelId}>
                      {WEEK_DAYS.map((day) => (
                        <Chip key={day} value={String(day)} size="xs" aria-label={dayLong(t, day)} data-testid={`plan-day-${channel.network}-${day}`}>
                          {dayShort(t, day)}
                        </Chip>
                      ))}
                    </Group>
                  </Chip.Group>
                  {at('bestDays') && (
                    <Text size="xs" c="red">
                      {at('bestDays')}
                    </Text>
                  )}
                </Stack>
                <MultiSelect
                  label={t('planArea.wizard.channels.bestHours')}
                  placeholder={channel.bestHours.length ? undefined : t('planArea.wizard.channels.bestHoursPlaceholder')}
                  data={HOURS}
                  value={channel.bestHours.map(String)}
                  onChange={(hours) => change(channel.network, { bestHours: hours.map(Number).sort((a, b) => a - b) })}
                  error={at('bestHours')}
                  searchable
                  comboboxProps={{ withinPortal: true }}
                  data-testid={`plan-hours-${channel.network}`}
                />
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
      {total > 0 && (
        <Text size="sm" c="dimmed" data-testid="plan-posts-total">
          {counted(t, 'planArea.wizard.channels.total', total, i18n.language)}
        </Text>
      )}
    </Stack>
  );
}
