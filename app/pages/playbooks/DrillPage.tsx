// Drill mode: the checklist large enough to run from a shared screen, a stopwatch overall and for the
// step at hand, "done" per step; when finished, how long each step took against the tier's target.
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Progress, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Brand } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { IconCheck } from '../../components/icons.tsx';
import { LoadFailed, PageLoader } from '../../components/states.tsx';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { isolate } from '../../i18n/isolate.ts';
import { useDrill, useFinishDrill, useMarkStep, usePlaybook, type Drill, type Playbook } from './api.ts';
import { DrillResult } from './DrillsPage.tsx';
import { counted, formatClock, formatMinutes, roleByKey, textDir, tierLabel } from './labels.ts';
import { usePlaybookPaths } from './paths.ts';

/** The current time, ticking every second while `running`. */
function useNow(running: boolean) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  return now;
}

export function DrillPage({ brand }: { brand: Brand }) {
  const { t, i18n } = useTranslation();
  const { playbookId = '', drillId = '' } = useParams();
  const paths = usePlaybookPaths(brand.id);
  const drill = useDrill(brand.id, playbookId, drillId);
  // The version the drill ran: its roles name the steps' owners even after the playbook changed.
  const version = usePlaybook(brand.id, playbookId, drill.data?.version, drill.data !== undefined);
  const frame = useRef<HTMLDivElement>(null);
  const [fullScreen, setFullScreen] = useState(false);

  useEffect(() => {
    const onChange = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  if (drill.isPending || (drill.data && version.isPending)) return <PageLoader />;
  if (drill.error) return <LoadFailed error={drill.error} onRetry={() => void drill.refetch()} />;
  if (version.error) return <LoadFailed error={version.error} onRetry={() => void version.refetch()} />;
  const current = drill.data;
  const playbook = version.data!;
  const toggleFullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void frame.current?.requestFullscreen?.();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Anchor component={Link} to={paths.drills(playbookId)} size="sm">
          {t('playbooksArea.drill.backToDrills')}
        </Anchor>
        {!current.finishedAt && document.fullscreenEnabled && (
          <Button size="xs" variant="default" onClick={toggleFullScreen}>
            {fullScreen ? t('playbooksArea.drill.exitFullScreen') : t('playbooksArea.drill.fullScreen')}
          </Button>
        )}
      </Group>
      <Paper ref={frame} withBorder radius="md" p={{ base: 'md', sm: 'xl' }} style={{ overflow: 'auto' }} data-testid="drill">
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={1} fz={28}>
              {t('playbooksArea.drill.title', { name: isolate(playbook.content.name) })}
            </Title>
            <Text c="dimmed" size="sm">
              {t('playbooksArea.drill.startedBy', {
                name: isolate(current.startedBy?.name ?? t('playbooksArea.view.formerMember')),
                date: formatDateTime(current.startedAt, i18n.language, brand.timeZone),
                version: current.version,
              })}
            </Text>
          </Stack>
          {current.finishedAt ? <DrillSummary drill={current} playbook={playbook} /> : <RunningDrill brand={brand} drill={current} playbook={playbook} />}
        </Stack>
      </Paper>
    </Stack>
  );
}

function ownerOf(t: ReturnType<typeof useTranslation>['t'], playbook: Playbook, roleKey: string) {
  const role = playbook.content.roles.find((r) => r.key === roleKey);
  const person = role?.userId ? playbook.people.find((p) => p.id === role.userId)?.name : undefined;
  const name = roleByKey(t, playbook.content, roleKey);
  return person ? `${name} · ${person}` : name;
}

function RunningDrill({ brand, drill, playbook }: { brand: Brand; drill: Drill; playbook: Playbook }) {
  const { t, i18n } = useTranslation();
  const { canOnBrand } = useWorkspaceContext();
  const canRun = canOnBrand('policy.edit', brand.id);
  const now = useNow(true);
  const mark = useMarkStep(brand.id, drill.playbookId, drill.id);
  const finish = useFinishDrill(brand.id, drill.playbookId, drill.id);
  const [note, setNote] = useState('');
  const [finishing, setFinishing] = useState(false);
  const [notes, setNotes] = useState('');

  const started = Date.parse(drill.startedAt);
  const elapsed = (now - started) / 1000;
  const target = drill.tier.responseMinutes * 60;
  const lastDone = Math.max(started, ...drill.steps.flatMap((s) => (s.doneAt ? [Date.parse(s.doneAt)] : [])));
  const nextIndex = drill.steps.findIndex((s) => !s.doneAt);
  const remaining = drill.steps.length - drill.doneCount;

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
          <Stack gap={0}>
            <Text size="sm" c="dimmed">
              {t('playbooksArea.drill.elapsed')}
            </Text>
            <Text fz={56} fw={700} lh={1.1} dir="ltr" ff="monospace" data-testid="drill-elapsed" aria-live="off">
              {formatClock(elapsed)}
            </Text>
          </Stack>
          <Stack gap={4} align="flex-end" style={{ flex: '1 1 260px' }} maw={420}>
            <Text size="sm">{t('playbooksArea.drill.target', { duration: formatMinutes(t, drill.tier.responseMinutes), tier: tierLabel(t, drill.tier) })}</Text>
            <Progress
              w="100%"
              size="lg"
              value={Math.min(100, (elapsed / target) * 100)}
              color={elapsed > target ? 'red' : elapsed > target * 0.75 ? 'orange' : 'teal'}
              aria-label={t('playbooksArea.drill.elapsed')}
            />
            <Text size="sm" c={elapsed > target ? 'red' : 'dimmed'}>
              {elapsed > target
                ? t('playbooksArea.drill.overBy', { time: formatClock(elapsed - target) })
                : t('playbooksArea.drill.remaining', { time: formatClock(target - elapsed) })}
            </Text>
          </Stack>
        </Group>
      </Paper>

      <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }} data-testid="drill-steps">
        {drill.steps.map((step, i) => {
          const isNext = i === nextIndex;
          const done = step.doneAt !== null;
          return (
            <Paper
              key={i}
              component="li"
              withBorder
              radius="md"
              p="md"
              data-testid="drill-step"
              data-done={done}
              style={isNext ? { borderColor: 'var(--mantine-color-blue-5)', borderWidth: 2 } : undefined}
            >
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                <Group align="flex-start" gap="sm" wrap="nowrap" style={{ flex: '1 1 320px' }}>
                  <Text fw={700} fz="xl" w={32} ta="center" c={done ? 'teal' : undefined} aria-hidden>
                    {done ? <IconCheck size={24} /> : i + 1}
                  </Text>
                  <Stack gap={2}>
                    <Text fw={600} fz="lg" td={done ? 'line-through' : undefined} c={done ? 'dimmed' : undefined}>
                      <bdi>{step.title}</bdi>
                    </Text>
                    <Text size="sm" c="dimmed">
                      <bdi>{ownerOf(t, playbook, step.role)}</bdi>
                    </Text>
                    {done && (
                      <Text size="sm">
                        {t('playbooksArea.drill.doneBy', {
                          name: isolate(step.doneBy?.name ?? t('playbooksArea.view.formerMember')),
                          elapsed: formatClock(step.elapsedSeconds ?? 0),
                        })}{' '}
                        · {t('playbooksArea.drill.took')} <span dir="ltr">{formatClock(step.seconds ?? 0)}</span>
                      </Text>
                    )}
                    {done && step.note && (
                      <Text size="sm" c="dimmed" dir="auto">
                        {step.note}
                      </Text>
                    )}
                  </Stack>
                </Group>
                {!done && (
                  <Group gap="sm" align="center">
                    {isNext ? (
                      <Badge size="lg" color="blue" variant="light" tt="none">
                        {t('playbooksArea.drill.next')} · <span dir="ltr">{formatClock((now - lastDone) / 1000)}</span>
                      </Badge>
                    ) : (
                      <Badge size="lg" color="gray" variant="light" tt="none">
                        {t('playbooksArea.drill.waiting')}
                      </Badge>
                    )}
                    {canRun && (
                      <Button
                        size="md"
                        leftSection={<IconCheck size={18} />}
                        loading={mark.isPending && mark.variables?.index === i}
                        disabled={mark.isPending}
                        aria-label={t('playbooksArea.drill.markDoneLabel', { n: i + 1 })}
                        onClick={() => mark.mutate({ index: i, note: isNext ? note : '' }, { onSuccess: () => isNext && setNote('') })}
                        data-testid="drill-step-done"
                      >
                        {t('playbooksArea.drill.markDone')}
                      </Button>
                    )}
                  </Group>
                )}
              </Group>
              {isNext && canRun && (
                <TextInput
                  mt="sm"
                  ms={{ base: 0, sm: 44 }}
                  label={t('playbooksArea.drill.addNote')}
                  placeholder={t('playbooksArea.drill.notePlaceholder')}
                  value={note}
                  onChange={(e) => setNote(e.currentTarget.value)}
                  // Enter marks the step done, so a drill can be run from the keyboard alone.
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && !mark.isPending) mark.mutate({ index: i, note }, { onSuccess: () => setNote('') });
                  }}
                  maxLength={1000}
                  dir="auto"
                  data-testid="drill-step-note"
                />
              )}
            </Paper>
          );
        })}
      </Stack>
      <ErrorAlert error={mark.error} />
      {canRun && (
        <Group>
          <Button size="md" color={remaining === 0 ? 'teal' : 'gray'} variant={remaining === 0 ? 'filled' : 'default'} onClick={() => setFinishing(true)} data-testid="drill-finish">
            {t('playbooksArea.drill.finish')}
          </Button>
        </Group>
      )}
      <Modal opened={finishing} onClose={() => setFinishing(false)} title={t('playbooksArea.drill.finishTitle')} centered>
        <Stack>
          {remaining > 0 && <Text size="sm">{counted(t, 'playbooksArea.drill.finishText', remaining)}</Text>}
          <Textarea
            label={t('playbooksArea.drill.notes')}
            placeholder={t('playbooksArea.drill.notesPlaceholder')}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={5000}
            dir={textDir(notes, i18n.dir())}
            data-autofocus
            data-testid="drill-notes"
          />
          <ErrorAlert error={finish.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setFinishing(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={finish.isPending}
              onClick={() => finish.mutate(notes, { onSuccess: () => setFinishing(false) })}
              data-testid="drill-finish-confirm"
            >
              {t('playbooksArea.drill.finish')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function DrillSummary({ drill, playbook }: { drill: Drill; playbook: Playbook }) {
  const { t } = useTranslation();
  const target = formatMinutes(t, drill.tier.responseMinutes);
  return (
    <Stack gap="md" data-testid="drill-summary">
      <Title order={2} fz="lg">
        {t('playbooksArea.drill.finishedTitle')}
      </Title>
      <Group gap="lg" align="flex-end">
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            {t('playbooksArea.drill.total')}
          </Text>
          <Text fz={44} fw={700} lh={1.1} dir="ltr" ff="monospace" data-testid="drill-total">
            {formatClock(drill.totalSeconds ?? 0)}
          </Text>
        </Stack>
        <Stack gap={4}>
          <Text size="sm">{t('playbooksArea.drill.target', { duration: target, tier: tierLabel(t, drill.tier) })}</Text>
          <DrillResult drill={drill} />
        </Stack>
      </Group>
      <Alert variant="light" color={drill.withinTarget ? 'teal' : 'orange'}>
        {drill.withinTarget ? t('playbooksArea.drill.withinTarget', { duration: target }) : t('playbooksArea.drill.overTarget', { duration: target })}
      </Alert>
      <DataTable
        testId="drill-summary-table"
        minWidth={760}
        columns={[
          { label: '#', w: 40 },
          t('playbooksArea.drill.step'),
          t('playbooksArea.drill.owner'),
          t('playbooksArea.drill.who'),
          t('playbooksArea.drill.took'),
          t('playbooksArea.drill.at'),
        ]}
      >
        {drill.steps.map((step, i) => (
          <Table.Tr key={i} data-testid="drill-summary-row">
            <Table.Td>{i + 1}</Table.Td>
            <Table.Td>
              <Text size="sm" fw={500}>
                <bdi>{step.title}</bdi>
              </Text>
              {step.note && (
                <Text size="xs" c="dimmed" dir="auto">
                  {step.note}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <bdi>{roleByKey(t, playbook.content, step.role)}</bdi>
            </Table.Td>
            <Table.Td>{step.doneBy ? <bdi>{step.doneBy.name}</bdi> : '—'}</Table.Td>
            <Table.Td>
              {step.seconds === null ? (
                <Badge color="gray" variant="light" tt="none">
                  {t('playbooksArea.drill.skipped')}
                </Badge>
              ) : (
                <span dir="ltr">{formatClock(step.seconds)}</span>
              )}
            </Table.Td>
            <Table.Td>
              {step.elapsedSeconds !== null && (
                <Group gap={6} wrap="nowrap">
                  <span dir="ltr">{formatClock(step.elapsedSeconds)}</span>
                  {step.late && (
                    <Badge color="red" variant="light" size="sm" tt="none">
                      {t('playbooksArea.drill.late')}
                    </Badge>
                  )}
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {drill.notes && (
        <Paper withBorder p="md" radius="md">
          <Text size="sm" fw={500}>
            {t('playbooksArea.drill.notes')}
          </Text>
          <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {drill.notes}
          </Text>
        </Paper>
      )}
    </Stack>
  );
}
