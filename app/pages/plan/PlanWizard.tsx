// The guided plan wizard: six short questions in plain words, each step checked with the same schema
// the server uses before moving on, then a review and one save that makes a new version.
import { Alert, Button, Group, Paper, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { planContentSchema, type PlanContent } from '../../../core/plan/plan.ts';
import { emptyPlanDraft, newKpi, suggestedKpis, type PlanDraft } from '../../../core/plan/wizard.ts';
import { canSeeBrand } from '../../../core/permissions.ts';
import { ApiError } from '../../api/client.ts';
import { useMembersPage } from '../../api/hooks.ts';
import type { Brand } from '../../api/types.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { IconAlert } from '../../components/icons.tsx';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { isolate } from '../../i18n/isolate.ts';
import { useSavePlan, type PlanVersion } from './api.ts';
import { PlanView } from './PlanView.tsx';
import { SECTION_OF_STEP, STEP_KEYS, stepOfPath, type StepKey } from './steps.ts';
import { errorsUnder, planIssues, serverIssues, type FieldErrors } from './validation.ts';
import { ChannelsStep } from './wizard/ChannelsStep.tsx';
import { KpisStep } from './wizard/KpisStep.tsx';
import { MessagesStep } from './wizard/MessagesStep.tsx';
import { PersonasStep } from './wizard/PersonasStep.tsx';
import { TimeStep, type BudgetPerson } from './wizard/TimeStep.tsx';

interface PlanWizardProps {
  brand: Brand;
  /** The plan being edited; null for the brand's first plan. */
  current: PlanVersion | null;
  initialStep: StepKey;
  onSaved: (version: number) => void;
  onCancel: () => void;
  /** Throw the draft away and start again from the newest saved version. */
  onReload: () => void;
}

/** Everyone who can see the brand, and so can be given hours on it (every page of the team). */
function useBrandPeople(workspaceId: string, brandId: string): BudgetPerson[] {
  const members = useMembersPage(workspaceId);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = members;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return useMemo(
    () =>
      members.items
        .filter((m) => canSeeBrand(m, brandId))
        .map((m) => ({ userId: m.userId, name: m.name, email: m.email })),
    [members.items, brandId],
  );
}

export function PlanWizard({ brand, current, initialStep, onSaved, onCancel, onReload }: PlanWizardProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspaceContext();
  const people = useBrandPeople(workspaceId, brand.id);
  const save = useSavePlan(brand.id);
  const editing = current !== null;

  const [draft, setDraft] = useState<PlanDraft>(() => (current ? structuredClone(current.content) : emptyPlanDraft()));
  const [active, setActive] = useState(STEP_KEYS.indexOf(initialStep));
  // Steps the user tried to leave: only their errors show, so a fresh step is not all red.
  const [checked, setChecked] = useState<ReadonlySet<StepKey>>(() => new Set());
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [split, setSplit] = useState(() => (current?.content.timeBudget.members.length ?? 0) > 0);
  const [kpisSuggested, setKpisSuggested] = useState(editing);
  const [changeNote, setChangeNote] = useState('');
  const [focusInvalid, setFocusInvalid] = useState(0);

  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef<number | null>(null);

  const step = STEP_KEYS[active]!;
  const errors = planIssues(draft, t);
  const section = SECTION_OF_STEP[step];
  const shown: FieldErrors = section
    ? { ...(checked.has(step) ? errorsUnder(errors, section) : {}), ...errorsUnder(serverErrors, section) }
    : {};

  useEffect(() => {
    // On arrival the first field takes the keyboard (typing starts right away); after a step
    // change the question does, so a screen reader reads it first.
    const arriving = shownStep.current === null || shownStep.current === active;
    shownStep.current = active;
    const field = arriving ? formRef.current?.querySelector<HTMLElement>('[data-autofocus]') : null;
    (field ?? headingRef.current)?.focus();
  }, [active]);

  useEffect(() => {
    if (focusInvalid) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusInvalid]);

  const update = (change: (d: PlanDraft) => PlanDraft) => {
    setDraft(change);
    if (Object.keys(serverErrors).length) setServerErrors({});
  };

  const stay = (at: StepKey) => {
    setChecked((prev) => new Set(prev).add(at));
    setActive(STEP_KEYS.indexOf(at));
    setFocusInvalid((n) => n + 1);
  };

  const goTo = (target: number) => {
    // Moving on checks every step passed on the way; going back is always allowed.
    for (let i = active; i < target; i++) {
      const key = STEP_KEYS[i]!;
      const part = SECTION_OF_STEP[key];
      if (part && Object.keys(errorsUnder(errors, part)).length) return stay(key);
    }
    if (target >= STEP_KEYS.indexOf('kpis') && !kpisSuggested) {
      setKpisSuggested(true);
      setDraft((d) => (d.kpis.length ? d : { ...d, kpis: suggestedKpis(d.channels.map((c) => c.network)).map((k) => newKpi(k, d)) }));
    }
    setActive(target);
  };

  const submit = (baseVersion: number | null) => {
    const first = Object.keys(errors)[0];
    if (first) return stay(stepOfPath(first));
    const content: PlanContent = planContentSchema.parse(draft);
    save.mutate(
      { content, changeNote: changeNote.trim(), baseVersion },
      {
        onSuccess: ({ plan }) => onSaved(plan.version),
        onError: (error) => {
          const found = serverIssues(error);
          const path = Object.keys(found)[0];
          if (!path) return;
          setServerErrors(found);
          setActive(STEP_KEYS.indexOf(stepOfPath(path)));
          setFocusInvalid((n) => n + 1);
        },
      },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (step === 'review') submit(current?.version ?? null);
    else goTo(active + 1);
  };

  const stale = save.error instanceof ApiError && save.error.code === 'stale_plan' ? save.error : null;
  const staleVersion = stale ? Number(stale.details['currentVersion']) : null;
  const review = step === 'review' ? planContentSchema.safeParse(draft) : null;
  const stepProps = { draft, update, errors: shown };

  return (
    <Stack gap="lg" data-testid="plan-wizard">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} maw={720}>
          <Title order={1} fz={26}>
            {t(editing ? 'planArea.wizard.titleEdit' : 'planArea.wizard.titleNew', { brand: isolate(brand.name) })}
          </Title>
          <Text c="dimmed" size="sm">
            {t(editing ? 'planArea.wizard.introEdit' : 'planArea.wizard.intro')}
          </Text>
        </Stack>
        <Button variant="default" onClick={onCancel} data-testid="plan-wizard-cancel">
          {t('common.cancel')}
        </Button>
      </Group>

      <Stepper
        active={active}
        onStepClick={(index) => goTo(index)}
        allowNextStepsSelect={editing}
        size="sm"
        wrap
        data-testid="plan-stepper"
      >
        {STEP_KEYS.map((key) => (
          <Stepper.Step key={key} label={t(`planArea.wizard.steps.${key}.label`)} data-testid={`plan-step-${key}`} />
        ))}
      </Stepper>

      <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
        <form ref={formRef} onSubmit={onSubmit} noValidate data-testid={`plan-wizard-step-${step}`}>
          <Stack gap="lg">
            <Stack gap={4}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('planArea.wizard.stepOf', { step: active + 1, total: STEP_KEYS.length })}
              </Text>
              <Title order={2} fz={22} ref={headingRef} tabIndex={-1} style={{ outline: 'none' }} data-testid="plan-step-question">
                {t(`planArea.wizard.steps.${step}.question`)}
              </Title>
              <Text c="dimmed" size="sm" maw={720}>
                {t(`planArea.wizard.steps.${step}.help`)}
              </Text>
            </Stack>

            {step === 'messages' && <MessagesStep {...stepProps} />}
            {step === 'personas' && <PersonasStep {...stepProps} />}
            {step === 'channels' && <ChannelsStep {...stepProps} />}
            {step === 'kpis' && <KpisStep {...stepProps} />}
            {step === 'time' && <TimeStep {...stepProps} people={people} split={split} onSplitChange={setSplit} />}
            {step === 'review' && (
              <Stack gap="lg">
                {review?.success ? (
                  <PlanView content={review.data} people={people.map((p) => ({ id: p.userId, name: p.name }))} />
                ) : (
                  <Alert color="red" variant="light" icon={<IconAlert />} data-testid="plan-review-invalid">
                    {t('planArea.wizard.reviewInvalid')}
                  </Alert>
                )}
                <TextInput
                  label={t('planArea.wizard.review.note')}
                  description={t('common.optional')}
                  placeholder={t(editing ? 'planArea.wizard.review.notePlaceholder' : 'planArea.wizard.review.notePlaceholderFirst')}
                  value={changeNote}
                  onChange={(e) => setChangeNote(e.currentTarget.value)}
                  maxLength={500}
                  data-testid="plan-change-note"
                />
              </Stack>
            )}

            {Object.keys(shown).length > 0 && (
              <Text size="sm" c="red" role="status">
                {t('planArea.wizard.fixFields')}
              </Text>
            )}
            {stale ? (
              <Alert color="orange" variant="light" icon={<IconAlert />} title={t('planArea.wizard.stale.title')} data-testid="plan-stale">
                <Stack gap="sm">
                  <Text size="sm">{t('planArea.wizard.stale.text', { version: staleVersion })}</Text>
                  <Group gap="sm">
                    <Button size="xs" color="orange" onClick={() => submit(staleVersion)} loading={save.isPending}>
                      {t('planArea.wizard.stale.overwrite')}
                    </Button>
                    <Button size="xs" variant="default" onClick={onReload}>
                      {t('planArea.wizard.stale.reload')}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            ) : (
              Object.keys(serverIssues(save.error)).length === 0 && <ErrorAlert error={save.error} />
            )}

            <Group justify="space-between">
              {active > 0 ? (
                <Button variant="default" onClick={() => setActive(active - 1)} data-testid="plan-back">
                  {t('planArea.wizard.back')}
                </Button>
              ) : (
                <span />
              )}
              <Button type="submit" loading={save.isPending} data-testid={step === 'review' ? 'plan-save' : 'plan-next'}>
                {step === 'review' ? t('planArea.wizard.save') : t('planArea.wizard.next')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
