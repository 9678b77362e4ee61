// Editing the policy document: sections with a title and text, reordered, added (the usual ones or
// another), removed; saving makes a new version and asks the team to acknowledge it.
import { ActionIcon, Alert, Button, Group, Menu, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { STARTER_SECTIONS, starterSections, type PolicySection } from '../../../core/policy/document.ts';
import { ApiError } from '../../api/client.ts';
import type { Brand } from '../../api/types.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { IconChevronDown, IconPlus, IconX } from '../../components/icons.tsx';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { useSavePolicy, type BrandPolicy } from './api.ts';

/** Field errors from the API, by section index and field ("sections.2.body" → {2: {body: …}}). */
function sectionErrors(error: unknown): Record<number, Partial<Record<'title' | 'body', string>>> {
  const out: Record<number, Partial<Record<'title' | 'body', string>>> = {};
  if (!(error instanceof ApiError)) return out;
  for (const issue of error.issues) {
    const [root, index, field] = issue.path.split('.');
    if (root === 'sections' && (field === 'title' || field === 'body')) out[Number(index)] = { ...out[Number(index)], [field]: issue.message };
  }
  return out;
}

export function PolicyEditor({ brand, data }: { brand: Brand; data: BrandPolicy }) {
  const { t, i18n } = useTranslation();
  const { workspaceId } = useWorkspaceContext();
  const navigate = useNavigate();
  const { search } = useLocation();
  const save = useSavePolicy(brand.id);
  const [sections, setSections] = useState<PolicySection[]>(() => data.policy?.sections ?? starterSections(brand.primaryLanguage));
  const [changeNote, setChangeNote] = useState('');
  const baseVersion = data.ownPolicy && data.policy ? data.policy.version : null;
  const errors = sectionErrors(save.error);
  const lang = i18n.language === 'he' ? 'he' : 'en';

  const update = (index: number, patch: Partial<PolicySection>) => setSections((all) => all.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const move = (index: number, by: -1 | 1) =>
    setSections((all) => {
      const next = [...all];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
  const missing = STARTER_SECTIONS.filter((s) => !sections.some((x) => x.key === s.key));
  const conflict = save.error instanceof ApiError && save.error.code === 'policy_changed';

  const submit = async () => {
    const result = await save.mutateAsync({ sections, changeNote, baseVersion }).catch(() => null);
    if (result) void navigate(`/w/${workspaceId}/policy${search}`);
  };

  return (
    <Stack gap="md" component="form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <Title order={2} fz="lg">
        {t('policyArea.editor.title')}
      </Title>
      {data.policy && !data.ownPolicy && <Alert variant="light">{t('policyArea.editor.fromDefault')}</Alert>}
      {sections.map((section, i) => (
        <Paper key={i} withBorder p="md" radius="md" data-testid="policy-section-editor">
          <Stack gap="xs">
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('policyArea.editor.sectionTitle')}
                value={section.title}
                onChange={(e) => update(i, { title: e.currentTarget.value })}
                error={errors[i]?.title}
                dir="auto"
                required
              />
              <ActionIcon variant="default" size="lg" aria-label={t('policyArea.editor.moveUp')} disabled={i === 0} onClick={() => move(i, -1)}>
                <IconChevronDown style={{ transform: 'rotate(180deg)' }} />
              </ActionIcon>
              <ActionIcon variant="default" size="lg" aria-label={t('policyArea.editor.moveDown')} disabled={i === sections.length - 1} onClick={() => move(i, 1)}>
                <IconChevronDown />
              </ActionIcon>
              <ActionIcon variant="default" color="red" size="lg" aria-label={t('policyArea.editor.removeSection')} disabled={sections.length === 1} onClick={() => setSections((all) => all.filter((_, j) => j !== i))}>
                <IconX />
              </ActionIcon>
            </Group>
            <Textarea
              label={t('policyArea.editor.sectionBody')}
              value={section.body}
              onChange={(e) => update(i, { body: e.currentTarget.value })}
              error={errors[i]?.body}
              autosize
              minRows={3}
              dir="auto"
              required
              data-testid="policy-section-body"
            />
          </Stack>
        </Paper>
      ))}
      <Menu position="bottom-start">
        <Menu.Target>
          <Button variant="default" leftSection={<IconPlus size={16} />} w="fit-content">
            {t('policyArea.editor.addSection')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {missing.map((s) => (
            <Menu.Item key={s.key} onClick={() => setSections((all) => [...all, { key: s.key, title: s.title[lang], body: s.body[lang] }])}>
              {s.title[lang]}
            </Menu.Item>
          ))}
          <Menu.Item onClick={() => setSections((all) => [...all, { key: 'custom', title: '', body: '' }])}>{t('policyArea.editor.customSection')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <TextInput
        label={t('policyArea.editor.changeNote')}
        placeholder={t('policyArea.editor.changeNotePlaceholder')}
        value={changeNote}
        onChange={(e) => setChangeNote(e.currentTarget.value)}
        maxLength={500}
        dir="auto"
        data-testid="policy-change-note"
      />
      {conflict ? <Alert color="red">{t('policyArea.editor.conflict')}</Alert> : <ErrorAlert error={save.error} fields={['sections']} />}
      <Group>
        <Button type="submit" loading={save.isPending} data-testid="policy-save">
          {t('policyArea.editor.save')}
        </Button>
        <Button variant="default" onClick={() => void navigate(`/w/${workspaceId}/policy${search}`)}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
