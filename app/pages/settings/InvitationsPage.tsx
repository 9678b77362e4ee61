import { Alert, Badge, Button, Grid, Group, MultiSelect, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, WORKSPACE_WIDE_ROLES, canAssignRole } from '../../../core/permissions.ts';
import type { Role } from '../../../core/permissions.ts';
import { emailSchema } from '../../../core/validation.ts';
import { api } from '../../api/client.ts';
import { queryKeys, useAllBrands, useInvitations, workspacePath } from '../../api/hooks.ts';
import type { Invitation, InvitationStatus } from '../../api/types.ts';
import { brandScopeLabel } from '../../components/brandLabels.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { CopyField } from '../../components/CopyField.tsx';
import { DangerRowButton } from '../../components/DangerRowButton.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { ErrorAlert, fieldErrorsOf } from '../../components/errors.tsx';
import { IconCheck, IconMail } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ListState } from '../../components/ListState.tsx';
import { NotAllowed } from '../../components/states.tsx';
import { useConfirmedAction } from '../../components/useConfirmedAction.ts';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { formatDate } from '../../i18n/format.ts';
import { isolate } from '../../i18n/isolate.ts';

const STATUS_COLORS: Record<InvitationStatus, string> = {
  pending: 'blue',
  accepted: 'teal',
  expired: 'gray',
  revoked: 'red',
};

/** The server may answer with a path; people need a link they can paste anywhere. */
function absoluteLink(link: string): string {
  try {
    return new URL(link, window.location.origin).toString();
  } catch {
    return link;
  }
}

interface CreatedInvitation {
  invitation: Invitation;
  /** null when the link was emailed: it goes to the invited person only. */
  link: string | null;
  emailed: boolean;
}

function InviteForm({ workspaceId, onCreated }: { workspaceId: string; onCreated: (result: CreatedInvitation) => void }) {
  const { t } = useTranslation();
  const { me } = useWorkspaceContext();
  const brands = useAllBrands(workspaceId);
  const roles = ROLES.filter((role) => canAssignRole(me.role, null, role));
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(roles.includes('editor') ? 'editor' : (roles[0] ?? 'editor'));
  const [brandIds, setBrandIds] = useState<string[]>([]);
  const [emailError, setEmailError] = useState<string | null>(null);
  const workspaceWide = WORKSPACE_WIDE_ROLES.includes(role);

  const invite = useMutation({
    mutationFn: (normalizedEmail: string) =>
      api.post<CreatedInvitation>(`${workspacePath(workspaceId)}/invitations`, {
        email: normalizedEmail,
        role,
        brandIds: workspaceWide || brandIds.length === 0 ? null : brandIds,
      }),
    onSuccess: (result) => {
      setEmail('');
      setBrandIds([]);
      onCreated(result);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = emailSchema.safeParse(email);
    if (!parsed.success) {
      setEmailError(email.trim() ? t('validation.email') : t('validation.required'));
      return;
    }
    setEmailError(null);
    invite.mutate(parsed.data);
  };
  const serverErrors = fieldErrorsOf(invite.error);

  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} noValidate data-testid="invite-form">
        <Stack>
          <Title order={3} fz={16}>
            {t('settings.invitations.formTitle')}
          </Title>
          <ErrorAlert error={invite.error} fields={['email', 'role', 'brandIds']} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 5 }}>
              <TextInput
                label={t('settings.invitations.email')}
                type="email"
                dir="ltr"
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={emailError ?? serverErrors['email']}
                required
                data-testid="invite-email"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 3 }}>
              <Select
                label={t('settings.invitations.role')}
                data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                value={role}
                onChange={(value) => value && setRole(value as Role)}
                allowDeselect={false}
                error={serverErrors['role']}
                data-testid="invite-role"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <MultiSelect
                label={t('settings.invitations.brands')}
                placeholder={brandIds.length ? undefined : t('settings.invitations.brandsPlaceholder')}
                data={(brands.data ?? []).filter((brand) => !brand.archivedAt).map((brand) => ({ value: brand.id, label: brand.name }))}
                value={workspaceWide ? [] : brandIds}
                onChange={setBrandIds}
                disabled={workspaceWide}
                searchable
                error={serverErrors['brandIds']}
                data-testid="invite-brands"
              />
            </Grid.Col>
          </Grid>
          <Text size="xs" c="dimmed">
            {t(`roleDescriptions.${role}`)} {workspaceWide ? t('settings.invitations.brandsNotForRole') : t('settings.invitations.brandsHint')}
          </Text>
          <Group>
            <Button type="submit" loading={invite.isPending} leftSection={<IconMail size={16} />} data-testid="invite-submit">
              {t('settings.invitations.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export default function InvitationsPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId, can } = useWorkspaceContext();
  const queryClient = useQueryClient();
  const allowed = can('member.manage');
  const invitations = useInvitations(workspaceId, allowed);
  const brands = useAllBrands(workspaceId);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.invitations(workspaceId) });
  const revoke = useConfirmedAction((invitation: Invitation) => api.delete(`${workspacePath(workspaceId)}/invitations/${invitation.id}`), refresh);

  if (!allowed) return <NotAllowed />;

  const list = (
    <ListState
      query={invitations}
      items={invitations.data}
      empty={<EmptyBlock title={t('settings.invitations.emptyTitle')} description={t('settings.invitations.emptyText')} icon={<IconMail size={28} />} />}
    >
      {(items) => (
        <DataTable
          testId="invitations-table"
          minWidth={860}
          columns={[
            t('settings.invitations.email'),
            t('settings.invitations.role'),
            t('settings.members.brands'),
            t('settings.invitations.invitedBy'),
            t('settings.invitations.expires'),
            t('settings.invitations.status'),
          ]}
          actionsLabel={t('settings.invitations.actions')}
        >
          {items.map((invitation) => (
            <Table.Tr key={invitation.id} data-testid="invitation-row" data-email={invitation.email}>
              <Table.Td>
                <Text size="sm">
                  <bdi dir="ltr">{invitation.email}</bdi>
                </Text>
              </Table.Td>
              <Table.Td>{t(`roles.${invitation.role}`)}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {WORKSPACE_WIDE_ROLES.includes(invitation.role) ? t('common.allBrands') : brandScopeLabel(t, invitation.brandIds, brands.data)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <bdi>{invitation.invitedBy?.name ?? t('common.none')}</bdi>
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(invitation.expiresAt, i18n.language)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLORS[invitation.status]} variant="light" data-testid="invitation-status">
                  {t(`settings.invitations.statuses.${invitation.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {invitation.status === 'pending' && (
                  <DangerRowButton onClick={() => revoke.ask(invitation)} testId="invitation-revoke">
                    {t('settings.invitations.revoke')}
                  </DangerRowButton>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </ListState>
  );

  return (
    <Stack gap="lg">
      <PageHeader order={2} title={t('settings.invitations.title')} description={t('settings.invitations.description')} />
      <InviteForm
        workspaceId={workspaceId}
        onCreated={(result) => {
          setCreated(result);
          void refresh();
        }}
      />
      {created && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck />}
          title={t('settings.invitations.createdTitle')}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setCreated(null)}
          data-testid="invite-result"
          data-emailed={created.emailed ? 'true' : 'false'}
        >
          <Stack gap="sm">
            <Text size="sm">
              {created.emailed
                ? t('settings.invitations.emailed', { email: isolate(created.invitation.email) })
                : t('settings.invitations.notEmailed', { email: isolate(created.invitation.email) })}
            </Text>
            {created.link && <CopyField label={t('settings.invitations.link')} value={absoluteLink(created.link)} testId="invite-link" />}
          </Stack>
        </Alert>
      )}
      <Title order={3} fz={16} mt="sm">
        {t('settings.invitations.listTitle')}
      </Title>
      {list}
      <ConfirmModal
        {...revoke.modal}
        title={t('settings.invitations.revokeTitle', { email: isolate(revoke.target?.email ?? '') })}
        text={t('settings.invitations.revokeText')}
        confirmLabel={t('settings.invitations.revokeConfirm')}
      />
    </Stack>
  );
}
