// Step 5: how much time do you have? Three hours a week unless you say otherwise; splitting them
// between people is optional.
import { Card, Group, NumberInput, Progress, Stack, Switch, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HOURS_PER_WEEK_MAX, memberHoursTotal, weeklyPostsTotal } from '../../../../core/plan/plan.ts';
import { formatNumber } from '../labels.ts';
import type { StepProps } from '../steps.ts';

export interface BudgetPerson {
  userId: string;
  name: string;
  email: string;
}

interface TimeStepProps extends StepProps {
  /** Members who can see the brand, and so can be given hours. */
  people: readonly BudgetPerson[];
  split: boolean;
  onSplitChange: (split: boolean) => void;
}

export function TimeStep({ draft, update, errors, people, split, onSplitChange }: TimeStepProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { hoursPerWeek, members } = draft.timeBudget;
  const assigned = memberHoursTotal(draft.timeBudget);
  const posts = weeklyPostsTotal(draft);
  const validTotal = Number.isFinite(hoursPerWeek) && hoursPerWeek > 0;
  const setHours = (userId: string, hours: number | null) =>
    update((d) => {
      const others = d.timeBudget.members.filter((m) => m.userId !== userId);
      // Order follows the team list, so the chart's colours stay put while typing.
      const next = hours && hours > 0 ? [...others, { userId, hours }] : others;
      const rank = (id: string) => people.findIndex((p) => p.userId === id);
      return { ...d, timeBudget: { ...d.timeBudget, members: next.sort((a, b) => rank(a.userId) - rank(b.userId)) } };
    });
  // People already in the plan who no longer work on the brand stay listed, so they can be removed.
  const rows: BudgetPerson[] = [
    ...people,
    ...members.filter((m) => !people.some((p) => p.userId === m.userId)).map((m) => ({ userId: m.userId, name: t('planArea.time.formerMember'), email: '' })),
  ];

  return (
    <Stack gap="lg">
      <Group align="flex-end" gap="lg">
        <NumberInput
          label={t('planArea.wizard.time.hours')}
          value={Number.isFinite(hoursPerWeek) ? hoursPerWeek : ''}
          onChange={(value) => update((d) => ({ ...d, timeBudget: { ...d.timeBudget, hoursPerWeek: typeof value === 'number' ? value : Number.NaN } }))}
          min={0.5}
          max={HOURS_PER_WEEK_MAX}
          step={0.5}
          decimalScale={1}
          allowNegative={false}
          w={180}
          error={errors['timeBudget.hoursPerWeek']}
          data-autofocus
          data-testid="plan-hours-per-week"
        />
        {validTotal && posts > 0 && (
          <Text size="sm" c="dimmed" pb={8}>
            {t('planArea.time.perPost', { minutes: formatNumber(Math.round((hoursPerWeek * 60) / posts), locale) })}
          </Text>
        )}
      </Group>

      <Switch
        label={t('planArea.wizard.time.split')}
        description={t('planArea.wizard.time.splitHelp')}
        checked={split}
        onChange={(e) => {
          onSplitChange(e.currentTarget.checked);
          if (!e.currentTarget.checked) update((d) => ({ ...d, timeBudget: { ...d.timeBudget, members: [] } }));
        }}
        data-testid="plan-split"
      />

      {split && (
        <Card padding="md">
          <Stack gap="sm">
            {validTotal && (
              <Stack gap={4}>
                <Progress
                  value={Math.min(100, (assigned / hoursPerWeek) * 100)}
                  color={assigned > hoursPerWeek ? 'red' : 'petrol.7'}
                  size="lg"
                  aria-label={t('planArea.wizard.time.assigned', { assigned: formatNumber(assigned, locale), total: formatNumber(hoursPerWeek, locale) })}
                />
                <Text size="sm" c={assigned > hoursPerWeek ? 'red' : 'dimmed'} data-testid="plan-assigned">
                  {t('planArea.wizard.time.assigned', { assigned: formatNumber(assigned, locale), total: formatNumber(hoursPerWeek, locale) })}
                </Text>
              </Stack>
            )}
            {errors['timeBudget.members'] && (
              <Text size="sm" c="red" role="alert">
                {errors['timeBudget.members']}
              </Text>
            )}
            <Table verticalSpacing="xs" data-testid="plan-budget-table">
              <Table.Tbody>
                {rows.map((person) => {
                  const index = members.findIndex((m) => m.userId === person.userId);
                  const hours = index >= 0 ? members[index]!.hours : null;
                  const error = index >= 0 ? (errors[`timeBudget.members.${index}.userId`] ?? errors[`timeBudget.members.${index}.hours`]) : undefined;
                  return (
                    <Table.Tr key={person.userId}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          <bdi>{person.name}</bdi>
                        </Text>
                        {person.email && (
                          <Text size="xs" c="dimmed">
                            <bdi>{person.email}</bdi>
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td w={170}>
                        <NumberInput
                          aria-label={t('planArea.wizard.time.hoursOf', { name: person.name })}
                          placeholder="0"
                          value={hours ?? ''}
                          onChange={(value) => setHours(person.userId, typeof value === 'number' ? value : null)}
                          min={0}
                          max={HOURS_PER_WEEK_MAX}
                          step={0.5}
                          decimalScale={1}
                          allowNegative={false}
                          rightSection={<Text size="xs" c="dimmed">{t('planArea.unitSuffix.hours')}</Text>}
                          rightSectionPointerEvents="none"
                          error={error}
                          data-testid="plan-member-hours"
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Stack>
        </Card>
      )}
      {!split && (
        <Text size="sm" c="dimmed">
          {t('planArea.wizard.time.notSplit')}
        </Text>
      )}
    </Stack>
  );
}
