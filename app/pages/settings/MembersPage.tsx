import { Badge, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
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
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { IconUsers } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadFailed, NotAllowed, PageLoader } from '../../components/states.tsx';
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
  const [removing, setRemoving] = useState<Member | null>(null);

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
  const remove = useMutation({
    mutationFn: (member: Member) => api.delete(`${workspacePath(workspaceId)}/members/${member.id}`),
    onSuccess: async () => {
      setRemoving(null);
      await refresh();
    },
  });

  if (!allowed) return <NotAllowed />;

  const inviteButton = manage && (
    <Button component={Link} to={`/w/${workspaceId}/settings/invitations`} leftSection={<IconUsers size={16} />} data-testid="members-invite">
      {t('settings.members.invite')}
    </Button>
  );

  let body;
  if (members.isPending) body = <PageLoader />;
  else if (members.error) body = <LoadFailed error={members.error} onRetry={() => void members.refetch()} />;
  else if (members.items.length === 0) {
    body = (
      <EmptyBlock title={t('settings.members.emptyTitle')} description={t('settings.members.emptyText')} icon={<IconUsers size={28} />}>
        {inviteButton}
      </EmptyBlock>
    );
  } else {
    body = (
      <Paper withBorder>
        <Table.ScrollContainer minWidth={820}>
          <Table data-testid="members-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.members.name')}</Table.Th>
                <Table.Th>{t('settings.members.role')}</Table.Th>
                <Table.Th>{t('settings.members.brands')}</Table.Th>
                <Table.Th>{t('settings.members.joined')}</Table.Th>
                {manage && (
                  <Table.Th>
                    <span className="visually-hidden">{t('settings.members.actions')}</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.items.map((member) => {
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
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              onClick={() => {
                                remove.reset();
                                setRemoving(member);
                              }}
                              data-testid="member-remove"
                            >
                              {t('common.remove')}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    );
  }

  return (
    <Stack>
      <PageHeader order={2} title={t('settings.members.title')} description={t('settings.members.description')} actions={inviteButton} />
      <ErrorAlert error={changeRole.error} fields={[]} />
      {body}
      {members.hasNextPage && (
        <Group justify="center">
          <Button variant="default" onClick={() => void members.fetchNextPage()} loading={members.isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        </Group>
      )}
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
        opened={removing !== null}
        title={t('settings.members.removeTitle', { name: isolate(removing?.name ?? '') })}
        text={t('settings.members.removeText')}
        confirmLabel={t('settings.members.removeConfirm')}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => setRemoving(null)}
        loading={remove.isPending}
        error={remove.error}
      />
    </Stack>
  );
}
