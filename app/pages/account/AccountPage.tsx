import { Anchor, Button, Group, Paper, PasswordInput, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../../core/validation.ts';
import type { Locale } from '../../../core/validation.ts';
import { ApiError, api } from '../../api/client.ts';
import { queryKeys, useSession } from '../../api/hooks.ts';
import type { Session, User } from '../../api/types.ts';
import { ErrorAlert, fieldErrorsOf } from '../../components/errors.tsx';
import { useRequiredSubmit } from '../../components/forms.ts';
import { IconKey } from '../../components/icons.tsx';
import { useChangeLocale } from '../../components/LanguageSwitch.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Saved } from '../../components/Saved.tsx';
import { PageLoader } from '../../components/states.tsx';
import { currentLocale } from '../../i18n/setup.ts';

function Section({ title, children, description }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} fz={17}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

function ProfileForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(user.name);
  const save = useMutation({
    mutationFn: () => api.patch<{ user: User }>('/me', { name: name.trim() }),
    onSuccess: ({ user: updated }) => {
      queryClient.setQueryData<Session | null>(queryKeys.session, (old) => (old ? { ...old, user: updated } : old));
    },
  });
  const { error: nameError, submit } = useRequiredSubmit(name, () => save.mutate());
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={save.error} fields={['name']} />
        <TextInput
          label={t('account.name')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            save.reset();
          }}
          error={nameError ?? fieldErrorsOf(save.error)['name']}
          maxLength={120}
          data-testid="account-name"
        />
        <TextInput label={t('account.email')} value={user.email} readOnly dir="ltr" variant="filled" />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={name.trim() === user.name} data-testid="account-save">
            {t('common.save')}
          </Button>
          {save.isSuccess && name.trim() === user.name && <Saved text={t('account.profileSaved')} />}
        </Group>
      </Stack>
    </form>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const change = useMutation({
    mutationFn: () => api.post('/auth/password', { currentPassword, newPassword }),
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
      setConfirm('');
      // The server may rotate this session along with ending the others.
      void queryClient.invalidateQueries({ queryKey: queryKeys.session });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!currentPassword) next['currentPassword'] = t('validation.required');
    if (newPassword.length < PASSWORD_MIN) next['newPassword'] = t('validation.passwordMin', { min: PASSWORD_MIN });
    if (confirm !== newPassword) next['confirm'] = t('validation.passwordsDiffer');
    setErrors(next);
    if (Object.keys(next).length === 0) change.mutate();
  };

  const serverErrors = fieldErrorsOf(change.error);
  // The server reports a wrong current password as a validation issue on that field (older builds: invalid_credentials).
  const wrongCurrent =
    change.error instanceof ApiError && (change.error.code === 'invalid_credentials' || 'currentPassword' in serverErrors);
  return (
    <form onSubmit={submit} noValidate data-testid="password-form">
      <Stack maw={420}>
        {!wrongCurrent && <ErrorAlert error={change.error} fields={['newPassword']} />}
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.currentTarget.value)}
          error={errors['currentPassword'] ?? (wrongCurrent ? t('account.wrongCurrentPassword') : undefined)}
          data-testid="current-password"
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('account.passwordHint', { min: PASSWORD_MIN })}
          autoComplete="new-password"
          value={newPassword}
          maxLength={PASSWORD_MAX}
          onChange={(event) => setNewPassword(event.currentTarget.value)}
          error={errors['newPassword'] ?? serverErrors['newPassword']}
          data-testid="new-password"
        />
        <PasswordInput
          label={t('account.confirmPassword')}
          autoComplete="new-password"
          value={confirm}
          maxLength={PASSWORD_MAX}
          onChange={(event) => setConfirm(event.currentTarget.value)}
          error={errors['confirm']}
          data-testid="confirm-password"
        />
        <Group>
          <Button type="submit" loading={change.isPending} data-testid="password-submit">
            {t('account.changePassword')}
          </Button>
        </Group>
        {change.isSuccess && <Saved text={t('account.passwordChanged')} />}
      </Stack>
    </form>
  );
}

export default function AccountPage() {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  const changeLocale = useChangeLocale();
  if (!session) return <PageLoader />;
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader
        title={t('account.title')}
        actions={
          <Anchor component={Link} to="/account/tokens" size="sm">
            <Group gap={6} wrap="nowrap">
              <IconKey size={16} />
              {t('account.tokensLink')}
            </Group>
          </Anchor>
        }
      />
      <Section title={t('account.profileTitle')}>
        <ProfileForm key={session.user.id} user={session.user} />
      </Section>
      <Section title={t('account.languageTitle')} description={t('account.languageText')}>
        <SegmentedControl
          value={i18n.resolvedLanguage ?? currentLocale()}
          onChange={(value) => void changeLocale(value as Locale)}
          data={[
            { value: 'he', label: <span lang="he">{t('language.he')}</span> },
            { value: 'en', label: <span lang="en">{t('language.en')}</span> },
          ]}
          aria-label={t('language.label')}
          data-testid="account-language"
          maw={280}
        />
      </Section>
      <Section title={t('account.passwordTitle')}>
        <PasswordForm />
      </Section>
    </Stack>
  );
}
