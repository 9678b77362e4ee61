import { Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { emailSchema } from '../../../core/validation.ts';
import { api } from '../../api/client.ts';
import { rememberSession, useSession } from '../../api/hooks.ts';
import type { Session } from '../../api/types.ts';
import { ErrorAlert, fieldErrorsOf } from '../../components/errors.tsx';
import { PublicFrame } from '../../components/PublicFrame.tsx';
import { safeNext } from '../../components/safeNext.ts';
import { PageLoader } from '../../components/states.tsx';

export default function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next')) ?? '/';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: session, isPending } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  const login = useMutation({
    mutationFn: (body: { email: string; password: string }) => api.post<Session>('/auth/login', body),
    onSuccess: async (result) => {
      rememberSession(queryClient, result);
      await navigate(next, { replace: true });
    },
  });

  if (isPending) return <PageLoader />;
  if (session && !login.isPending && !login.isSuccess) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const parsedEmail = emailSchema.safeParse(email);
    if (!email.trim()) errors['email'] = t('validation.required');
    else if (!parsedEmail.success) errors['email'] = t('validation.email');
    if (!password) errors['password'] = t('validation.required');
    setClientErrors(errors);
    if (Object.keys(errors).length || !parsedEmail.success) return;
    login.mutate({ email: parsedEmail.data, password });
  };

  const serverErrors = fieldErrorsOf(login.error);
  return (
    <PublicFrame>
      <form onSubmit={submit} noValidate data-testid="login-form">
        <Stack gap="md">
          <Stack gap={6}>
            <Title order={1} fz={24}>
              {t('auth.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('common.tagline')}
            </Text>
          </Stack>
          <ErrorAlert error={login.error} fields={['email', 'password']} />
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            dir="ltr"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={clientErrors['email'] ?? serverErrors['email']}
            data-testid="login-email"
            required
            autoFocus
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={clientErrors['password'] ?? serverErrors['password']}
            data-testid="login-password"
            required
          />
          <Button type="submit" loading={login.isPending} fullWidth size="md" data-testid="login-submit">
            {t('auth.submit')}
          </Button>
        </Stack>
      </form>
    </PublicFrame>
  );
}
