// Settings → Approval flow: the ordered steps a submitted post of the brand passes before it is
// scheduled. Managers edit it and save it in one request; everyone else on the brand reads it.
import { Alert, Badge, Button, Grid, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canSeeBrand } from '../../../../core/permissions.ts';
import type { ApprovalStep } from '../../../../core/publish/contracts.ts';
import { useMembersPage } from '../../../api/hooks.ts';
import type { Brand, Member } from '../../../api/types.ts';
import { BrandPicker } from '../../../components/BrandPicker.tsx';
import { EmptyBlock } from '../../../components/EmptyBlock.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { IconAlert, IconClock, IconList, IconPlus, IconShield } from '../../../components/icons.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Saved } from '../../../components/Saved.tsx';
import { LoadFailed, PageLoader } from '../../../components/states.tsx';
import { useSelectedBrand, type SelectedBrand } from '../../../components/useSelectedBrand.ts';
import { useWorkspaceContext } from '../../../components/workspaceContext.ts';
import { formatDateTime, formatList } from '../../../i18n/format.ts';
import { isolate } from '../../../i18n/isolate.ts';
import { NoBrandsHere } from '../channels/NoBrandsHere.tsx';
import { useApprovalFlow, useSaveApprovalFlow, type ApprovalFlow } from './api.ts';
import {
  MAX_STEPS,
  draftOf,
  draftProblems,
  flowBody,
  isDirty,
  moveStep,
  newStep,
  presetFlow,
  removeStep,
  serverStepErrors,
  updateStep,
  type DraftStep,
  type PresetKind,
  type StepErrors,
} from './flow.ts';
import { StepEditor, type PersonOption } from './StepEditor.tsx';

export default function ApprovalFlowPage() {
  const { t } = useTranslation();
  const selection = useSelectedBrand('post.view');
  if (selection.isLoading) return <PageLoader />;
  if (selection.error) return <LoadFailed error={selection.error} />;
  if (!selection.brand) return <NoBrandsHere title={t('channelsArea.approvals.title')} />;
  return <BrandFlow key={selection.brand.id} selection={selection} brand={selection.brand} />;
}

/** Every member of the workspace (all pages), for naming approvers; none for roles that may not list members. */
function useAllMembers(): Member[] {
  const { workspaceId, can } = useWorkspaceContext();
  const members = useMembersPage(workspaceId, can('member.view'));
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = members;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return members.items;
}

function BrandFlow({ selection, brand }: { selection: SelectedBrand; brand: Brand }) {
  const { t, i18n } = useTranslation();
  const { canOnBrand } = useWorkspaceContext();
  const canEdit = canOnBrand('policy.edit', brand.id);
  const flow = useApprovalFlow(brand.id);
  const members = useAllMembers();

  let main;
  if (flow.isPending) main = <PageLoader />;
  else if (flow.error) main = <LoadFailed error={flow.error} onRetry={() => void flow.refetch()} />;
  else main = canEdit ? <FlowEditor brand={brand} flow={flow.data} members={members} /> : <FlowView flow={flow.data} members={members} />;

  const updated = flow.data?.updatedAt
    ? flow.data.updatedBy
      ? t('channelsArea.approvals.updated', { name: isolate(flow.data.updatedBy.name), date: formatDateTime(flow.data.updatedAt, i18n.language, brand.timeZone) })
      : t('channelsArea.approvals.updatedNoName', { date: formatDateTime(flow.data.updatedAt, i18n.language, brand.timeZone) })
    : null;

  return (
    <Stack>
      <PageHeader order={2} title={t('channelsArea.approvals.title')} description={t('channelsArea.approvals.description')} actions={<BrandPicker selection={selection} />} />
      {!canEdit && (
        <Group gap={6} c="dimmed" wrap="nowrap" data-testid="approvals-managers-only">
          <IconShield size={16} />
          <Text size="sm">{t('channelsArea.approvals.managersOnly')}</Text>
        </Group>
      )}
      {updated && (
        <Group gap={6} c="dimmed" wrap="nowrap" data-testid="approvals-updated">
          <IconClock size={16} />
          <Text size="sm">{updated}</Text>
        </Group>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>{main}</Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <WorthKnowing />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function WorthKnowing() {
  const { t } = useTranslation();
  const items = ['finding', 'block', 'author', 'edit', 'submitted', 'late'] as const;
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0" data-testid="approvals-aside">
      <Title order={3} fz="md" mb="sm">
        {t('channelsArea.approvals.aside.title')}
      </Title>
      <List size="sm" spacing="xs">
        {items.map((item) => (
          <List.Item key={item}>{t(`channelsArea.approvals.aside.${item}`)}</List.Item>
        ))}
      </List>
    </Paper>
  );
}

/** People who may be listed in a step: members who work on the brand; anyone already listed stays shown. */
function usePeopleOptions(brand: Brand, members: Member[], steps: readonly ApprovalStep[]): PersonOption[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const options: PersonOption[] = members
      .filter((m) => canSeeBrand(m, brand.id))
      .map((m) => ({ value: m.userId, label: `${isolate(m.name)} · ${t(`roles.${m.role}`)}` }));
    const known = new Set(options.map((o) => o.value));
    for (const userId of new Set(steps.flatMap((s) => s.userIds))) {
      if (known.has(userId)) continue;
      const member = members.find((m) => m.userId === userId);
      options.push({ value: userId, label: member ? t('channelsArea.approvals.notOnBrand', { name: isolate(member.name) }) : t('channelsArea.approvals.unknownPerson') });
      known.add(userId);
    }
    return options;
  }, [brand.id, members, steps, t]);
}

function FlowEditor({ brand, flow, members }: { brand: Brand; flow: ApprovalFlow; members: Member[] }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<DraftStep[]>(() => draftOf(flow.steps));
  const [showProblems, setShowProblems] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = useSaveApprovalFlow(brand.id);
  const people = usePeopleOptions(brand, members, draft);
  const dirty = isDirty(draft, flow.steps);
  const local = draftProblems(draft);
  const server = serverStepErrors(save.error);
  const moved = useRef<{ key: string; move: 'up' | 'down' } | null>(null);

  // A moved step's button keeps the keyboard focus, so moving a step several places is several presses.
  useEffect(() => {
    const target = moved.current;
    if (!target) return;
    moved.current = null;
    const row = document.querySelector(`[data-step-key="${target.key}"]`);
    const button = row?.querySelector<HTMLButtonElement>(`[data-move="${target.move}"]:not(:disabled)`) ?? row?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)');
    button?.focus();
  }, [draft]);

  const change = (next: DraftStep[]) => {
    setDraft(next);
    setSaved(false);
    // The server's per-step errors point at indexes; once the steps change they no longer line up.
    if (save.error) save.reset();
  };

  const errorsOf = (index: number): StepErrors => {
    const fromServer = server.steps.get(index) ?? {};
    const problems = showProblems ? (local.get(index) ?? []) : [];
    return {
      name: problems.includes('name') ? t('channelsArea.approvals.problems.name') : fromServer.name,
      approvers: problems.includes('approvers') ? t('channelsArea.approvals.problems.approvers') : fromServer.approvers,
    };
  };

  const submit = () => {
    if (local.size > 0) {
      setShowProblems(true);
      return;
    }
    setShowProblems(false);
    save.mutate(flowBody(draft), {
      onSuccess: (answer) => {
        setDraft(draftOf(answer.steps));
        setSaved(true);
      },
    });
  };

  const presetNames = {
    manager: t('channelsArea.approvals.presets.managerStep'),
    client: t('channelsArea.approvals.presets.clientStep'),
    editor: t('channelsArea.approvals.presets.editorStep'),
  };
  const onBrand = members.filter((m) => canSeeBrand(m, brand.id));
  const presets: PresetKind[] = [
    'manager',
    ...(onBrand.some((m) => m.role === 'editor') ? (['editor'] as const) : []),
    ...(onBrand.some((m) => m.role === 'client_reviewer') ? (['client'] as const) : []),
  ];

  const actions = (
    <Group gap="sm" wrap="wrap">
      <Button onClick={submit} loading={save.isPending} disabled={!dirty} data-testid="approval-save">
        {t('channelsArea.approvals.save')}
      </Button>
      {dirty && (
        <Button
          variant="default"
          onClick={() => {
            change(draftOf(flow.steps));
            setShowProblems(false);
          }}
          data-testid="approval-discard"
        >
          {t('channelsArea.approvals.discard')}
        </Button>
      )}
      {dirty ? (
        <Text size="sm" c="dimmed" role="status">
          {t('channelsArea.approvals.unsaved')}
        </Text>
      ) : (
        saved && <Saved text={t('channelsArea.approvals.saved')} />
      )}
    </Group>
  );

  if (draft.length === 0) {
    return (
      <Stack>
        <EmptyBlock title={t('channelsArea.approvals.empty.title')} description={t('channelsArea.approvals.empty.text')} icon={<IconList size={28} />} testId="approvals-empty">
          <Stack align="center" gap="sm">
            <Button leftSection={<IconPlus size={16} />} onClick={() => change([newStep()])} data-testid="approval-add-first">
              {t('channelsArea.approvals.empty.addFirst')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('channelsArea.approvals.empty.presets')}
            </Text>
            <Group justify="center" gap="xs">
              {presets.map((kind) => (
                <Button key={kind} variant="light" size="xs" onClick={() => change(presetFlow(kind, presetNames))} data-testid={`approval-preset-${kind}`}>
                  {t(`channelsArea.approvals.presets.${kind}`)}
                </Button>
              ))}
            </Group>
          </Stack>
        </EmptyBlock>
        {/* Emptying a saved flow is a change too: it is saved like any other. */}
        {dirty && actions}
        <ErrorAlert error={save.error} />
      </Stack>
    );
  }

  return (
    <Stack>
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="approval-steps">
        {draft.map((step, index) => (
          <StepEditor
            key={step.key}
            step={step}
            index={index}
            count={draft.length}
            errors={errorsOf(index)}
            people={people}
            onChange={(patch) => change(updateStep(draft, index, patch))}
            onMove={(by) => {
              moved.current = { key: step.key, move: by < 0 ? 'up' : 'down' };
              change(moveStep(draft, index, by));
            }}
            onRemove={() => change(removeStep(draft, index))}
          />
        ))}
      </Stack>
      {draft.length < MAX_STEPS ? (
        <Button variant="default" leftSection={<IconPlus size={16} />} w="fit-content" onClick={() => change([...draft, newStep()])} data-testid="approval-step-add">
          {t('channelsArea.approvals.add')}
        </Button>
      ) : (
        <Text size="sm" c="dimmed">
          {t('channelsArea.approvals.maxSteps', { max: MAX_STEPS })}
        </Text>
      )}
      {server.other.length > 0 && (
        <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
          <List size="sm">
            {server.other.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {save.error !== null && server.steps.size === 0 && server.other.length === 0 && <ErrorAlert error={save.error} />}
      {actions}
    </Stack>
  );
}

function FlowView({ flow, members }: { flow: ApprovalFlow; members: Member[] }) {
  const { t, i18n } = useTranslation();
  if (flow.steps.length === 0) {
    return <EmptyBlock title={t('channelsArea.approvals.empty.title')} description={t('channelsArea.approvals.empty.textReadOnly')} icon={<IconList size={28} />} testId="approvals-empty" />;
  }
  const nameOf = (userId: string) => members.find((m) => m.userId === userId)?.name ?? t('channelsArea.approvals.unknownPerson');
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="approval-steps">
      {flow.steps.map((step, index) => {
        const who = [...step.roles.map((role) => t(`roles.${role}`)), ...step.userIds.map((id) => isolate(nameOf(id)))];
        return (
          <Paper key={index} component="li" withBorder radius="md" p="md" data-testid={`approval-step-${index + 1}`}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Badge variant="light" size="lg" circle>
                {index + 1}
              </Badge>
              <Stack gap={2}>
                <Text fw={600}>
                  <bdi>{step.name}</bdi>
                </Text>
                <Text size="sm">
                  <Text span c="dimmed" size="sm">
                    {step.mode === 'all' ? t('channelsArea.approvals.allOf') : t('channelsArea.approvals.anyOf')}
                  </Text>{' '}
                  {formatList(who, i18n.language)}
                </Text>
              </Stack>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
