import { Badge, Card, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_NAMES, ROLES, actionScope, roleAllows } from '../../../core/permissions.ts';
import type { ActionScope } from '../../../core/permissions.ts';
import { IconCheck } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';

const GROUPS: { scope: ActionScope; label: string }[] = [
  { scope: 'workspace', label: 'settings.roles.workspaceGroup' },
  { scope: 'brand', label: 'settings.roles.brandGroup' },
];

export default function RolesPage() {
  const { t } = useTranslation();
  const { me } = useWorkspaceContext();
  const mine = (role: string) => (role === me.role ? { background: 'var(--mantine-color-petrol-0)' } : undefined);
  return (
    <Stack gap="lg">
      <PageHeader order={2} title={t('settings.roles.title')} description={t('settings.roles.description')} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={960}>
          <Table withColumnBorders highlightOnHover={false} data-testid="permission-matrix">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={280}>{t('settings.roles.action')}</Table.Th>
                {ROLES.map((role) => (
                  <Table.Th key={role} ta="center" style={mine(role)} data-role={role}>
                    <Text size="sm" fw={700} lh={1.3}>
                      {t(`roles.${role}`)}
                    </Text>
                    {role === me.role && (
                      <Badge size="xs" variant="light" mt={4}>
                        {t('settings.roles.yourRole')}
                      </Badge>
                    )}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {GROUPS.map((group) => (
                <Fragment key={group.scope}>
                  <Table.Tr>
                    <Table.Th colSpan={ROLES.length + 1} scope="colgroup" bg="gray.0">
                      <Text size="xs" fw={700} c="dimmed">
                        {t(group.label)}
                      </Text>
                    </Table.Th>
                  </Table.Tr>
                  {ACTION_NAMES.filter((action) => actionScope(action) === group.scope).map((action) => (
                    <Table.Tr key={action} data-action={action}>
                      <Table.Th scope="row" fw={400}>
                        <Text size="sm">{t(`actions.${action}`)}</Text>
                      </Table.Th>
                      {ROLES.map((role) => {
                        const allowed = roleAllows(role, action);
                        return (
                          <Table.Td key={role} ta="center" style={mine(role)} data-allowed={allowed ? 'true' : 'false'}>
                            {allowed ? (
                              <Text c="teal.8" span style={{ display: 'inline-flex' }}>
                                <IconCheck size={18} />
                              </Text>
                            ) : (
                              <Text c="gray.5" span aria-hidden="true">
                                —
                              </Text>
                            )}
                            <span className="visually-hidden">{allowed ? t('settings.roles.allowed') : t('settings.roles.notAllowed')}</span>
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  ))}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {ROLES.map((role) => (
          <Card key={role} padding="md" style={mine(role)}>
            <Title order={3} fz={15}>
              {t(`roles.${role}`)}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {t(`roleDescriptions.${role}`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
