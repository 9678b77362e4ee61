// A text of the post (the main text, or one channel's own version) checked against the brand's policy
// as it is typed: findings marked in the text and listed with their reason and a better wording.
import { Group, Loader, Stack, Text } from '@mantine/core';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../../../core/networks.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { FindingsList, findingId } from '../../../components/FindingsList.tsx';
import { HighlightedTextarea } from '../../../components/HighlightedTextarea.tsx';
import { useDraftCheck } from '../../../components/useDraftCheck.ts';

interface CheckedTextProps {
  id: string;
  brandId: string;
  label: ReactNode;
  description?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  network: Network | null;
  /** The instant the post is meant for, so time rules (Shabbat, memorial days) apply; null: now. */
  at: string | null;
  paid: boolean;
  testId: string;
  placeholder?: string;
  minRows?: number;
  /** Shown under the textarea, beside the checker's state (the counter of a channel's version). */
  footer?: ReactNode;
}

export function CheckedText({ id, brandId, label, description, value, onChange, network, at, paid, testId, placeholder, minRows = 6, footer }: CheckedTextProps) {
  const { t } = useTranslation();
  const [pointed, setPointed] = useState<number | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const input = useMemo(() => ({ text: value, network, at, paid }), [value, network, at, paid]);
  const check = useDraftCheck(brandId, input);
  const findings = check.data?.findings ?? [];
  const marks = check.current
    ? findings.flatMap((f, i) => (f.start === null || f.end === null ? [] : [{ id: findingId(f, i), start: f.start, end: f.end, severity: f.severity }]))
    : [];
  const summaryId = `${id}-summary`;
  const result = check.data;
  const blocked = findings.some((f) => f.severity === 'block');
  const approval = findings.some((f) => f.severity === 'approval');

  return (
    <Stack gap="xs">
      <HighlightedTextarea
        id={id}
        label={label}
        description={description}
        value={value}
        onChange={onChange}
        marks={marks}
        activeMarkId={pointed === null || !findings[pointed] ? null : findingId(findings[pointed], pointed)}
        placeholder={placeholder}
        testId={testId}
        describedBy={summaryId}
        textareaRef={textarea}
        minRows={minRows}
      />
      <Group justify="space-between" gap="xs" wrap="wrap" id={summaryId} aria-live="polite">
        <Group gap={6}>
          {check.checking ? (
            <>
              <Loader size="xs" />
              <Text size="xs" c="dimmed">
                {t('composeArea.check.checking')}
              </Text>
            </>
          ) : value.trim() && result ? (
            <Text size="xs" c={blocked ? 'red.8' : approval ? 'orange.8' : findings.length ? 'yellow.9' : 'teal.8'} data-testid={`${testId}-check`} data-status={blocked ? 'blocked' : approval ? 'approval' : findings.length ? 'warn' : 'clean'}>
              {blocked ? t('composeArea.check.blocked') : approval ? t('composeArea.check.approval') : findings.length ? t('composeArea.check.warnings') : t('composeArea.check.clean')}
            </Text>
          ) : null}
        </Group>
        {footer}
      </Group>
      <ErrorAlert error={check.error} />
      {findings.length > 0 && (
        <FindingsList
          findings={findings}
          onPoint={setPointed}
          onChoose={(f) => {
            if (f.start === null || f.end === null || !textarea.current) return;
            textarea.current.focus();
            textarea.current.setSelectionRange(f.start, f.end);
          }}
        />
      )}
    </Stack>
  );
}
