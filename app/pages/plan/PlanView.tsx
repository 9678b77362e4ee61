// A plan, presented: key messages, persona cards, channels with their cadence and best times, KPI
// targets and the time budget as a bar. Used by the plan page, old versions and the wizard's review.
import { Badge, Box, Button, Card, Grid, Group, List, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { KPI_CATALOGUE } from '../../../core/plan/kpis.ts';
import { memberHoursTotal, WEEK_DAYS, weeklyPostsTotal, type PlanContent } from '../../../core/plan/plan.ts';
import { IconClock, IconMessages, IconTarget, IconUsers } from '../../components/icons.tsx';
import { counted, dayLong, dayShort, formatNumber, hourLabel, kpiHint, kpiName, kpiTarget, networkLabel } from './labels.ts';
import type { StepKey } from './steps.ts';

interface PlanViewProps {
  content: PlanContent;
  /** Names of the members the time budget mentions. */
  people: readonly { id: string; name: string }[];
  /** Where each section's "edit" goes; no edit controls when absent. */
  editHref?: (step: StepKey) => string;
}

export function PlanView({ content, people, editHref }: PlanViewProps) {
  return (
    <Stack gap="lg" data-testid="plan-view">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <KeyMessages content={content} editHref={editHref} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <TimeBudget content={content} people={people} editHref={editHref} />
        </Grid.Col>
      </Grid>
      <Personas content={content} editHref={editHref} />
      <Channels content={content} editHref={editHref} />
      <Kpis content={content} editHref={editHref} />
    </Stack>
  );
}

interface SectionProps {
  step: StepKey;
  title: string;
  icon?: ReactNode;
  editHref: PlanViewProps['editHref'];
  children: ReactNode;
}

function Section({ step, title, icon, editHref, children }: SectionProps) {
  const { t } = useTranslation();
  const headingId = `plan-section-${step}`;
  return (
    <Paper withBorder p="lg" h="100%" component="section" aria-labelledby={headingId} data-testid={`plan-section-${step}`}>
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          {icon}
          <Title order={2} fz={18} id={headingId}>
            {title}
          </Title>
        </Group>
        {editHref && (
          <Button
            component={Link}
            to={editHref(step)}
            variant="subtle"
            size="xs"
            aria-label={t('planArea.editSection', { section: title })}
            data-testid={`plan-edit-${step}`}
          >
            {t('common.edit')}
          </Button>
        )}
      </Group>
      {children}
    </Paper>
  );
}

type Part = { content: PlanContent; editHref: PlanViewProps['editHref'] };

function KeyMessages({ content, editHref }: Part) {
  const { t } = useTranslation();
  return (
    <Section step="messages" title={t('planArea.sections.messages')} icon={<IconMessages size={20} />} editHref={editHref}>
      <List type="ordered" spacing="sm" data-testid="plan-messages">
        {content.keyMessages.map((message, index) => (
          <List.Item key={index}>
            <Text size="lg" fw={500} dir="auto" span>
              {message}
            </Text>
          </List.Item>
        ))}
      </List>
    </Section>
  );
}

const MEMBER_COLORS = ['petrol.7', 'grape.6', 'orange.6', 'blue.6', 'lime.7', 'pink.6', 'cyan.7', 'yellow.7'];

function TimeBudget({ content, people, editHref }: Part & Pick<PlanViewProps, 'people'>) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { hoursPerWeek, members } = content.timeBudget;
  const assigned = memberHoursTotal(content.timeBudget);
  const open = Math.max(0, hoursPerWeek - assigned);
  const posts = weeklyPostsTotal(content);
  const nameOf = (userId: string) => people.find((p) => p.id === userId)?.name ?? t('planArea.time.formerMember');
  return (
    <Section step="time" title={t('planArea.sections.time')} icon={<IconClock size={20} />} editHref={editHref}>
      <Stack gap="sm">
        <Text fz={28} fw={700} lh={1.1} data-testid="plan-hours">
          {counted(t, 'planArea.time.hoursPerWeek', hoursPerWeek, locale)}
        </Text>
        {posts > 0 && (
          <Text size="sm" c="dimmed">
            {t('planArea.time.perPost', { minutes: formatNumber(Math.round((hoursPerWeek * 60) / posts), locale) })}
          </Text>
        )}
        {members.length > 0 ? (
          <>
            <Progress.Root size={22} radius="sm" aria-hidden="true">
              {members.map((member, index) => (
                <Progress.Section key={member.userId} value={(member.hours / hoursPerWeek) * 100} color={MEMBER_COLORS[index % MEMBER_COLORS.length]} />
              ))}
              {open > 0 && <Progress.Section value={(open / hoursPerWeek) * 100} color="gray.3" />}
            </Progress.Root>
            <List spacing={4} size="sm" listStyleType="none" data-testid="plan-budget-members">
              {members.map((member, index) => (
                <List.Item key={member.userId}>
                  <Group gap="xs" wrap="nowrap">
                    <Box w={12} h={12} bg={MEMBER_COLORS[index % MEMBER_COLORS.length]} style={{ borderRadius: 3, flexShrink: 0 }} />
                    <Text size="sm" span>
                      <bdi>{nameOf(member.userId)}</bdi>
                    </Text>
                    <Text size="sm" c="dimmed" span>
                      {counted(t, 'planArea.time.hours', member.hours, locale)}
                    </Text>
                  </Group>
                </List.Item>
              ))}
              {open > 0 && (
                <List.Item>
                  <Group gap="xs" wrap="nowrap">
                    <Box w={12} h={12} bg="gray.3" style={{ borderRadius: 3, flexShrink: 0 }} />
                    <Text size="sm" c="dimmed" span>
                      {t('planArea.time.open', { hours: counted(t, 'planArea.time.hours', open, locale) })}
                    </Text>
                  </Group>
                </List.Item>
              )}
            </List>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('planArea.time.shared')}
          </Text>
        )}
      </Stack>
    </Section>
  );
}

function Personas({ content, editHref }: Part) {
  const { t } = useTranslation();
  return (
    <Section step="personas" title={t('planArea.sections.personas')} icon={<IconUsers size={20} />} editHref={editHref}>
      {content.personas.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('planArea.personas.none')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {content.personas.map((persona, index) => (
            <Card key={index} padding="md" bg="var(--mantine-color-gray-0)" data-testid="plan-persona">
              <Stack gap={8}>
                <Title order={3} fz={16}>
                  <bdi>{persona.name}</bdi>
                </Title>
                {persona.who && <Detail label={t('planArea.personas.who')} text={persona.who} />}
                {(persona.networks.length > 0 || persona.places) && (
                  <Stack gap={4}>
                    <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                      {t('planArea.personas.where')}
                    </Text>
                    {persona.networks.length > 0 && (
                      <Group gap={4}>
                        {persona.networks.map((network) => (
                          <Badge key={network} variant="light" size="sm">
                            {networkLabel(t, network)}
                          </Badge>
                        ))}
                      </Group>
                    )}
                    {persona.places && (
                      <Text size="sm" dir="auto">
                        {persona.places}
                      </Text>
                    )}
                  </Stack>
                )}
                {persona.cares && <Detail label={t('planArea.personas.cares')} text={persona.cares} />}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Section>
  );
}

function Detail({ label, text }: { label: string; text: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text size="sm" dir="auto">
        {text}
      </Text>
    </Stack>
  );
}

function Channels({ content, editHref }: Part) {
  const { t, i18n } = useTranslation();
  return (
    <Section step="channels" title={t('planArea.sections.channels')} icon={<IconTarget size={20} />} editHref={editHref}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {content.channels.map((channel) => (
          <Card key={channel.network} padding="md" data-testid="plan-channel" data-network={channel.network}>
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={700}>{networkLabel(t, channel.network)}</Text>
                <Badge variant="light" size="lg" data-testid="plan-channel-cadence">
                  {counted(t, 'planArea.channels.perWeek', channel.postsPerWeek, i18n.language)}
                </Badge>
              </Group>
              <Stack gap={4}>
                <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                  {t('planArea.channels.bestDays')}
                </Text>
                <WeekStrip days={channel.bestDays} />
              </Stack>
              <Stack gap={4}>
                <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                  {t('planArea.channels.bestHours')}
                </Text>
                {channel.bestHours.length ? (
                  <Group gap={4}>
                    {[...channel.bestHours].sort((a, b) => a - b).map((hour) => (
                      <Badge key={hour} variant="outline" color="gray" size="sm" radius="sm" dir="ltr">
                        {hourLabel(hour)}
                      </Badge>
                    ))}
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('planArea.channels.anyTime')}
                  </Text>
                )}
              </Stack>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Section>
  );
}

/** The week from Sunday, the chosen days filled in; reads as a list for screen readers. */
function WeekStrip({ days }: { days: readonly number[] }) {
  const { t } = useTranslation();
  if (days.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('planArea.channels.anyDay')}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="nowrap" role="list">
      {WEEK_DAYS.map((day) => {
        const chosen = days.includes(day);
        return (
          <Box
            key={day}
            role="listitem"
            aria-label={chosen ? dayLong(t, day) : undefined}
            aria-hidden={chosen ? undefined : true}
            w={30}
            h={26}
            bg={chosen ? 'petrol.7' : 'gray.1'}
            c={chosen ? 'white' : 'gray.6'}
            fz="xs"
            fw={600}
            style={{ borderRadius: 4, display: 'grid', placeItems: 'center' }}
          >
            {dayShort(t, day)}
          </Box>
        );
      })}
    </Group>
  );
}

function Kpis({ content, editHref }: Part) {
  const { t, i18n } = useTranslation();
  return (
    <Section step="kpis" title={t('planArea.sections.kpis')} icon={<IconTarget size={20} />} editHref={editHref}>
      {content.kpis.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('planArea.kpis.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table data-testid="plan-kpis" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('planArea.kpis.kpi')}</Table.Th>
                <Table.Th>{t('planArea.kpis.target')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {content.kpis.map((kpi) => (
                <Table.Tr key={kpi.metric} data-testid="plan-kpi" data-metric={kpi.metric}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {kpiName(t, kpi.metric)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {kpiHint(t, kpi.metric)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600} data-testid="plan-kpi-target">
                        {kpiTarget(t, kpi.metric, kpi.target, kpi.period, i18n.language)}
                      </Text>
                      {KPI_CATALOGUE[kpi.metric].direction === 'lower' && (
                        <Badge size="xs" variant="light" color="gray">
                          {t('planArea.kpis.lowerBetter')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
