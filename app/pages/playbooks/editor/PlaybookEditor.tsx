// The playbook editor: every part of the playbook in sections, checked as the server checks it, saved
// as a new version with a note. Errors sit beside their fields (the API's issue paths); the policy's
// notes on holding statements show beside the statements after a save.
import { Alert, Button, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { decide, roleAllows } from '../../../../core/permissions.ts';
import { ApiError } from '../../../api/client.ts';
import type { Brand } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { Saved } from '../../../components/Saved.tsx';
import { useWorkspaceContext } from '../../../components/workspaceContext.ts';
import { usePlanNetworks, useTeam, type Playbook, type SavedPlaybook, type StatementWarning } from '../api.ts';
import { draftIssues, serverIssues, type FieldErrors } from '../validation.ts';
import { RespondersSection } from './RespondersSection.tsx';
import { RolesSection } from './RolesSection.tsx';
import { ScenarioSection } from './ScenarioSection.tsx';
import { StatementsSection } from './StatementsSection.tsx';
import { StepsSection } from './StepsSection.tsx';
import { TiersSection } from './TiersSection.tsx';
import type { Draft, PersonOption } from './shared.ts';

interface PlaybookEditorProps {
  brand: Brand;
  initial: Draft;
  /** The policy's notes on the statements from the save that led here (a new playbook's first save). */
  initialWarnings: StatementWarning[];
  /** The playbook being edited; undefined for a new one. */
  playbook?: Playbook;
  save: (request: { content: Draft; changeNote: string }) => Promise<SavedPlaybook>;
  saving: boolean;
  saveError: unknown;
  /** Called after a save; a new playbook navigates to its own page here. */
  onSaved?: (saved: SavedPlaybook) => void;
  /** Loads the newest version after a conflict (someone saved meanwhile). */
  onReload?: () => void;
  submitLabel: string;
}

const STATEMENT_PATH = /^content\.holdingStatements\.(\d+)\.text$/;

function byStatement(warnings: readonly StatementWarning[]): Map<number, StatementWarning[]> {
  const map = new Map<number, StatementWarning[]>();
  for (const warning of warnings) {
    const index = STATEMENT_PATH.exec(warning.path)?.[1];
    if (index !== undefined) map.set(Number(index), [...(map.get(Number(index)) ?? []), warning]);
  }
  return map;
}

export function PlaybookEditor({ brand, initial, initialWarnings, playbook, save, saving, saveError, onSaved, onReload, submitLabel }: PlaybookEditorProps) {
  const { t } = useTranslation();
  const { workspaceId, can } = useWorkspaceContext();
  const [content, setContent] = useState<Draft>(initial);
  const [changeNote, setChangeNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [fromServer, setFromServer] = useState<FieldErrors>({});
  const [warnings, setWarnings] = useState(() => byStatement(initialWarnings));
  const [savedVersion, setSavedVersion] = useState<{ version: number; changed: boolean } | null>(null);
  const planNetworks = usePlanNetworks(brand.id);
  const team = useTeam(workspaceId, can('member.view'));

  // Once a save was tried, the draft's own problems follow every keystroke; the server's stay until fixed.
  const errors = useMemo(() => ({ ...(submitted ? draftIssues(content, t) : {}), ...fromServer }), [submitted, content, fromServer, t]);

  const { people, speakers } = usePeople(brand, team.data, playbook);

  const change = (path: string, update: (draft: Draft) => Draft) => {
    setContent(update);
    setSavedVersion(null);
    setFromServer((all) => Object.fromEntries(Object.entries(all).filter(([key]) => key !== path && !key.startsWith(`${path}.`))));
    const statement = /^holdingStatements\.(\d+)/.exec(path);
    if (statement || path === 'holdingStatements') {
      setWarnings((all) => {
        if (!statement) return new Map();
        const next = new Map(all);
        next.delete(Number(statement[1]));
        return next;
      });
    }
  };

  // After a refused save the first field with a problem gets the focus, wherever it is on the page.
  const form = useRef<HTMLFormElement>(null);
  const focusFirstProblem = () =>
    window.requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = async () => {
    setSubmitted(true);
    if (Object.keys(draftIssues(content, t)).length > 0) {
      focusFirstProblem();
      return;
    }
    try {
      const saved = await save({ content, changeNote: changeNote.trim() });
      setFromServer({});
      setSubmitted(false);
      setWarnings(byStatement(saved.warnings));
      setSavedVersion({ version: saved.playbook.version, changed: !playbook || saved.playbook.version !== playbook.version });
      setChangeNote('');
      onSaved?.(saved);
    } catch (error) {
      setFromServer(serverIssues(error, t));
      focusFirstProblem();
    }
  };

  const stale = saveError instanceof ApiError && saveError.code === 'stale_version';
  const hasFieldErrors = Object.keys(errors).length > 0;
  const section = (key: string, title: string, hint: string | null, body: ReactNode) => (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={`section-${key}`} data-testid={`section-${key}`}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="lg" id={`section-${key}`}>
            {title}
          </Title>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
        </Stack>
        {body}
      </Stack>
    </Paper>
  );
  const props = { content, change, errors };

  return (
    <form
      ref={form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid="playbook-editor"
    >
      <Stack gap="lg">
        {section('scenario', t('playbooksArea.editor.sections.scenario'), null, <ScenarioSection {...props} />)}
        {section('tiers', t('playbooksArea.editor.sections.tiers'), t('playbooksArea.editor.hints.tiers'), <TiersSection {...props} />)}
        {section('roles', t('playbooksArea.editor.sections.roles'), t('playbooksArea.editor.hints.roles'), <RolesSection {...props} people={people} />)}
        {section(
          'responders',
          t('playbooksArea.editor.sections.responders'),
          t('playbooksArea.editor.hints.responders'),
          <RespondersSection {...props} speakers={speakers} />,
        )}
        {section(
          'statements',
          t('playbooksArea.editor.sections.statements'),
          t('playbooksArea.editor.hints.statements'),
          <StatementsSection {...props} planNetworks={planNetworks.data ?? []} warnings={warnings} defaultLanguage={brand.primaryLanguage} />,
        )}
        {section('steps', t('playbooksArea.editor.sections.steps'), t('playbooksArea.editor.hints.steps'), <StepsSection {...props} />)}
        {section(
          'posting',
          t('playbooksArea.editor.sections.posting'),
          null,
          <Switch
            label={t('playbooksArea.editor.pause')}
            description={t('playbooksArea.editor.pauseHint')}
            checked={content.pauseScheduledPosts}
            onChange={(e) => {
              const pauseScheduledPosts = e.currentTarget.checked;
              change('pauseScheduledPosts', (d) => ({ ...d, pauseScheduledPosts }));
            }}
            data-testid="playbook-pause"
          />,
        )}

        <Paper withBorder radius="md" p="md" pos="sticky" bottom={0} style={{ zIndex: 2 }} shadow="sm">
          <Stack gap="sm">
            {stale ? (
              <Alert color="red" variant="light" role="alert" data-testid="playbook-stale">
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{t('playbooksArea.editor.stale')}</Text>
                  {onReload && (
                    <Button size="xs" variant="default" onClick={onReload}>
                      {t('playbooksArea.editor.loadNewest')}
                    </Button>
                  )}
                </Stack>
              </Alert>
            ) : submitted && hasFieldErrors ? (
              <Alert color="red" variant="light" role="alert" data-testid="playbook-invalid">
                {t('playbooksArea.editor.invalid')}
              </Alert>
            ) : (
              !(saveError instanceof ApiError && saveError.code === 'validation_failed') && <ErrorAlert error={saveError} />
            )}
            <Group align="flex-end" gap="sm" wrap="wrap">
              {playbook && (
                <TextInput
                  label={t('playbooksArea.editor.changeNote')}
                  placeholder={t('playbooksArea.editor.changeNotePlaceholder')}
                  value={changeNote}
                  onChange={(e) => setChangeNote(e.currentTarget.value)}
                  maxLength={500}
                  dir="auto"
                  style={{ flex: '1 1 280px' }}
                  data-testid="playbook-change-note"
                />
              )}
              <Button type="submit" loading={saving} data-testid="playbook-save">
                {submitLabel}
              </Button>
              {savedVersion && (
                <Saved
                  text={
                    savedVersion.changed
                      ? t('playbooksArea.editor.saved', { version: savedVersion.version })
                      : t('playbooksArea.editor.unchanged', { version: savedVersion.version })
                  }
                />
              )}
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </form>
  );
}

/**
 * The people a role can be given (everyone who works on the brand) and the people who may be
 * authorized responders (those whose role publishes or replies), plus anyone the playbook already
 * names who is no longer on the team, so a saved choice is never shown blank.
 */
function usePeople(brand: Brand, team: { userId: string; name: string; role: Parameters<typeof roleAllows>[0]; brandIds: string[] | null }[] | undefined, playbook?: Playbook) {
  const { t } = useTranslation();
  return useMemo(() => {
    const onBrand = (team ?? []).filter((m) => decide({ role: m.role, brandIds: m.brandIds }, 'brand.view', brand.id).allowed);
    const people: PersonOption[] = onBrand.map((m) => ({ value: m.userId, label: m.name }));
    const speakers: PersonOption[] = onBrand
      .filter((m) => roleAllows(m.role, 'post.publish') || roleAllows(m.role, 'inbox.reply'))
      .map((m) => ({ value: m.userId, label: m.name }));
    for (const person of playbook?.people ?? []) {
      const known = onBrand.some((m) => m.userId === person.id);
      if (known) continue;
      // Without the team list (not loaded yet) nobody can be told to be a former member.
      const option = { value: person.id, label: team ? `${person.name} (${t('playbooksArea.view.formerMember')})` : person.name };
      people.push(option);
      if (playbook?.content.authorizedResponders.includes(person.id)) speakers.push(option);
    }
    return { people, speakers };
  }, [team, brand.id, playbook, t]);
}
