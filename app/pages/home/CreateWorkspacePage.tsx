import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { WorkspaceKind } from '../../../core/validation.ts';
import { api } from '../../api/client.ts';
import { queryKeys } from '../../api/hooks.ts';
import type { Workspace } from '../../api/types.ts';
import { ErrorAlert, fieldErrorsOf } from '../../components/errors.tsx';
import { useRequiredSubmit } from '../../components/forms.ts';
import { KindPicker } from './KindPicker.tsx';

export default function CreateWorkspacePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<WorkspaceKind>('company');

  const create = useMutation({
    mutationFn: () => api.post<{ workspace: Workspace }>('/workspaces', { name: name.trim(), kind }),
    onSuccess: async ({ workspace }) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.workspaces });
      await queryClient.invalidateQueries({ queryKey: queryKeys.session });
      await navigate(`/w/${workspace.id}`);
    },
  });

  const { error: nameError, submit } = useRequiredSubmit(name, () => create.mutate());

  const serverErrors = fieldErrorsOf(create.error);
  return (
    <Paper withBorder p={{ base: 'lg', sm: 32 }} maw={560} mx="auto" mt="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1} fz={24}>
            {t('noWorkspace.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('noWorkspace.text')}
          </Text>
          <ErrorAlert error={create.error} fields={['name', 'kind']} />
          <TextInput
            label={t('noWorkspace.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={nameError ?? serverErrors['name']}
            required
            maxLength={100}
            data-testid="workspace-name"
          />
          <KindPicker value={kind} onChange={setKind} error={serverErrors['kind']} />
          <Button type="submit" loading={create.isPending} data-testid="workspace-create">
            {t('noWorkspace.submit')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('noWorkspace.invitedHint')}
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
