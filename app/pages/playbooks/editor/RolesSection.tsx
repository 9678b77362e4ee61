import { ActionIcon, Button, Group, Menu, Paper, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PLAYBOOK_LIMITS, ROLE_KINDS, type RoleKind } from '../../../../core/playbooks/content.ts';
import { IconPlus, IconX } from '../../../components/icons.tsx';
import { roleLabel } from '../labels.ts';
import { replaceAt, type PersonOption, type SectionProps } from './shared.ts';

interface RolesSectionProps extends SectionProps {
  /** People who work on the brand. */
  people: PersonOption[];
}

export function RolesSection({ content, change, errors, people }: RolesSectionProps) {
  const { t } = useTranslation();
  const builtIn = ROLE_KINDS.filter((kind) => kind !== 'custom' && !content.roles.some((role) => role.key === kind));
  const addRole = (kind: RoleKind) =>
    change('roles', (d) => ({
      ...d,
      roles: [
        ...d.roles,
        // Built-in roles are keyed by their kind; a custom one gets a key of its own that steps can name.
        { key: kind === 'custom' ? `custom_${Date.now().toString(36)}` : kind, kind, customName: '', userId: null, backupUserId: null },
      ],
    }));
  return (
    <Stack gap="sm">
      {content.roles.map((role, i) => {
        const used = content.steps.filter((step) => step.role === role.key).length;
        const setRole = (field: string, patch: Partial<typeof role>) =>
          change(`roles.${i}.${field}`, (d) => ({ ...d, roles: replaceAt(d.roles, i, { ...d.roles[i]!, ...patch }) }));
        return (
          <Paper key={role.key} withBorder p="sm" radius="md" data-testid="role-row" data-role={role.key}>
            <Group align="flex-start" gap="sm" wrap="wrap">
              {role.kind === 'custom' ? (
                <TextInput
                  label={t('playbooksArea.editor.customName')}
                  value={role.customName}
                  onChange={(e) => setRole('customName', { customName: e.currentTarget.value })}
                  error={errors[`roles.${i}.customName`] ?? errors[`roles.${i}.key`]}
                  maxLength={PLAYBOOK_LIMITS.customRoleName}
                  required
                  dir="auto"
                  style={{ flex: '1 1 200px' }}
                />
              ) : (
                <Stack gap={4} style={{ flex: '1 1 200px' }}>
                  <Text size="sm" fw={500}>
                    {t('playbooksArea.editor.role')}
                  </Text>
                  <Text fw={600} py={6}>
                    {roleLabel(t, role)}
                  </Text>
                </Stack>
              )}
              <Select
                label={t('playbooksArea.editor.person')}
                placeholder={t('playbooksArea.editor.nobody')}
                data={people}
                value={role.userId}
                onChange={(value) => setRole('userId', { userId: value, ...(value && value === role.backupUserId ? { backupUserId: null } : {}) })}
                error={errors[`roles.${i}.userId`]}
                searchable
                clearable
                comboboxProps={{ withinPortal: true }}
                style={{ flex: '1 1 200px' }}
                data-testid="role-person"
              />
              <Select
                label={t('playbooksArea.editor.backup')}
                placeholder={t('playbooksArea.editor.nobody')}
                data={people.filter((p) => p.value !== role.userId)}
                value={role.backupUserId}
                onChange={(value) => setRole('backupUserId', { backupUserId: value })}
                error={errors[`roles.${i}.backupUserId`]}
                searchable
                clearable
                comboboxProps={{ withinPortal: true }}
                style={{ flex: '1 1 200px' }}
                data-testid="role-backup"
              />
              <Tooltip label={t('playbooksArea.editor.roleInUse')} disabled={used === 0} withArrow>
                <ActionIcon
                  mt={26}
                  variant="default"
                  size="lg"
                  aria-label={`${t('playbooksArea.editor.removeRole')}: ${roleLabel(t, role)}`}
                  disabled={used > 0}
                  onClick={() => change('roles', (d) => ({ ...d, roles: d.roles.filter((_, j) => j !== i) }))}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Paper>
        );
      })}
      {errors['roles'] && (
        <Text size="sm" c="red" role="alert">
          {errors['roles']}
        </Text>
      )}
      {content.roles.length < PLAYBOOK_LIMITS.roles && (
        <Menu position="bottom-start">
          <Menu.Target>
            <Button variant="default" leftSection={<IconPlus size={16} />} w="fit-content" data-testid="role-add">
              {t('playbooksArea.editor.addRole')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {builtIn.map((kind) => (
              <Menu.Item key={kind} onClick={() => addRole(kind)}>
                {t(`playbooksArea.roles.${kind}`)}
              </Menu.Item>
            ))}
            <Menu.Item onClick={() => addRole('custom')}>{t('playbooksArea.roles.custom')}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
    </Stack>
  );
}
