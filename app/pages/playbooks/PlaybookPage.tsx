// One playbook: the editor for those who may change it, the readable view for everyone else and for
// earlier versions; with its history, drills and archiving. Also the page of a new playbook.
import { Alert, Anchor, Badge, Button, Drawer, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../api/hooks.ts';
import type { Brand } from '../../api/types.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { IconAlert, IconClock, IconList } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadFailed, NotAllowed, PageLoader } from '../../components/states.tsx';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { isolate } from '../../i18n/isolate.ts';
import {
  useArchivePlaybook,
  useCreatePlaybook,
  useLibrary,
  usePlaybook,
  usePlaybookVersions,
  useSavePlaybook,
  useStartDrill,
  type Playbook,
  type PlaybookGap,
  type StatementWarning,
} from './api.ts';
import { PlaybookEditor } from './editor/PlaybookEditor.tsx';
import type { Draft } from './editor/shared.ts';
import { languageLabel, roleByKey } from './labels.ts';
import { usePlaybookPaths } from './paths.ts';
import { PlaybookView } from './PlaybookView.tsx';

/** What a new playbook's page hands to the playbook's own page: the policy's notes from the first save. */
interface CreatedState {
  warnings?: StatementWarning[];
}

export function PlaybookPage({ brand }: { brand: Brand }) {
  const { t, i18n } = useTranslation();
  const { playbookId = '', version: versionParam } = useParams();
  const version = versionParam ? Number(versionParam) : undefined;
  const { canOnBrand } = useWorkspaceContext();
  const canEdit = canOnBrand('policy.edit', brand.id);
  const paths = usePlaybookPaths(brand.id);
  const navigate = useNavigate();
  const location = useLocation();
  const query = usePlaybook(brand.id, playbookId, version);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const archive = useArchivePlaybook(brand.id);
  const startDrill = useStartDrill(brand.id, playbookId);

  if (version !== undefined && !(Number.isInteger(version) && version > 0)) return <Navigate to={paths.playbook(playbookId)} replace />;
  if (query.isPending) return <PageLoader />;
  if (query.error) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  const playbook = query.data;
  const meta = playbook.author
    ? t('playbooksArea.view.version', { version: playbook.version, author: isolate(playbook.author.name), date: formatDateTime(playbook.savedAt, i18n.language, brand.timeZone) })
    : t('playbooksArea.view.versionNoAuthor', { version: playbook.version, date: formatDateTime(playbook.savedAt, i18n.language, brand.timeZone) });

  const drill = async () => {
    const { drill: started } = await startDrill.mutateAsync();
    void navigate(paths.drill(playbookId, started.id));
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={paths.home} size="sm" w="fit-content">
        {t('playbooksArea.actions.back')}
      </Anchor>
      <PageHeader
        title={playbook.content.name}
        description={meta}
        actions={
          <>
            {canEdit && !version && (
              <Button leftSection={<IconClock size={16} />} onClick={() => void drill()} loading={startDrill.isPending} data-testid="playbook-drill">
                {t('playbooksArea.actions.drill')}
              </Button>
            )}
            <Button variant="default" component={Link} to={paths.drills(playbookId)} data-testid="playbook-drills">
              {t('playbooksArea.actions.drills')}
            </Button>
            <Button variant="default" leftSection={<IconList size={16} />} onClick={() => setHistoryOpen(true)} data-testid="playbook-history">
              {t('playbooksArea.actions.history')}
            </Button>
            {canEdit && !version && (
              <Button variant="default" color="red" onClick={() => setArchiving(true)} data-testid="playbook-archive">
                {t('playbooksArea.actions.archive')}
              </Button>
            )}
          </>
        }
      />
      {startDrill.error ? <LoadFailed error={startDrill.error} /> : null}
      {version ? (
        <>
          <Alert variant="light" color="gray" data-testid="playbook-old-version">
            <Group justify="space-between" gap="sm">
              <Text size="sm">{t('playbooksArea.view.oldVersion', { version })}</Text>
              <Button size="xs" variant="default" component={Link} to={paths.playbook(playbookId)}>
                {t('playbooksArea.view.backToCurrent')}
              </Button>
            </Group>
          </Alert>
          <PlaybookView playbook={playbook} />
        </>
      ) : canEdit ? (
        <>
          <Gaps playbook={playbook} />
          <CurrentEditor brand={brand} playbook={playbook} initialWarnings={(location.state as CreatedState | null)?.warnings ?? []} onReload={() => query.refetch().then((result) => result.data)} />
        </>
      ) : (
        <>
          <Alert variant="light" color="gray">
            {t('playbooksArea.editor.readOnly')}
          </Alert>
          <Gaps playbook={playbook} />
          <PlaybookView playbook={playbook} />
        </>
      )}
      <VersionHistory brand={brand} playbook={playbook} opened={historyOpen} onClose={() => setHistoryOpen(false)} />
      <ConfirmModal
        opened={archiving}
        onClose={() => setArchiving(false)}
        title={t('playbooksArea.actions.archiveTitle', { name: isolate(playbook.content.name) })}
        text={t('playbooksArea.actions.archiveText')}
        confirmLabel={t('playbooksArea.actions.archiveConfirm')}
        loading={archive.isPending}
        error={archive.error}
        onConfirm={() => archive.mutate(playbookId, { onSuccess: () => void navigate(paths.home) })}
      />
    </Stack>
  );
}

/** The editor of the current version; a conflict's "load the newest" starts it again from that version. */
function CurrentEditor({
  brand,
  playbook,
  initialWarnings,
  onReload,
}: {
  brand: Brand;
  playbook: Playbook;
  initialWarnings: StatementWarning[];
  onReload: () => Promise<Playbook | undefined>;
}) {
  const { t } = useTranslation();
  const save = useSavePlaybook(brand.id, playbook.id);
  // Where this edit started: the base version (a newer one saved meanwhile answers 409) and its content.
  const [start, setStart] = useState({ version: playbook.version, content: playbook.content, generation: 0 });
  return (
    <PlaybookEditor
      key={start.generation}
      brand={brand}
      initial={start.content}
      initialWarnings={start.generation === 0 ? initialWarnings : []}
      playbook={playbook}
      save={({ content, changeNote }) => save.mutateAsync({ content, changeNote, baseVersion: start.version })}
      saving={save.isPending}
      saveError={save.error}
      onSaved={(saved) => setStart((s) => ({ ...s, version: saved.playbook.version }))}
      onReload={() =>
        void onReload().then((fresh) => {
          if (!fresh) return;
          save.reset();
          setStart((s) => ({ version: fresh.version, content: fresh.content, generation: s.generation + 1 }));
        })
      }
      submitLabel={t('playbooksArea.editor.save')}
    />
  );
}

function Gaps({ playbook }: { playbook: Playbook }) {
  const { t } = useTranslation();
  if (playbook.gaps.length === 0) return null;
  const describe = (gap: PlaybookGap) => {
    switch (gap.kind) {
      case 'role_unassigned':
      case 'role_without_backup':
        return t(`playbooksArea.gaps.${gap.kind}`, { role: isolate(roleByKey(t, playbook.content, gap.roleKey)) });
      case 'no_statement':
        return t('playbooksArea.gaps.no_statement', { language: languageLabel(t, gap.language) });
      case 'no_triggers':
        return t('playbooksArea.gaps.no_triggers');
    }
  };
  return (
    <Alert variant="light" color="yellow" icon={<IconAlert />} title={t('playbooksArea.gaps.title')} data-testid="playbook-gaps-alert">
      <List size="sm" spacing={2}>
        {playbook.gaps.map((gap, i) => (
          <List.Item key={i}>{describe(gap)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

function VersionHistory({ brand, playbook, opened, onClose }: { brand: Brand; playbook: Playbook; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const versions = usePlaybookVersions(brand.id, playbook.id, opened);
  const paths = usePlaybookPaths(brand.id);
  return (
    <Drawer opened={opened} onClose={onClose} title={t('playbooksArea.history.title')} position={i18n.dir() === 'rtl' ? 'left' : 'right'} size="md">
      {versions.isPending ? (
        <PageLoader />
      ) : versions.error ? (
        <LoadFailed error={versions.error} onRetry={() => void versions.refetch()} />
      ) : (
        <Stack gap="md" component="ol" p={0} m={0} style={{ listStyle: 'none' }} data-testid="playbook-versions">
          {versions.data.map((v, i) => (
            <Stack key={v.version} component="li" gap={2}>
              <Group gap="xs">
                <Text fw={600}>{t('playbooksArea.history.version', { version: v.version })}</Text>
                {i === 0 && (
                  <Badge size="sm" variant="light" color="teal" tt="none">
                    {t('playbooksArea.history.current')}
                  </Badge>
                )}
              </Group>
              <Text size="sm" dir="auto">
                {v.changeNote || t('playbooksArea.history.noNote')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('playbooksArea.history.by', {
                  author: isolate(v.author?.name || t('playbooksArea.view.formerMember')),
                  date: formatDateTime(v.savedAt, i18n.language, brand.timeZone),
                })}
              </Text>
              <Anchor
                component={Link}
                to={i === 0 ? paths.playbook(playbook.id) : paths.version(playbook.id, v.version)}
                size="sm"
                onClick={onClose}
                w="fit-content"
              >
                {t('playbooksArea.history.view')}
              </Anchor>
            </Stack>
          ))}
        </Stack>
      )}
    </Drawer>
  );
}

/** A new playbook: a copy of a library playbook in the brand's language (`?template=`), or a blank one. */
export function NewPlaybookPage({ brand }: { brand: Brand }) {
  const { t, i18n } = useTranslation();
  const { canOnBrand } = useWorkspaceContext();
  const [params] = useSearchParams();
  const templateKey = params.get('template');
  const library = useLibrary(brand.primaryLanguage);
  const session = useSession();
  const create = useCreatePlaybook(brand.id);
  const navigate = useNavigate();
  const paths = usePlaybookPaths(brand.id);

  if (!canOnBrand('policy.edit', brand.id)) return <NotAllowed />;
  if (library.isPending || session.isPending) return <PageLoader />;
  if (library.error) return <LoadFailed error={library.error} onRetry={() => void library.refetch()} />;
  const me = session.data?.user.id;
  const template = templateKey ? library.data.find((item) => item.key === templateKey) : undefined;
  if (templateKey && !template) return <Navigate to={paths.home} replace />;
  // The person copying it may speak for the brand until the team is chosen: a playbook always has someone.
  const responders = me ? [me] : [];
  const initial: Draft = template
    ? { ...template.content, authorizedResponders: responders }
    : blankPlaybook(i18n.getFixedT(brand.primaryLanguage), responders);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={paths.home} size="sm" w="fit-content">
        {t('playbooksArea.actions.back')}
      </Anchor>
      <PageHeader title={template ? template.name : t('playbooksArea.editor.newTitle')} />
      {template && (
        <Alert variant="light" data-testid="playbook-from-template">
          {t('playbooksArea.editor.fromTemplate', { name: isolate(template.name) })}
        </Alert>
      )}
      <PlaybookEditor
        brand={brand}
        initial={initial}
        initialWarnings={[]}
        save={({ content }) => create.mutateAsync({ ...(template ? { templateKey: template.key } : {}), content })}
        saving={create.isPending}
        saveError={create.error}
        onSaved={(saved) => void navigate(paths.playbook(saved.playbook.id), { replace: true, state: { warnings: saved.warnings } satisfies CreatedState })}
        submitLabel={t('playbooksArea.editor.create')}
      />
    </Stack>
  );
}

function blankPlaybook(t: (key: string) => string, authorizedResponders: string[]): Draft {
  return {
    name: '',
    scenario: 'custom',
    description: '',
    triggers: { keywords: { he: [], en: [] }, radarSeverity: 2, autoOpenIncident: false },
    tiers: [
      { level: 1, name: t('playbooksArea.blank.tier1'), responseMinutes: 60 },
      { level: 2, name: t('playbooksArea.blank.tier2'), responseMinutes: 240 },
      { level: 3, name: t('playbooksArea.blank.tier3'), responseMinutes: 1440 },
    ],
    roles: [
      { key: 'incident_lead', kind: 'incident_lead', customName: '', userId: null, backupUserId: null },
      { key: 'spokesperson', kind: 'spokesperson', customName: '', userId: null, backupUserId: null },
    ],
    authorizedResponders,
    holdingStatements: [],
    steps: [{ title: t('playbooksArea.blank.firstStep'), details: '', role: 'incident_lead', fromTier: 3 }],
    pauseScheduledPosts: true,
  };
}
