// Switches between Hebrew and English; when signed in, the choice is saved to the account.
import { Box, Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../core/validation.ts';
import { api } from '../api/client.ts';
import { queryKeys, useSession } from '../api/hooks.ts';
import type { Session, User } from '../api/types.ts';
import i18n, { currentLocale, rememberLocale } from '../i18n/setup.ts';
import { IconGlobe } from './icons.tsx';

export function useChangeLocale(): (locale: Locale) => Promise<void> {
  const queryClient = useQueryClient();
  return async (locale: Locale) => {
    rememberLocale(locale);
    await i18n.changeLanguage(locale);
    const session = queryClient.getQueryData<Session | null>(queryKeys.session);
    if (!session || session.user.locale === locale) return;
    try {
      const { user } = await api.patch<{ user: User }>('/me', { locale });
      queryClient.setQueryData<Session | null>(queryKeys.session, (old) => (old ? { ...old, user } : old));
    } catch {
      // The screen already changed; the account keeps its old language until the next switch.
    }
  };
}

/** Applies the signed-in user's saved language once the session is known. */
export function LocaleFromSession() {
  const { data: session } = useSession();
  const saved = session?.user.locale ?? null;
  useEffect(() => {
    if (saved && saved !== currentLocale()) {
      rememberLocale(saved);
      void i18n.changeLanguage(saved);
    }
  }, [saved]);
  return null;
}

/** `compact` keeps only the globe on phones; the language name stays the button's accessible name. */
export function LanguageSwitch({ size = 'sm', compact = false }: { size?: 'xs' | 'sm' | 'md'; compact?: boolean }) {
  const { t } = useTranslation();
  const changeLocale = useChangeLocale();
  const next: Locale = currentLocale() === 'he' ? 'en' : 'he';
  return (
    <Button
      variant="subtle"
      color="gray"
      size={size}
      leftSection={<IconGlobe size={18} />}
      onClick={() => void changeLocale(next)}
      title={t('language.switch')}
      data-testid="language-switch"
      data-next-locale={next}
      aria-label={compact ? t(`language.${next}`) : undefined}
      px={compact ? 'xs' : undefined}
    >
      <Box component="span" lang={next} visibleFrom={compact ? 'sm' : undefined}>
        {t(`language.${next}`)}
      </Box>
    </Button>
  );
}
