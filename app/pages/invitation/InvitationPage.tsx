import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../../core/validation.ts';
import { ApiError, api } from '../../api/client.ts';
import { forgetSession, rememberSession, useInvitationPreview, useSession } from '../../api/hooks.ts';
import type { InvitationPreview, Session } from '../../api/types.ts';
import { ErrorAlert, fieldErrorsOf } from '../../components/errors.tsx';
import { IconAlert } from '../../components/icons.tsx';
import { PublicFrame } from '../../components/PublicFrame.tsx';
import { rememberWorkspace } from '../../components/lastWorkspace.ts';
import { PageLoader } from '../../components/states.tsx';
import { formatDate, formatList } from '../../i18n/format.ts';
import { isolate } from '../../i18n/isolate.ts';

type AcceptResult = Session & { workspaceId: string };

function useAccept(token: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (body: { name?: string; password?: string }) =>
      api.post<AcceptResult>(`/invitations/${encodeURIComponent(token)}/accept`, body),
    onSuccess: async (result) => {
      rememberSession(queryClient, result);
      rememberWorkspace(result.workspaceId);
      await navigate(`/w/${result.workspaceId}`, { replace: true });
    },
  });
}

function InvitationProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : null;
  const [title, text] =
    code === 'invitation_expired'
      ? [t('invitation.expiredTitle'), t('invitation.expiredText')]
      : code === 'invitation_used'
        ? [t('invitation.usedTitle'), t('invitation.usedText')]
        : code === 'not_found' || code === 'validation_failed'
          ? [t('invitation.invalidTitle'), t('invitation.invalidText')]
          : [t('common.loadFailed'), ''];
  return (
    <Stack data-testid="invitation-problem" data-code={code ?? 'unknown'}>
      <Title order={1} fz={22}>
        {title}
      </Title>
      {text && <Text c="dimmed">{text}</Text>}
      {code === 'invitation_used' && (
        <Button component={Link} to="/login">
          {t('common.signIn')}
        </Button>
      )}
    </Stack>
  );
}

function NewAccountForm({ token, workspaceName }: { token: string; workspaceName: string }) {
  const { t } = useTranslation();
  const accept = useAccept(token);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!name.trim()) next['name'] = t('validation.required');
    if (password.length < PASSWORD_MIN) next['password'] = t('validation.passwordMin', { min: PASSWORD_MIN });
    setErrors(next);
    if (Object.keys(next).length === 0) accept.mutate({ name: name.trim(), password });
  };
  const serverErrors = fieldErrorsOf(accept.error);
  return (
    <form onSubmit={submit} noValidate data-testid="accept-form">
      <Stack>
        <Title order={2} fz={17}>
          {t('invitation.createAccount')}
        </Title>
        <ErrorAlert error={accept.error} fields={['name', 'password']} />
        <TextInput
          label={t('invitation.name')}
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors['name'] ?? serverErrors['name']}
          maxLength={120}
          data-testid="accept-name"
        />
        <PasswordInput
          label={t('invitation.password')}
          description={t('account.passwordHint', { min: PASSWORD_MIN })}
          autoComplete="new-password"
          value={password}
          maxLength={PASSWORD_MAX}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={errors['password'] ?? serverErrors['password']}
          data-testid="accept-password"
        />
        <Button type="submit" loading={accept.isPending} size="md" data-testid="accept-submit">
          {t('invitation.join', { workspace: isolate(workspaceName) })}
        </Button>
      </Stack>
    </form>
  );
}

function ExistingUser({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data: session, isPending } = useSession();
  const accept = useAccept(token);
  if (isPending) return <PageLoader />;
  const next = `/invite/${encodeURIComponent(token)}`;
  if (!session) {
    return (
      <Stack>
        <Text>{t('invitation.signInFirst', { email: isolate(preview.email) })}</Text>
        <Button component={Link} to={`/login?next=${encodeURIComponent(next)}`} size="md" data-testid="accept-sign-in">
          {t('invitation.signInToAccept')}
        </Button>
      </Stack>
    );
  }
  if (session.user.email.toLowerCase() !== preview.email.toLowerCase()) {
    const signOut = async () => {
      try {
        await api.post('/auth/logout');
      } finally {
        forgetSession(queryClient);
      }
    };
    return (
      <Stack>
        <Alert color="yellow" variant="light" icon={<IconAlert />} data-testid="accept-wrong-account">
          {t('invitation.wrongAccount', { current: isolate(session.user.email), email: isolate(preview.email) })}
        </Alert>
        <Button variant="default" onClick={() => void signOut()}>
          {t('invitation.signOutAndSwitch')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack>
      <ErrorAlert error={accept.error} />
      <Button onClick={() => accept.mutate({})} loading={accept.isPending} size="md" data-testid="accept-join">
        {t('invitation.join', { workspace: isolate(preview.workspaceName) })}
      </Button>
    </Stack>
  );
}

export default function InvitationPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const preview = useInvitationPreview(token);

  let content;
  if (preview.isPending) content = <PageLoader />;
  else if (preview.error) content = <InvitationProblem error={preview.error} />;
  else {
    const data = preview.data;
    const role = t(`roles.${data.role}`);
    content = (
      <Stack gap="lg" data-testid="invitation">
        <Stack gap="xs">
          <Title order={1} fz={24}>
            {t('invitation.title')}
          </Title>
          <Text data-testid="invitation-summary">
            {data.invitedByName
              ? t('invitation.summary', { inviter: isolate(data.invitedByName), workspace: isolate(data.workspaceName), role })
              : t('invitation.summaryNoInviter', { workspace: isolate(data.workspaceName), role })}
          </Text>
          <Text size="sm" c="dimmed">
            {data.brandNames.length
              ? t('invitation.brands', { brands: formatList(data.brandNames, i18n.language) })
              : t('invitation.allBrands')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('invitation.forEmail', { email: isolate(data.email) })} {t('invitation.expires', { date: formatDate(data.expiresAt, i18n.language) })}
          </Text>
        </Stack>
        {data.userExists ? <ExistingUser token={token} preview={data} /> : <NewAccountForm token={token} workspaceName={data.workspaceName} />}
      </Stack>
    );
  }
  return <PublicFrame>{content}</PublicFrame>;
}
