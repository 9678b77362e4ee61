import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { queryClient } from './api/queryClient.ts';
import { LocaleFromSession } from './components/LanguageSwitch.tsx';
import { directionOf } from './i18n/setup.ts';
import { router } from './router.tsx';
import { buildTheme } from './theme.ts';

/** Keeps Mantine's direction (RTL for Hebrew) in step with the language. */
function DirectionFromLanguage({ language }: { language: string }) {
  const { setDirection } = useDirection();
  useEffect(() => setDirection(directionOf(language)), [language, setDirection]);
  return null;
}

export function App() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const theme = useMemo(() => buildTheme(language), [language]);
  return (
    <QueryClientProvider client={queryClient}>
      <DirectionProvider initialDirection={directionOf(language)} detectDirection={false}>
        <DirectionFromLanguage language={language} />
        <MantineProvider theme={theme} defaultColorScheme="light">
          <LocaleFromSession />
          <RouterProvider router={router} />
        </MantineProvider>
      </DirectionProvider>
    </QueryClientProvider>
  );
}
