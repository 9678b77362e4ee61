// The frame of pages seen before signing in (login, invitation): product name, language, a card.
import { Box, Center, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function PublicFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" style={{ background: 'linear-gradient(180deg, var(--mantine-color-petrol-0) 0%, var(--mantine-color-gray-0) 45%)' }}>
      <Group justify="space-between" px="lg" py="md">
        <Text fw={700} fz={20} c="petrol.8" style={{ letterSpacing: '-0.01em' }}>
          {t('common.appName')}
        </Text>
        <LanguageSwitch />
      </Group>
      <Center px="md" pb={60} pt={{ base: 8, sm: 40 }} component="main" id="main-content">
        <Stack w="100%" maw={440} gap="lg">
          <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 32 }} radius="lg">
            {children}
          </Paper>
          <Text size="xs" c="dimmed" ta="center">
            {t('auth.footer')}
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
