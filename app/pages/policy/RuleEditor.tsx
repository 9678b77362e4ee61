// Editing one rule: its name, what happens when it matches, and the settings of its kind in plain
// fields (word lists one per line, days as chips, times as time pickers). Errors from the server are
// shown beside the field they name (config.entries.2.term → the word list).
import { Alert, Button, Checkbox, Chip, Group, Modal, NumberInput, SegmentedControl, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { networkLabel } from '../../components/networkLabel.ts';
import { NETWORKS } from '../../../core/networks.ts';
import { SEVERITIES, type RuleKind, type Severity } from '../../../core/policy/types.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import type { RuleInput } from './api.ts';

type Config = Record<string, unknown>;
type Localized = { he: string; en: string };
type Entry = { term: string; reason?: Localized; suggestion?: Localized };

const TERM_CATEGORIES = ['banned', 'risky', 'sensitive', 'profanity', 'legal_claim', 'competitor', 'custom'] as const;
const TOPICS = ['politics', 'security', 'religion', 'tragedy', 'disaster'] as const;
const PERSONAL_DATA = ['phone', 'email', 'israeli_id', 'credit_card'] as const;
const MEMORIAL_DAYS = ['yom_hashoah', 'yom_hazikaron', 'tisha_bav'] as const;
const CITIES = ['Jerusalem', 'Tel Aviv', 'Haifa', 'Beer Sheva', 'Eilat', 'London', 'New York', 'Paris', 'Berlin', 'Los Angeles', 'Toronto', 'Melbourne'];

/** A new rule of a kind the user writes from scratch. */
export function blankRule(kind: 'terms' | 'pattern', name: string): RuleInput {
  const reason = { he: '', en: '' };
  const config: Config = kind === 'terms' ? { category: 'custom', entries: [], except: [], reason } : { pattern: '', flags: 'i', reason };
  return { kind, name, severity: 'warn', enabled: true, config };
}

const lines = (value: unknown): string => (Array.isArray(value) ? value.map(String).join('\n') : '');
const toList = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter(Boolean);
const localized = (value: unknown): Localized => ({ he: '', en: '', ...(value as Partial<Localized> | undefined) });

/** First server message for a config field (or the name/severity), by the path's start. */
function useFieldErrors(error: unknown) {
  return (field: string): string | undefined => {
    if (!(error instanceof ApiError)) return undefined;
    return error.issues.find((i) => i.path === field || i.path.startsWith(`${field}.`))?.message;
  };
}

interface RuleEditorProps {
  opened: boolean;
  title: string;
  initial: RuleInput;
  saving: boolean;
  error: unknown;
  onClose: () => void;
  onSave: (input: RuleInput) => void | Promise<void>;
}

export function RuleEditor({ opened, title, initial, saving, error, onClose, onSave }: RuleEditorProps) {
  const { t } = useTranslation();
  const [rule, setRule] = useState<RuleInput>(initial);
  const errorFor = useFieldErrors(error);
  const set = (patch: Partial<RuleInput>) => setRule((r) => ({ ...r, ...patch }));
  const setConfig = (patch: Config) => setRule((r) => ({ ...r, config: { ...r.config, ...patch } }));
  const known = ['name', 'severity', ...Object.keys(rule.config).map((k) => `config.${k}`)];
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" data-testid="rule-editor">
      <Stack component="form" gap="md" onSubmit={(e) => { e.preventDefault(); void onSave(rule); }}>
        <Text size="sm" c="dimmed">
          {t(`policyArea.rules.kinds.${rule.kind}`)}
        </Text>
        <TextInput label={t('policyArea.rules.name')} value={rule.name} onChange={(e) => set({ name: e.currentTarget.value })} error={errorFor('name')} required dir="auto" data-testid="rule-name" />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('policyArea.rules.severity')}
          </Text>
          <SegmentedControl
            value={rule.severity}
            onChange={(v) => set({ severity: v as Severity })}
            data={SEVERITIES.map((s) => ({ value: s, label: t(`policyArea.severity.${s}`) }))}
            fullWidth
            data-testid="rule-severity"
          />
          <Text size="xs" c="dimmed">
            {t(`policyArea.severityHelp.${rule.severity}`)}
          </Text>
        </Stack>
        <Switch label={t('policyArea.rules.toggle')} checked={rule.enabled} onChange={(e) => set({ enabled: e.currentTarget.checked })} />
        <KindFields kind={rule.kind} config={rule.config} setConfig={setConfig} errorFor={errorFor} />
        <ErrorAlert error={error} fields={known} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} data-testid="rule-save">
            {t('policyArea.rules.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface KindFieldsProps {
  kind: RuleKind;
  config: Config;
  setConfig: (patch: Config) => void;
  errorFor: (field: string) => string | undefined;
}

function KindFields({ kind, config, setConfig, errorFor }: KindFieldsProps) {
  const { t } = useTranslation();
  const f = (key: string) => t(`policyArea.ruleFields.${key}`);
  const list = (key: string, label: string, description?: string, testId?: string) => (
    <ListField label={label} description={description} value={config[key]} onChange={(v) => setConfig({ [key]: v })} error={errorFor(`config.${key}`)} testId={testId} />
  );
  const text = (key: string, label: string, required = false) => (
    <LocalizedField label={label} value={config[key]} onChange={(v) => setConfig({ [key]: v })} error={errorFor(`config.${key}`)} required={required} />
  );
  switch (kind) {
    case 'terms':
    case 'tone':
      return (
        <>
          {kind === 'terms' && (
            <Group grow>
              <Select
                label={f('category')}
                data={TERM_CATEGORIES.map((c) => ({ value: c, label: t(`policyArea.ruleFields.categories.${c}`) }))}
                value={String(config.category ?? 'custom')}
                onChange={(v) => v && setConfig({ category: v })}
                allowDeselect={false}
              />
              {config.category === 'sensitive' && (
                <Select
                  label={f('topic')}
                  data={TOPICS.map((c) => ({ value: c, label: t(`policyArea.ruleFields.topics.${c}`) }))}
                  value={(config.topic as string | undefined) ?? null}
                  onChange={(v) => setConfig({ topic: v ?? undefined })}
                  error={errorFor('config.topic')}
                />
              )}
            </Group>
          )}
          <EntriesField value={config.entries} onChange={(entries) => setConfig({ entries })} error={errorFor('config.entries')} />
          {list('except', f('except'), f('exceptHelp'))}
          {text('reason', f('reason'), true)}
          {text('suggestion', f('suggestion'))}
        </>
      );
    case 'context':
      return (
        <>
          <EntriesField value={config.entries} onChange={(entries) => setConfig({ entries })} error={errorFor('config.entries')} />
          {list('contexts', f('contexts'), f('contextsHelp'))}
          {list('except', f('except'), f('exceptHelp'))}
          {text('language', f('language'), true)}
          {text('context', f('context'), true)}
          {text('readsAs', f('readsAs'), true)}
          {text('suggestion', f('suggestion'))}
        </>
      );
    case 'pattern':
      return (
        <>
          <Group grow align="flex-start">
            <TextInput label={f('pattern')} value={String(config.pattern ?? '')} onChange={(e) => setConfig({ pattern: e.currentTarget.value })} error={errorFor('config.pattern')} required dir="ltr" ff="monospace" data-testid="rule-pattern" />
            <TextInput label={f('flags')} description={f('flagsHelp')} value={String(config.flags ?? 'iu')} onChange={(e) => setConfig({ flags: e.currentTarget.value })} error={errorFor('config.flags')} dir="ltr" maw={140} />
          </Group>
          {text('reason', f('reason'), true)}
          {text('suggestion', f('suggestion'))}
        </>
      );
    case 'disclosure':
      return (
        <>
          {list('markers', f('markers'), f('markersHelp'))}
          {list('signals', f('signals'), f('signalsHelp'))}
          {list('weakSignals', f('weakSignals'), f('weakSignalsHelp'))}
        </>
      );
    case 'personal_data':
      return (
        <>
          <Checkbox.Group label={f('personalKinds')} value={(config.kinds as string[] | undefined) ?? [...PERSONAL_DATA]} onChange={(kinds) => setConfig({ kinds })} error={errorFor('config.kinds')}>
            <Group mt={6}>
              {PERSONAL_DATA.map((k) => (
                <Checkbox key={k} value={k} label={t(`policyArea.ruleFields.personal.${k}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          {list('allow', f('allow'), f('allowHelp'))}
        </>
      );
    case 'shouting':
      return (
        <Group grow>
          <NumberInput label={f('maxCapsShare')} value={Math.round(Number(config.maxCapsShare ?? 0.6) * 100)} onChange={(v) => setConfig({ maxCapsShare: Number(v) / 100 })} min={30} max={100} suffix="%" error={errorFor('config.maxCapsShare')} />
          <NumberInput label={f('maxRepeatedMarks')} value={Number(config.maxRepeatedMarks ?? 2)} onChange={(v) => setConfig({ maxRepeatedMarks: Number(v) })} min={1} max={10} error={errorFor('config.maxRepeatedMarks')} />
        </Group>
      );
    case 'links':
      return (
        <>
          <Switch label={f('flagMalformed')} checked={config.flagMalformed !== false} onChange={(e) => setConfig({ flagMalformed: e.currentTarget.checked })} />
          <Switch label={f('flagShortened')} checked={config.flagShortened !== false} onChange={(e) => setConfig({ flagShortened: e.currentTarget.checked })} />
          <Switch label={f('requireUtm')} checked={config.requireUtm !== false} onChange={(e) => setConfig({ requireUtm: e.currentTarget.checked })} />
          {list('shorteners', f('shorteners'))}
          {list('utmParams', f('utmParams'))}
          {list('utmExemptHosts', f('utmExemptHosts'))}
        </>
      );
    case 'shabbat_holidays':
      return (
        <>
          <Group grow>
            <Select label={f('region')} data={[{ value: 'israel', label: f('israel') }, { value: 'diaspora', label: f('diaspora') }]} value={String(config.region ?? 'israel')} onChange={(v) => v && setConfig({ region: v })} allowDeselect={false} />
            <CityField value={config.city} onChange={(city) => setConfig({ city })} error={errorFor('config.city')} />
          </Group>
          <Switch label={f('includeYomTov')} checked={config.includeYomTov !== false} onChange={(e) => setConfig({ includeYomTov: e.currentTarget.checked })} />
        </>
      );
    case 'memorial_days':
      return (
        <>
          <Checkbox.Group label={f('memorialDays')} value={(config.days as string[] | undefined) ?? ['yom_hashoah', 'yom_hazikaron']} onChange={(days) => setConfig({ days })} error={errorFor('config.days')}>
            <Group mt={6}>
              {MEMORIAL_DAYS.map((d) => (
                <Checkbox key={d} value={d} label={t(`policyArea.ruleFields.memorial.${d}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <CityField value={config.city} onChange={(city) => setConfig({ city })} error={errorFor('config.city')} />
          {list('promotional', f('promotional'), f('promotionalHelp'))}
          {list('except', f('except'), f('exceptHelp'))}
        </>
      );
    case 'quiet_hours':
      return (
        <>
          <Group grow>
            <TextInput type="time" label={f('from')} value={String(config.from ?? '22:00')} onChange={(e) => setConfig({ from: e.currentTarget.value })} error={errorFor('config.from')} />
            <TextInput type="time" label={f('to')} value={String(config.to ?? '07:00')} onChange={(e) => setConfig({ to: e.currentTarget.value })} error={errorFor('config.to')} />
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {f('days')}
            </Text>
            <Chip.Group multiple value={((config.days as number[] | undefined) ?? [0, 1, 2, 3, 4, 5, 6]).map(String)} onChange={(v) => setConfig({ days: v.map(Number).sort() })}>
              <Group gap={6}>
                {[0, 1, 2, 3, 4, 5, 6].map((d) => (
                  <Chip key={d} value={String(d)} size="sm">
                    {t(`policyArea.ruleFields.weekdays.${d}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {errorFor('config.days') && <Text size="xs" c="red">{errorFor('config.days')}</Text>}
          </Stack>
        </>
      );
    case 'blackout':
      return <BlackoutField value={config.periods} onChange={(periods) => setConfig({ periods })} errorFor={errorFor} />;
    case 'length':
      return (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {f('limits')}
          </Text>
          <Text size="xs" c="dimmed">
            {f('limitsHelp')}
          </Text>
          <Group gap="sm">
            {NETWORKS.filter((n) => n !== 'webhook').map((n) => {
              const limits = (config.limits as Record<string, number> | undefined) ?? {};
              return (
                <NumberInput
                  key={n}
                  label={networkLabel(t, n)}
                  value={limits[n] ?? ''}
                  min={1}
                  max={100_000}
                  w={130}
                  onChange={(v) => {
                    const next = { ...limits };
                    if (v === '' || v === undefined) delete next[n];
                    else next[n] = Number(v);
                    setConfig({ limits: next });
                  }}
                  error={errorFor(`config.limits.${n}`)}
                />
              );
            })}
          </Group>
        </Stack>
      );
    case 'acknowledgement':
      return <Alert variant="light">{f('acknowledgementHelp')}</Alert>;
  }
}

function ListField({ label, description, value, onChange, error, testId }: { label: string; description?: string; value: unknown; onChange: (v: string[]) => void; error?: string; testId?: string }) {
  const [draft, setDraft] = useState(lines(value));
  return (
    <Textarea
      label={label}
      description={description}
      value={draft}
      onChange={(e) => {
        setDraft(e.currentTarget.value);
        onChange(toList(e.currentTarget.value));
      }}
      error={error}
      autosize
      minRows={2}
      maxRows={10}
      dir="auto"
      data-testid={testId}
    />
  );
}

/** Terms one per line; a term keeps its own reason and suggestion while it stays in the list. */
function EntriesField({ value, onChange, error }: { value: unknown; onChange: (v: Entry[]) => void; error?: string }) {
  const { t } = useTranslation();
  const entries = (Array.isArray(value) ? value : []) as Entry[];
  const [draft, setDraft] = useState(entries.map((e) => e.term).join('\n'));
  return (
    <Textarea
      label={t('policyArea.ruleFields.entries')}
      description={t('policyArea.ruleFields.entriesHelp')}
      value={draft}
      onChange={(e) => {
        setDraft(e.currentTarget.value);
        onChange(toList(e.currentTarget.value).map((term) => entries.find((x) => x.term === term) ?? { term }));
      }}
      error={error}
      autosize
      minRows={3}
      maxRows={12}
      dir="auto"
      data-testid="rule-terms"
    />
  );
}

function LocalizedField({ label, value, onChange, error, required }: { label: string; value: unknown; onChange: (v: Localized) => void; error?: string; required?: boolean }) {
  const { t } = useTranslation();
  const v = localized(value);
  return (
    <Stack gap={4}>
      <Group grow align="flex-start">
        <TextInput label={`${label} · ${t('language.he')}`} value={v.he} onChange={(e) => onChange({ ...v, he: e.currentTarget.value })} dir="rtl" lang="he" withAsterisk={required} error={Boolean(error)} data-testid="rule-reason-he" />
        <TextInput label={`${label} · ${t('language.en')}`} value={v.en} onChange={(e) => onChange({ ...v, en: e.currentTarget.value })} dir="ltr" lang="en" withAsterisk={required} error={Boolean(error)} data-testid="rule-reason-en" />
      </Group>
      {error && <Text size="xs" c="red">{error}</Text>}
    </Stack>
  );
}

function CityField({ value, onChange, error }: { value: unknown; onChange: (v: string | undefined) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('policyArea.ruleFields.city')}
      placeholder={t('policyArea.ruleFields.cityDefault')}
      data={CITIES}
      value={(value as string | undefined) ?? null}
      onChange={(v) => onChange(v ?? undefined)}
      searchable
      clearable
      error={error}
    />
  );
}

type Period = { start: string; end: string; reason: Localized };

/** Periods as local date-times (the browser's zone) stored as ISO instants. */
function BlackoutField({ value, onChange, errorFor }: { value: unknown; onChange: (v: Period[]) => void; errorFor: (field: string) => string | undefined }) {
  const { t } = useTranslation();
  const periods = (Array.isArray(value) ? value : []) as Period[];
  const toLocal = (iso: string) => {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return '';
    const shifted = new Date(d.getTime() - d.getTimezoneOffset() * 60000);
    return shifted.toISOString().slice(0, 16);
  };
  const fromLocal = (local: string) => (local ? new Date(local).toISOString() : '');
  const update = (i: number, patch: Partial<Period>) => onChange(periods.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const now = new Date();
  return (
    <Stack gap="sm">
      {periods.map((p, i) => (
        <Stack key={i} gap={6} p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}>
          <Group grow align="flex-start">
            <TextInput type="datetime-local" label={t('policyArea.ruleFields.start')} value={toLocal(p.start)} onChange={(e) => update(i, { start: fromLocal(e.currentTarget.value) })} error={errorFor(`config.periods.${i}.start`)} />
            <TextInput type="datetime-local" label={t('policyArea.ruleFields.end')} value={toLocal(p.end)} onChange={(e) => update(i, { end: fromLocal(e.currentTarget.value) })} error={errorFor(`config.periods.${i}.end`)} />
          </Group>
          <LocalizedField label={t('policyArea.ruleFields.reason')} value={p.reason} onChange={(reason) => update(i, { reason })} error={errorFor(`config.periods.${i}.reason`)} required />
          <Button variant="subtle" color="red" size="xs" w="fit-content" onClick={() => onChange(periods.filter((_, j) => j !== i))}>
            {t('policyArea.ruleFields.removePeriod')}
          </Button>
        </Stack>
      ))}
      <Button
        variant="default"
        w="fit-content"
        onClick={() => onChange([...periods, { start: now.toISOString(), end: new Date(now.getTime() + 86_400_000).toISOString(), reason: { he: '', en: '' } }])}
      >
        {t('policyArea.ruleFields.addPeriod')}
      </Button>
    </Stack>
  );
}

