import { Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WORKSPACE_KINDS } from '../../../core/validation.ts';
import type { WorkspaceKind } from '../../../core/validation.ts';

interface KindPickerProps {
  value: WorkspaceKind;
  onChange: (kind: WorkspaceKind) => void;
  disabled?: boolean;
  error?: string;
}

export function KindPicker({ value, onChange, disabled, error }: KindPickerProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('settings.workspace.kind')}
      value={value}
      onChange={(next) => onChange(next as WorkspaceKind)}
      error={error}
    >
      <Stack gap="xs" mt={6}>
        {WORKSPACE_KINDS.map((kind) => (
          <Radio
            key={kind}
            value={kind}
            disabled={disabled}
            data-testid={`kind-${kind}`}
            label={t(`kinds.${kind}`)}
            description={<Text size="xs" c="dimmed" component="span">{t(`kindDescriptions.${kind}`)}</Text>}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
