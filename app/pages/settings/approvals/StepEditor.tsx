// One step of the approval flow in the editor: its name, whether any one or all must approve, and who.
import { ActionIcon, Group, MultiSelect, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApprovalStep } from '../../../../core/publish/contracts.ts';
import { ROLES, type Role } from '../../../../core/permissions.ts';
import { IconChevronDown, IconX } from '../../../components/icons.tsx';
import type { DraftStep, StepErrors } from './flow.ts';

export interface PersonOption {
  value: string;
  label: string;
}

interface StepEditorProps {
  step: DraftStep;
  index: number;
  count: number;
  errors: StepErrors;
  people: PersonOption[];
  onChange: (patch: Partial<ApprovalStep>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

export function StepEditor({ step, index, count, errors, people, onChange, onMove, onRemove }: StepEditorProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const roles = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  return (
    <Paper component="li" withBorder radius="md" p="md" data-testid={`approval-step-${n}`} data-step-key={step.key}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="sm" c="petrol.8">
            {t('channelsArea.approvals.step', { n })}
          </Text>
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('channelsArea.approvals.moveUp', { n })}
              disabled={index === 0}
              onClick={() => onMove(-1)}
              data-move="up"
              data-testid="approval-step-up"
            >
              <IconChevronDown size={16} style={{ transform: 'rotate(180deg)' }} />
            </ActionIcon>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('channelsArea.approvals.moveDown', { n })}
              disabled={index === count - 1}
              onClick={() => onMove(1)}
              data-move="down"
              data-testid="approval-step-down"
            >
              <IconChevronDown size={16} />
            </ActionIcon>
            <ActionIcon variant="default" size="lg" color="red" aria-label={t('channelsArea.approvals.remove', { n })} onClick={onRemove} data-testid="approval-step-remove">
              <IconX size={16} />
            </ActionIcon>
          </Group>
        </Group>
        <Group align="flex-start" gap="md" wrap="wrap">
          <TextInput
            label={t('channelsArea.approvals.name')}
            placeholder={t('channelsArea.approvals.namePlaceholder')}
            value={step.name}
            onChange={(e) => onChange({ name: e.currentTarget.value })}
            error={errors.name}
            maxLength={80}
            required
            dir="auto"
            style={{ flex: '2 1 240px' }}
            data-testid="approval-step-name"
          />
          <Stack gap={4} style={{ flex: '1 1 220px' }}>
            <Text size="sm" fw={500} id={`${step.key}-mode`}>
              {t('channelsArea.approvals.mode')}
            </Text>
            <SegmentedControl
              aria-labelledby={`${step.key}-mode`}
              value={step.mode}
              onChange={(value) => onChange({ mode: value === 'all' ? 'all' : 'any' })}
              data={[
                { value: 'any', label: t('channelsArea.approvals.modeAny') },
                { value: 'all', label: t('channelsArea.approvals.modeAll') },
              ]}
              data-testid="approval-step-mode"
            />
            <Text size="xs" c="dimmed">
              {step.mode === 'all' ? t('channelsArea.approvals.modeAllHelp') : t('channelsArea.approvals.modeAnyHelp')}
            </Text>
          </Stack>
        </Group>
        <Group align="flex-start" gap="md" wrap="wrap">
          <MultiSelect
            label={t('channelsArea.approvals.roles')}
            placeholder={step.roles.length ? undefined : t('channelsArea.approvals.rolesPlaceholder')}
            data={roles}
            value={step.roles}
            onChange={(value) => onChange({ roles: value as Role[] })}
            error={Boolean(errors.approvers)}
            comboboxProps={{ withinPortal: true }}
            style={{ flex: '1 1 240px' }}
            data-testid="approval-step-roles"
          />
          <MultiSelect
            label={t('channelsArea.approvals.people')}
            placeholder={step.userIds.length ? undefined : t('channelsArea.approvals.peoplePlaceholder')}
            data={people}
            value={step.userIds}
            onChange={(value) => onChange({ userIds: value })}
            error={Boolean(errors.approvers)}
            searchable
            nothingFoundMessage={t('channelsArea.approvals.noPeople')}
            comboboxProps={{ withinPortal: true }}
            style={{ flex: '1 1 240px' }}
            data-testid="approval-step-people"
          />
        </Group>
        {errors.approvers ? (
          <Text size="xs" c="red" role="alert" data-testid="approval-step-error">
            {errors.approvers}
          </Text>
        ) : (
          <Text size="xs" c="dimmed">
            {t('channelsArea.approvals.approversHelp')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
