// The page an area shows until it is built: what will be here, and something useful to do meanwhile.
import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconPlus, IconUsers } from './icons.tsx';
import { useWorkspaceContext } from './workspaceContext.ts';

export type AreaKey = 'plan' | 'policy' | 'calendar' | 'listening' | 'radar' | 'inbox' | 'community' | 'reports';

interface AreaComingSoonProps {
  area: AreaKey;
  icon: ComponentType<{ size?: number }>;
}

export function AreaComingSoon({ area, icon: Icon }: AreaComingSoonProps) {
  const { t } = useTranslation();
  const { workspaceId, can } = useWorkspaceContext();
  const base = `/w/${workspaceId}`;
  return (
    <Stack gap="lg" data-testid={`area-${area}`}>
      <Title order={1} fz={26}>
        {t(`areas.${area}.title`)}
      </Title>
      <Paper withBorder p={{ base: 'lg', sm: 40 }} data-testid="empty-state">
        <Stack align="center" ta="center" gap="md" maw={560} mx="auto">
          <ThemeIcon size={64} radius="xl" variant="light">
            <Icon size={32} />
          </ThemeIcon>
          <Badge variant="light" color="gray" size="lg" radius="sm">
            {t('areas.soon')}
          </Badge>
          <Text size="md" lh={1.7}>
            {t(`areas.${area}.description`)}
          </Text>
          <Stack gap={6} mt="sm" align="center">
            <Text size="sm" fw={500} c="dimmed">
              {t('areas.meanwhile')}
            </Text>
            <Text size="sm">{t(`areas.${area}.meanwhile`)}</Text>
          </Stack>
          <Group justify="center" mt="xs">
            <Button component={Link} to={`${base}/settings/brands`} leftSection={<IconPlus size={16} />} data-testid="area-setup-brands">
              {t('areas.setUpBrands')}
            </Button>
            {can('member.manage') && (
              <Button component={Link} to={`${base}/settings/invitations`} variant="default" leftSection={<IconUsers size={16} />}>
                {t('areas.inviteTeam')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
