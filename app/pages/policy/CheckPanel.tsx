// The live test box: a draft checked against the brand's policy as it is typed, with the findings
// marked in the text and listed with their reason and a better way to say it.
import { Alert, Checkbox, Grid, Group, Loader, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { networkLabel } from '../../components/networkLabel.ts';
import { NETWORKS, type Network } from '../../../core/networks.ts';
import type { Brand } from '../../api/types.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { FindingsList, findingId } from '../../components/FindingsList.tsx';
import { HighlightedTextarea } from '../../components/HighlightedTextarea.tsx';
import { useDraftCheck } from '../../components/useDraftCheck.ts';
import { utcOffsetLabel, zonedLocalToIso } from '../../i18n/format.ts';
import type { CheckResult } from './api.ts';

export function CheckPanel({ brand }: { brand: Brand }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [network, setNetwork] = useState<Network | null>(null);
  const [localTime, setLocalTime] = useState('');
  const [paid, setPaid] = useState(false);
  const [pointed, setPointed] = useState<number | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const input = useMemo(() => ({ text, network, at: zonedLocalToIso(localTime, brand.timeZone), paid }), [text, network, localTime, brand.timeZone, paid]);
  const check = useDraftCheck(brand.id, input);
  const findings = check.data?.findings ?? [];
  const marks = check.current
    ? findings.flatMap((f, i) => (f.start === null || f.end === null ? [] : [{ id: findingId(f, i), start: f.start, end: f.end, severity: f.severity }]))
    : [];
  const at = input.at;

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('policyArea.check.intro')}
          </Text>
          <HighlightedTextarea
            id="policy-check-draft"
            label={t('policyArea.check.draft')}
            value={text}
            onChange={setText}
            marks={marks}
            activeMarkId={pointed === null ? null : marks.find((m) => m.id === findingId(findings[pointed]!, pointed))?.id ?? null}
            placeholder={t('policyArea.check.placeholder')}
            testId="policy-check-text"
            describedBy="policy-check-summary"
            textareaRef={textarea}
            minRows={6}
          />
          <Group gap="md" align="flex-end" wrap="wrap">
            <Select
              label={t('policyArea.check.network')}
              data={[{ value: '', label: networkLabel(t, null) }, ...NETWORKS.map((n) => ({ value: n, label: networkLabel(t, n) }))]}
              value={network ?? ''}
              onChange={(value) => setNetwork(value ? (value as Network) : null)}
              allowDeselect={false}
              w={180}
              data-testid="policy-check-network"
            />
            <TextInput
              type="datetime-local"
              label={`${t('policyArea.check.at')} (${utcOffsetLabel(brand.timeZone, at ? new Date(at) : undefined)})`}
              description={t('policyArea.check.atHelp')}
              value={localTime}
              onChange={(e) => setLocalTime(e.currentTarget.value)}
              w={260}
              data-testid="policy-check-at"
            />
            <Checkbox label={t('policyArea.check.paid')} checked={paid} onChange={(e) => setPaid(e.currentTarget.checked)} mb={8} />
          </Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="sm">
          <div aria-live="polite" id="policy-check-summary">
            <Summary result={check.data} checking={check.checking} empty={text.trim() === ''} />
          </div>
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
      </Grid.Col>
    </Grid>
  );
}

function Summary({ result, checking, empty }: { result: CheckResult | undefined; checking: boolean; empty: boolean }) {
  const { t } = useTranslation();
  if (empty) return null;
  const length = result ? (
    <Text size="xs" c={result.length.limit !== null && result.length.count > result.length.limit ? 'red' : 'dimmed'} data-testid="policy-check-length">
      {result.length.limit === null
        ? t('policyArea.check.lengthNoLimit', { count: result.length.count })
        : t('policyArea.check.length', { count: result.length.count, limit: result.length.limit })}
    </Text>
  ) : null;
  const status = !result ? null : result.blocked ? (
    <Alert color="red" variant="light" title={t('policyArea.check.blocked')} data-testid="policy-check-status" data-status="blocked" />
  ) : result.needsApproval ? (
    <Alert color="orange" variant="light" title={t('policyArea.check.needsApproval')} data-testid="policy-check-status" data-status="approval" />
  ) : result.findings.length > 0 ? (
    <Alert color="yellow" variant="light" title={t('policyArea.check.warnings')} data-testid="policy-check-status" data-status="warn" />
  ) : (
    <Alert color="teal" variant="light" title={t('policyArea.check.clean')} data-testid="policy-check-status" data-status="clean" />
  );
  return (
    <Stack gap={6}>
      <Group gap="xs" justify="space-between">
        {length}
        {checking && (
          <Group gap={6}>
            <Loader size="xs" />
            <Text size="xs" c="dimmed">
              {t('policyArea.check.checking')}
            </Text>
          </Group>
        )}
      </Group>
      {status}
    </Stack>
  );
}
