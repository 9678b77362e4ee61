import { Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROLES, WORKSPACE_WIDE_ROLES, canAssignRole } from '../../../core/permissions.ts';
import type { Role } from '../../../core/permissions.ts';
import { api } from '../../api/client.ts';
import { useAllBrands, useMembersPage, workspacePath } from '../../api/hooks.ts';
import type { Member } from '../../api/types.ts';
import { brandScopeLabel } from '../../components/brandLabels.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { DangerRowButton } from '../../components/DangerRowButton.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { IconUsers } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ListState, LoadMore } from '../../components/ListState.tsx';
import { NotAllowed } from '../../components/states.tsx';
import { useConfirmedAction } from '../../components/useConfirmedAction.ts';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { formatDate } from '../../i18n/format.ts';
import { BrandScopeModal } from './BrandScopeModal.tsx';
import { isolate } from '../../i18n/isolate.ts';

export default function MembersPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId, me, can } = useWorkspaceContext();
  const queryClient = useQueryClient();
  const allowed = can('member.view');
  const manage = can('member.manage');
  const members = useMembersPage(workspaceId, allowed);
  const brands = useAllBrands(workspaceId);
  const [scoping, setScoping] = useState<Member | null>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['workspace', workspaceId, 'members'] });
  const changeRole = useMutation({
    mutationFn: ({ member, role }: { member: Member; role: Role }) =>
      api.patch(`${workspacePath(workspaceId)}/members/${member.id}`, { role }),
    onSuccess: async (_result, { member }) => {
      await refresh();
      // Changing your own role changes what you may do here.
      if (member.id === me.memberId) await queryClient.invalidateQueries({ queryKey: ['workspace', workspaceId] });
    },
  });
  const remove = useConfirmedAction((member: Member) => api.delete(`${workspacePath(workspaceId)}/members/${member.id}`), refresh);

  if (!allowed) return <NotAllowed />;

  const inviteButton = manage && (
    <Button component={Link} to={`/w/${workspaceId}/settings/invitations`} leftSection={<IconUsers size={16} />} data-testid="members-invite">
      {t('settings.members.invite')}
    </Button>
  );

  const body = (
    <ListState
      query={members}
      items={members.items}
      empty={
        <EmptyBlock title={t('settings.members.emptyTitle')} description={t('settings.members.emptyText')} icon={<IconUsers size={28} />}>
          {inviteButton}
        </EmptyBlock>
      }
    >
      {(items) => (
        <DataTable
          testId="members-table"
          minWidth={820}
          columns={[t('settings.members.name'), t('settings.members.role'), t('settings.members.brands'), t('settings.members.joined')]}
          actionsLabel={manage ? t('settings.members.actions') : undefined}
        >
          {items.map((member) => {
            const isMe = member.id === me.memberId;
            const assignable = ROLES.filter((role) => role === member.role || canAssignRole(me.role, member.role, role));
            const canEdit = manage && assignable.length > 1;
            const workspaceWide = WORKSPACE_WIDE_ROLES.includes(member.role);
            return (
              <Table.Tr key={member.id} data-testid="member-row" data-email={member.email}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500}>
                      <bdi>{member.name}</bdi>
                    </Text>
                    {isMe && (
                      <Badge size="xs" variant="light" color="gray">
                        {t('common.you')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    <bdi dir="ltr">{member.email}</bdi>
                  </Text>
                </Table.Td>
                <Table.Td miw={190}>
                  {canEdit ? (
                    <Select
                      size="xs"
                      aria-label={t('settings.members.roleFor', { name: member.name })}
                      data={assignable.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
                      value={member.role}
                      allowDeselect={false}
                      onChange={(value) => {
                        if (value && value !== member.role) changeRole.mutate({ member, role: value as Role });
                      }}
                      disabled={changeRole.isPending && changeRole.variables?.member.id === member.id}
                      data-testid="member-role"
                    />
                  ) : (
                    <Text size="sm">{t(`roles.${member.role}`)}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={member.brandIds === null ? 'dimmed' : undefined} data-testid="member-brands">
                    {workspaceWide ? t('common.allBrands') : brandScopeLabel(t, member.brandIds, brands.data)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(member.joinedAt, i18n.language)}</Text>
                </Table.Td>
                {manage && (
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setScoping(member)}
                        disabled={workspaceWide || !canEdit}
                        title={workspaceWide ? t('settings.members.workspaceWide') : undefined}
                        data-testid="member-brands-edit"
                      >
                        {t('settings.members.limitBrands')}
                      </Button>
                      {canAssignRole(me.role, member.role, member.role) && (
                        <DangerRowButton onClick={() => remove.ask(member)} testId="member-remove">
                          {t('common.remove')}
                        </DangerRowButton>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </DataTable>
      )}
    </ListState>
  );

  return (
    <Stack>
      <PageHeader order={2} title={t('settings.members.title')} description={t('settings.members.description')} actions={inviteButton} />
      <ErrorAlert error={changeRole.error} fields={[]} />
      {body}
      <LoadMore query={members} />
      <BrandScopeModal
        workspaceId={workspaceId}
        member={scoping}
        brands={brands.data ?? []}
        onClose={() => setScoping(null)}
        onSaved={() => {
          setScoping(null);
          void refresh();
        }}
      />
      <ConfirmModal
        {...remove.modal}
        title={t('settings.members.removeTitle', { name: isolate(remove.target?.name ?? '') })}
        text={t('settings.members.removeText')}
        confirmLabel={t('settings.members.removeConfirm')}
      />
    </Stack>
  );
}
