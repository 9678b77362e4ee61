import { ActionIcon, Alert, Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NETWORKS, type Network } from '../../../../core/networks.ts';
import { PLAYBOOK_LIMITS, statementLengths } from '../../../../core/playbooks/content.ts';
import { IconPlus, IconX } from '../../../components/icons.tsx';
import type { StatementWarning } from '../api.ts';
import { languageLabel, networkLabel } from '../labels.ts';
import { replaceAt, type SectionProps } from './shared.ts';

interface StatementsSectionProps extends SectionProps {
  /** The networks of the brand's plan (a statement for any network must fit them all). */
  planNetworks: Network[];
  /** The policy's notes from the last save, by statement index. */
  warnings: Map<number, StatementWarning[]>;
  /** The language new statements start in. */
  defaultLanguage: 'he' | 'en';
}

export function StatementsSection({ content, change, errors, planNetworks, warnings, defaultLanguage }: StatementsSectionProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'he' ? 'he' : 'en';
  return (
    <Stack gap="sm">
      {content.holdingStatements.map((statement, i) => {
        const set = (field: string, patch: Partial<typeof statement>) =>
          change(`holdingStatements.${i}.${field}`, (d) => ({
            ...d,
            holdingStatements: replaceAt(d.holdingStatements, i, { ...d.holdingStatements[i]!, ...patch }),
          }));
        const tightest = statementLengths(statement.text, statement.network, planNetworks)[0];
        const over = tightest ? tightest.count - tightest.limit : 0;
        const notes = warnings.get(i) ?? [];
        return (
          <Paper key={i} withBorder p="sm" radius="md" data-testid="statement-row">
            <Stack gap="sm">
              <Group align="flex-start" gap="sm" wrap="wrap">
                <TextInput
                  label={t('playbooksArea.editor.statementTitle')}
                  value={statement.title}
                  onChange={(e) => set('title', { title: e.currentTarget.value })}
                  error={errors[`holdingStatements.${i}.title`]}
                  maxLength={PLAYBOOK_LIMITS.statementTitle}
                  required
                  dir="auto"
                  style={{ flex: '1 1 200px' }}
                />
                <Stack gap={4}>
                  <Text size="sm" fw={500} id={`statement-language-${i}`}>
                    {t('playbooksArea.editor.statementLanguage')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby={`statement-language-${i}`}
                    value={statement.language}
                    onChange={(value) => set('language', { language: value as 'he' | 'en' })}
                    data={(['he', 'en'] as const).map((l) => ({ value: l, label: languageLabel(t, l) }))}
                  />
                </Stack>
                <Select
                  label={t('playbooksArea.editor.statementNetwork')}
                  data={[{ value: 'any', label: networkLabel(t, null) }, ...NETWORKS.map((n) => ({ value: n, label: networkLabel(t, n) }))]}
                  value={statement.network ?? 'any'}
                  onChange={(value) => set('network', { network: !value || value === 'any' ? null : (value as Network) })}
                  allowDeselect={false}
                  comboboxProps={{ withinPortal: true }}
                  w={200}
                />
                <ActionIcon
                  mt={26}
                  variant="default"
                  size="lg"
                  aria-label={`${t('playbooksArea.editor.removeStatement')}: ${statement.title}`}
                  onClick={() => change('holdingStatements', (d) => ({ ...d, holdingStatements: d.holdingStatements.filter((_, j) => j !== i) }))}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Group>
              <Textarea
                label={t('playbooksArea.editor.statementText')}
                value={statement.text}
                onChange={(e) => set('text', { text: e.currentTarget.value })}
                error={errors[`holdingStatements.${i}.text`]}
                autosize
                minRows={3}
                maxLength={PLAYBOOK_LIMITS.statementText}
                required
                dir={statement.language === 'he' ? 'rtl' : 'ltr'}
                lang={statement.language}
                data-testid="statement-text"
              />
              {tightest && (
                <Text size="xs" c={over > 0 ? 'red' : 'dimmed'} aria-live="polite" data-testid="statement-count" data-over={over > 0}>
                  {over > 0
                    ? t('playbooksArea.editor.countOver', { over, network: networkLabel(t, tightest.network) })
                    : t('playbooksArea.editor.count', { count: tightest.count, limit: tightest.limit, network: networkLabel(t, tightest.network) })}
                </Text>
              )}
              {notes.map(({ finding }, j) => (
                <Alert key={j} variant="light" color={finding.severity === 'approval' ? 'orange' : 'yellow'} p="xs" data-testid="statement-warning">
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Badge size="sm" variant="filled" color={finding.severity === 'approval' ? 'orange' : 'yellow'} tt="none" style={{ flexShrink: 0 }}>
                      <bdi>{finding.ruleName}</bdi>
                    </Badge>
                    <Text size="sm">{finding.message[lang]}</Text>
                  </Group>
                </Alert>
              ))}
            </Stack>
          </Paper>
        );
      })}
      {content.holdingStatements.length < PLAYBOOK_LIMITS.statements && (
        <Button
          variant="default"
          leftSection={<IconPlus size={16} />}
          w="fit-content"
          onClick={() =>
            change('holdingStatements', (d) => ({
              ...d,
              holdingStatements: [...d.holdingStatements, { title: '', language: defaultLanguage, network: null, text: '' }],
            }))
          }
          data-testid="statement-add"
        >
          {t('playbooksArea.editor.addStatement')}
        </Button>
      )}
    </Stack>
  );
}
