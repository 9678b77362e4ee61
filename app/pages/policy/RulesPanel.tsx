// The rules a brand's drafts are checked against: the workspace's (for every brand) and the brand's own.
// Managers switch rules on and off, edit them, replace a workspace rule with a brand copy, and add
// rules from the recommended set or their own word lists and patterns.
import { Badge, Button, Group, Menu, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleKind } from '../../../core/policy/types.ts';
import type { Brand } from '../../api/types.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { DangerRowButton } from '../../components/DangerRowButton.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { SEVERITY_COLORS } from '../../components/HighlightedTextarea.tsx';
import { IconChevronDown, IconPlus, IconShield } from '../../components/icons.tsx';
import { LoadFailed, PageLoader } from '../../components/states.tsx';
import { useConfirmedAction } from '../../components/useConfirmedAction.ts';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { useRuleMutations, useRules, useRuleTemplates, type PolicyRule, type RuleInput } from './api.ts';
import { blankRule, RuleEditor } from './RuleEditor.tsx';

type Editing = { rule: PolicyRule | null; input: RuleInput } | null;

const inputOf = (rule: PolicyRule): RuleInput => ({ kind: rule.kind, name: rule.name, severity: rule.severity, enabled: rule.enabled, config: rule.config });

export function RulesPanel({ brand, canEdit }: { brand: Brand; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const { workspaceId, can } = useWorkspaceContext();
  const rules = useRules(brand.id);
  const templates = useRuleTemplates();
  const mutations = useRuleMutations(brand.id, workspaceId);
  const [editing, setEditing] = useState<Editing>(null);
  const canEditWorkspace = can('workspace.update');
  const lang = i18n.language === 'he' ? 'he' : 'en';
  // The removal mutation refreshes the rules itself; the confirm only has to close.
  const removal = useConfirmedAction((rule: PolicyRule) => mutations.remove.mutateAsync(rule), () => Promise.resolve());

  if (rules.isLoading) return <PageLoader />;
  if (rules.error || !rules.data) return <LoadFailed error={rules.error} onRetry={() => void rules.refetch()} />;
  const items = rules.data.items;
  const editable = (rule: PolicyRule) => (rule.scope === 'brand' ? canEdit : canEditWorkspace);
  const actionError = mutations.create.error ?? mutations.update.error ?? mutations.addDefaults.error;

  const addMenu = canEdit && (
    <Menu position="bottom-end" width={300}>
      <Menu.Target>
        <Button leftSection={<IconPlus size={16} />} rightSection={<IconChevronDown size={14} />} data-testid="rule-add">
          {t('policyArea.rules.add')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown mah={420} style={{ overflowY: 'auto' }}>
        <Menu.Label>{t('policyArea.rules.custom')}</Menu.Label>
        {(['terms', 'pattern'] as const).map((kind) => (
          <Menu.Item key={kind} data-testid={`rule-add-${kind}`} onClick={() => setEditing({ rule: null, input: blankRule(kind, t(`policyArea.rules.kinds.${kind}`)) })}>
            {kind === 'terms' ? t('policyArea.rules.customTerms') : t('policyArea.rules.customPattern')}
          </Menu.Item>
        ))}
        <Menu.Label>{t('policyArea.rules.fromTemplate')}</Menu.Label>
        {(templates.data?.items ?? []).map((tpl) => (
          <Menu.Item key={tpl.templateKey} onClick={() => mutations.create.mutate({ templateKey: tpl.templateKey, locale: lang })}>
            {tpl.name[lang]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={720}>
          {t('policyArea.rules.intro')}
        </Text>
        {addMenu}
      </Group>
      <ErrorAlert error={actionError} />
      {items.length === 0 ? (
        <EmptyBlock title={t('policyArea.rules.empty')} icon={<IconShield size={28} />}>
          {canEditWorkspace && (
            <Button loading={mutations.addDefaults.isPending} onClick={() => mutations.addDefaults.mutate(lang)} data-testid="rules-add-defaults">
              {t('policyArea.rules.addDefaults')}
            </Button>
          )}
        </EmptyBlock>
      ) : (
        <DataTable
          columns={[t('policyArea.rules.name'), t('policyArea.rules.workspace'), t('policyArea.rules.severity'), t('policyArea.rules.toggle')]}
          actionsLabel={t('policyArea.rules.edit')}
          testId="rules-table"
          minWidth={760}
        >
          {items.map((rule) => (
            <Table.Tr key={rule.id} data-testid="rule-row" data-rule-kind={rule.kind} data-template={rule.templateKey ?? ''} data-scope={rule.scope} style={rule.overridden ? { opacity: 0.55 } : undefined}>
              <Table.Td>
                <Text size="sm" fw={500} dir="auto">
                  {rule.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`policyArea.rules.kinds.${rule.kind as RuleKind}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="outline" color={rule.overridden ? 'gray' : rule.scope === 'brand' ? 'teal' : 'blue'}>
                  {rule.overridden ? t('policyArea.rules.replaced') : rule.scope === 'brand' ? t('policyArea.rules.brand') : t('policyArea.rules.workspace')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Badge color={SEVERITY_COLORS[rule.severity]} variant="light">
                  {t(`policyArea.severity.${rule.severity}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {editable(rule) && !rule.overridden ? (
                  <Switch
                    aria-label={`${t('policyArea.rules.toggle')}: ${rule.name}`}
                    checked={rule.enabled}
                    onChange={(e) => mutations.update.mutate({ rule, input: { ...inputOf(rule), enabled: e.currentTarget.checked } })}
                    data-testid="rule-toggle"
                  />
                ) : (
                  // Someone who may not change the rule reads its state; a disabled switch looks "off".
                  <Text size="sm" c={rule.enabled ? undefined : 'dimmed'} data-testid="rule-state">
                    {rule.enabled ? t('policyArea.rules.enabled') : t('policyArea.rules.disabled')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  {editable(rule) && !rule.overridden && (
                    <Button size="xs" variant="subtle" onClick={() => setEditing({ rule, input: inputOf(rule) })} data-testid="rule-edit">
                      {t('policyArea.rules.edit')}
                    </Button>
                  )}
                  {rule.scope === 'workspace' && !rule.overridden && canEdit && (
                    <Button size="xs" variant="subtle" loading={mutations.create.isPending} onClick={() => mutations.create.mutate({ copyOf: rule.id })} data-testid="rule-customize">
                      {t('policyArea.rules.customize')}
                    </Button>
                  )}
                  {editable(rule) && (
                    <DangerRowButton onClick={() => removal.ask(rule)} testId="rule-remove">
                      {t('policyArea.rules.remove')}
                    </DangerRowButton>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      {editing && (
        <RuleEditor
          opened
          title={editing.rule ? t('policyArea.rules.editTitle') : t('policyArea.rules.newTitle')}
          initial={editing.input}
          saving={editing.rule ? mutations.update.isPending : mutations.create.isPending}
          error={editing.rule ? mutations.update.error : mutations.create.error}
          onClose={() => {
            mutations.create.reset();
            mutations.update.reset();
            setEditing(null);
          }}
          onSave={async (input) => {
            const done = editing.rule
              ? await mutations.update.mutateAsync({ rule: editing.rule, input }).catch(() => null)
              : await mutations.create.mutateAsync(input).catch(() => null);
            if (done) setEditing(null);
          }}
        />
      )}
      <ConfirmModal
        {...removal.modal}
        title={t('policyArea.rules.removeTitle', { name: removal.target?.name ?? '' })}
        text={t('policyArea.rules.removeText')}
        confirmLabel={t('policyArea.rules.remove')}
      />
    </Stack>
  );
}
