// The checker's findings as a list: severity, rule, the words found, why, and what to write instead.
// Pointing at a finding emphasises its words in the draft; choosing it selects them in the textarea.
import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../pages/policy/api.ts';
import { SEVERITY_COLORS } from './HighlightedTextarea.tsx';

interface FindingsListProps {
  findings: readonly Finding[];
  onPoint?: (index: number | null) => void;
  onChoose?: (finding: Finding) => void;
}

export const findingId = (f: Finding, i: number) => `${f.ruleId}:${f.start ?? 'all'}:${i}`;

export function FindingsList({ findings, onPoint, onChoose }: FindingsListProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'he' ? 'he' : 'en';
  return (
    <Stack gap="xs" data-testid="findings" role="list">
      {findings.map((f, i) => (
        <Paper
          key={findingId(f, i)}
          withBorder
          p="sm"
          radius="sm"
          role="listitem"
          data-testid="finding"
          data-severity={f.severity}
          data-kind={f.kind}
          style={{ borderInlineStart: `4px solid var(--mantine-color-${SEVERITY_COLORS[f.severity]}-6)` }}
          onMouseEnter={() => onPoint?.(i)}
          onMouseLeave={() => onPoint?.(null)}
        >
          <UnstyledButton
            w="100%"
            disabled={f.start === null}
            onFocus={() => onPoint?.(i)}
            onBlur={() => onPoint?.(null)}
            onClick={() => onChoose?.(f)}
            title={f.start === null ? undefined : t('policyArea.check.showInDraft', { match: f.match })}
          >
            <Group gap="xs" wrap="wrap" mb={4}>
              <Badge color={SEVERITY_COLORS[f.severity]} variant="light" size="sm">
                {t(`policyArea.severity.${f.severity}`)}
              </Badge>
              <Text fw={600} size="sm">
                {f.ruleName}
              </Text>
              {f.match && (
                <Text size="sm" c="dimmed" dir="auto" component="bdi">
                  "{f.match}"
                </Text>
              )}
            </Group>
          </UnstyledButton>
          <Text size="sm">{f.message[lang]}</Text>
          {f.suggestion && (
            <Text size="sm" c="dimmed" mt={4}>
              {t('policyArea.check.suggestion')}: {f.suggestion[lang]}
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
