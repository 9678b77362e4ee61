import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { WorkspaceKind } from '../../../core/validation.ts';
import { api } from '../../api/client.ts';
import { queryKeys, workspacePath } from '../../api/hooks.ts';
import type { Workspace, WorkspaceDetail } from '../../api/types.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ErrorAlert, fieldErrorsOf } from '../../components/errors.tsx';
import { useRequiredSubmit } from '../../components/forms.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Saved } from '../../components/Saved.tsx';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';
import { formatDate } from '../../i18n/format.ts';
import { KindPicker } from '../home/KindPicker.tsx';
import { isolate } from '../../i18n/isolate.ts';

function LeaveWorkspace() {
  const { t } = useTranslation();
  const { workspace, workspaceId, me } = useWorkspaceContext();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const leave = useMutation({
    mutationFn: () => api.delete(`${workspacePath(workspaceId)}/members/${me.memberId}`),
    onSuccess: async () => {
      setConfirming(false);
      queryClient.removeQueries({ queryKey: ['workspace', workspaceId] });
      await queryClient.invalidateQueries({ queryKey: queryKeys.workspaces });
      await queryClient.invalidateQueries({ queryKey: queryKeys.session });
      await navigate('/', { replace: true });
    },
  });
  return (
    <Paper withBorder p="lg" maw={620}>
      <Stack gap="sm" align="flex-start">
        <Title order={3} fz={16}>
          {t('settings.workspace.leaveTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.workspace.leaveText')}
        </Text>
        <Button
          variant="light"
          color="red"
          onClick={() => {
            leave.reset();
            setConfirming(true);
          }}
          data-testid="workspace-leave"
        >
          {t('settings.workspace.leave')}
        </Button>
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('settings.workspace.leaveConfirmTitle', { name: isolate(workspace.name) })}
        text={t('settings.workspace.leaveText')}
        confirmLabel={t('settings.workspace.leave')}
        onConfirm={() => leave.mutate()}
        onClose={() => setConfirming(false)}
        loading={leave.isPending}
        error={leave.error}
      />
    </Paper>
  );
}

export default function WorkspaceSettingsPage() {
  const { t, i18n } = useTranslation();
  const { workspace, workspaceId, can } = useWorkspaceContext();
  const queryClient = useQueryClient();
  const editable = can('workspace.update');
  const [name, setName] = useState(workspace.name);
  const [kind, setKind] = useState<WorkspaceKind>(workspace.kind);

  const save = useMutation({
    mutationFn: () => api.patch<{ workspace: Workspace }>(workspacePath(workspaceId), { name: name.trim(), kind }),
    onSuccess: ({ workspace: updated }) => {
      queryClient.setQueryData<WorkspaceDetail>(queryKeys.workspace(workspaceId), (old) => (old ? { ...old, workspace: updated } : old));
      void queryClient.invalidateQueries({ queryKey: queryKeys.workspaces });
    },
  });

  const dirty = name.trim() !== workspace.name || kind !== workspace.kind;
  const { error: nameError, submit } = useRequiredSubmit(name, () => save.mutate());
  const serverErrors = fieldErrorsOf(save.error);

  return (
    <Stack>
      <PageHeader order={2} title={t('settings.workspace.title')} />
      <Paper withBorder p="lg" maw={620}>
        <form onSubmit={submit} noValidate>
          <Stack>
            {!editable && (
              <Alert variant="light" color="gray" data-testid="read-only-notice">
                {t('settings.workspace.readOnly')}
              </Alert>
            )}
            <ErrorAlert error={save.error} fields={['name', 'kind']} />
            <TextInput
              label={t('settings.workspace.name')}
              value={name}
              onChange={(event) => {
                setName(event.currentTarget.value);
                save.reset();
              }}
              readOnly={!editable}
              error={nameError ?? serverErrors['name']}
              maxLength={100}
              data-testid="workspace-name"
            />
            <KindPicker
              value={kind}
              onChange={(next) => {
                setKind(next);
                save.reset();
              }}
              disabled={!editable}
              error={serverErrors['kind']}
            />
            <Text size="sm" c="dimmed">
              {t('settings.workspace.createdAt')}: {formatDate(workspace.createdAt, i18n.language)}
            </Text>
            {editable && (
              <Group>
                <Button type="submit" loading={save.isPending} disabled={!dirty} data-testid="workspace-save">
                  {t('common.saveChanges')}
                </Button>
                {save.isSuccess && !dirty && <Saved text={t('settings.workspace.savedMessage')} />}
              </Group>
            )}
          </Stack>
        </form>
      </Paper>
      <LeaveWorkspace />
    </Stack>
  );
}
