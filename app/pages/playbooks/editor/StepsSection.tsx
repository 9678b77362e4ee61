import { ActionIcon, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PLAYBOOK_LIMITS, type TierLevel } from '../../../../core/playbooks/content.ts';
import { IconChevronDown, IconPlus, IconX } from '../../../components/icons.tsx';
import { roleLabel, textDir } from '../labels.ts';
import { moveBy, replaceAt, type SectionProps } from './shared.ts';

export function StepsSection({ content, change, errors }: SectionProps) {
  const { t, i18n } = useTranslation();
  const roles = content.roles.map((role) => ({ value: role.key, label: roleLabel(t, role) }));
  const tiers = [
    { value: '3', label: t('playbooksArea.editor.fromTier3') },
    { value: '2', label: t('playbooksArea.editor.fromTier2') },
    { value: '1', label: t('playbooksArea.editor.fromTier1') },
  ];
  return (
    <Stack gap="sm">
      {errors['steps'] && (
        <Text size="sm" c="red" role="alert">
          {errors['steps']}
        </Text>
      )}
      <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {content.steps.map((step, i) => {
          const n = i + 1;
          const set = (field: string, patch: Partial<typeof step>) =>
            change(`steps.${i}.${field}`, (d) => ({ ...d, steps: replaceAt(d.steps, i, { ...d.steps[i]!, ...patch }) }));
          return (
            <Paper key={i} component="li" withBorder p="sm" radius="md" data-testid="step-row">
              <Stack gap="sm">
                <Group align="flex-start" gap="sm" wrap="wrap">
                  <Text fw={700} mt={30} w={28} ta="center" aria-hidden>
                    {n}
                  </Text>
                  <TextInput
                    label={t('playbooksArea.editor.stepTitle')}
                    aria-label={t('playbooksArea.editor.stepNumber', { n })}
                    value={step.title}
                    onChange={(e) => set('title', { title: e.currentTarget.value })}
                    error={errors[`steps.${i}.title`]}
                    maxLength={PLAYBOOK_LIMITS.stepTitle}
                    required
                    dir="auto"
                    style={{ flex: '2 1 260px' }}
                  />
                  <Select
                    label={t('playbooksArea.editor.stepRole')}
                    data={roles}
                    value={step.role || null}
                    onChange={(value) => set('role', { role: value ?? '' })}
                    error={errors[`steps.${i}.role`]}
                    allowDeselect={false}
                    comboboxProps={{ withinPortal: true }}
                    style={{ flex: '1 1 180px' }}
                  />
                  <Select
                    label={t('playbooksArea.editor.stepTier')}
                    data={tiers}
                    value={String(step.fromTier)}
                    onChange={(value) => value && set('fromTier', { fromTier: Number(value) as TierLevel })}
                    allowDeselect={false}
                    comboboxProps={{ withinPortal: true }}
                    style={{ flex: '1 1 160px' }}
                  />
                  <Group gap={4} mt={26} wrap="nowrap">
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={t('playbooksArea.editor.moveUp', { n })}
                      disabled={i === 0}
                      onClick={() => change('steps', (d) => ({ ...d, steps: moveBy(d.steps, i, -1) }))}
                    >
                      <IconChevronDown size={16} style={{ transform: 'rotate(180deg)' }} />
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={t('playbooksArea.editor.moveDown', { n })}
                      disabled={i === content.steps.length - 1}
                      onClick={() => change('steps', (d) => ({ ...d, steps: moveBy(d.steps, i, 1) }))}
                    >
                      <IconChevronDown size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={t('playbooksArea.editor.removeStep', { n })}
                      disabled={content.steps.length === 1}
                      onClick={() => change('steps', (d) => ({ ...d, steps: d.steps.filter((_, j) => j !== i) }))}
                    >
                      <IconX size={16} />
                    </ActionIcon>
                  </Group>
                </Group>
                <Textarea
                  label={t('playbooksArea.editor.stepDetails')}
                  value={step.details}
                  onChange={(e) => set('details', { details: e.currentTarget.value })}
                  error={errors[`steps.${i}.details`]}
                  autosize
                  minRows={1}
                  maxRows={6}
                  maxLength={PLAYBOOK_LIMITS.stepDetails}
                  dir={textDir(step.details, i18n.dir())}
                  ms={{ base: 0, sm: 40 }}
                />
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      {content.steps.length < PLAYBOOK_LIMITS.steps && (
        <Button
          variant="default"
          leftSection={<IconPlus size={16} />}
          w="fit-content"
          onClick={() =>
            change('steps', (d) => ({ ...d, steps: [...d.steps, { title: '', details: '', role: d.roles[0]?.key ?? '', fromTier: 3 }] }))
          }
          data-testid="step-add"
        >
          {t('playbooksArea.editor.addStep')}
        </Button>
      )}
    </Stack>
  );
}
