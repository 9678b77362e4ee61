import { Alert, Badge, Button, Code, Grid, Group, Modal, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { queryKeys, useApiTokens } from '../../api/hooks.ts';
import type { ApiToken } from '../../api/types.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { CopyField } from '../../components/CopyField.tsx';
import { DangerRowButton } from '../../components/DangerRowButton.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { ErrorAlert, fieldErrorsOf } from '../../components/errors.tsx';
import { useRequiredSubmit } from '../../components/forms.ts';
import { IconAlert, IconKey, IconPlus } from '../../components/icons.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ListState } from '../../components/ListState.tsx';
import { useConfirmedAction } from '../../components/useConfirmedAction.ts';
import { formatDate } from '../../i18n/format.ts';
import { isolate } from '../../i18n/isolate.ts';

const EXPIRY_CHOICES = ['30', '90', '365', 'never'] as const;

function tokenStatus(token: ApiToken): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= Date.now()) return 'expired';
  return 'active';
}

function CreateTokenForm({ onCreated }: { onCreated: (secret: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState<string>('90');
  const create = useMutation({
    mutationFn: () =>
      api.post<{ token: ApiToken; secret: string }>('/me/tokens', {
        name: name.trim(),
        ...(expiry === 'never' ? {} : { expiresInDays: Number(expiry) }),
      }),
    onSuccess: ({ secret }) => {
      setName('');
      onCreated(secret);
    },
  });
  const { error: nameError, submit } = useRequiredSubmit(name, () => create.mutate());
  const serverErrors = fieldErrorsOf(create.error);
  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} noValidate data-testid="token-form">
        <Stack>
          <Title order={2} fz={16}>
            {t('tokens.createTitle')}
          </Title>
          <ErrorAlert error={create.error} fields={['name', 'expiresInDays']} />
          <Grid gap="md" align="flex-start">
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <TextInput
                label={t('tokens.name')}
                placeholder={t('tokens.namePlaceholder')}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                error={nameError ?? serverErrors['name']}
                maxLength={100}
                data-testid="token-name"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <Select
                label={t('tokens.expiry')}
                data={EXPIRY_CHOICES.map((choice) => ({
                  value: choice,
                  label: choice === 'never' ? t('tokens.expiryNever') : t('tokens.expiryDays', { count: Number(choice) }),
                }))}
                value={expiry}
                onChange={(value) => value && setExpiry(value)}
                allowDeselect={false}
                error={serverErrors['expiresInDays']}
                data-testid="token-expiry"
              />
            </Grid.Col>
          </Grid>
          <Group>
            <Button type="submit" loading={create.isPending} leftSection={<IconPlus size={16} />} data-testid="token-create">
              {t('tokens.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export default function TokensPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const tokens = useApiTokens();
  const [secret, setSecret] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.tokens });
  const revoke = useConfirmedAction((token: ApiToken) => api.delete(`/me/tokens/${token.id}`), refresh);

  const list = (
    <ListState
      query={tokens}
      items={tokens.data}
      empty={<EmptyBlock title={t('tokens.emptyTitle')} description={t('tokens.emptyText')} icon={<IconKey size={28} />} />}
    >
      {(items) => (
        <DataTable
          testId="tokens-table"
          minWidth={760}
          columns={[t('tokens.name'), t('tokens.prefix'), t('tokens.created'), t('tokens.lastUsed'), t('tokens.expires'), t('tokens.status')]}
          actionsLabel={t('tokens.revoke')}
        >
          {items.map((token) => {
            const status = tokenStatus(token);
            return (
              <Table.Tr key={token.id} data-testid="token-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    <bdi>{token.name}</bdi>
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Code dir="ltr">{token.prefix}…</Code>
                </Table.Td>
                <Table.Td>{formatDate(token.createdAt, i18n.language)}</Table.Td>
                <Table.Td>{token.lastUsedAt ? formatDate(token.lastUsedAt, i18n.language) : t('common.never')}</Table.Td>
                <Table.Td>{token.expiresAt ? formatDate(token.expiresAt, i18n.language) : t('tokens.expiryNever')}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={status === 'active' ? 'teal' : 'gray'}>
                    {t(`tokens.${status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {status === 'active' && (
                    <DangerRowButton onClick={() => revoke.ask(token)} testId="token-revoke">
                      {t('tokens.revoke')}
                    </DangerRowButton>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </DataTable>
      )}
    </ListState>
  );

  return (
    <Stack gap="lg" maw={1000}>
      <PageHeader title={t('tokens.title')} description={t('tokens.description')} />
      <CreateTokenForm
        onCreated={(value) => {
          setSecret(value);
          void refresh();
        }}
      />
      {list}
      <Modal
        opened={secret !== null}
        onClose={() => setSecret(null)}
        title={t('tokens.secretTitle')}
        closeOnClickOutside={false}
        size="lg"
      >
        <Stack>
          <Alert color="yellow" variant="light" icon={<IconAlert />}>
            {t('tokens.secretWarning')}
          </Alert>
          <CopyField label={t('tokens.secretLabel')} value={secret ?? ''} testId="token-secret" />
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {t('tokens.usage')}
            </Text>
            <Code block dir="ltr">
              Authorization: Bearer brt_…
            </Code>
          </Stack>
          <Group justify="flex-end">
            <Button onClick={() => setSecret(null)} data-testid="token-secret-done">
              {t('tokens.done')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmModal
        {...revoke.modal}
        title={t('tokens.revokeTitle', { name: isolate(revoke.target?.name ?? '') })}
        text={t('tokens.revokeText')}
        confirmLabel={t('tokens.revokeConfirm')}
      />
    </Stack>
  );
}
