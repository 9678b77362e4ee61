// The thin red strip under the header while the brand on screen is paused (the crisis freeze), with
// the reason and the way to the calendar, where publishing is resumed. It stays in view on scroll:
// in a crisis nobody should miss that nothing is going out.
import { Anchor, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAllBrands } from '../../api/hooks.ts';
import { isolate } from '../../i18n/isolate.ts';
import { IconPause } from '../icons.tsx';

export function PausedStrip({ workspaceId, brandId }: { workspaceId: string; brandId: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { data: brands } = useAllBrands(workspaceId);
  const brand = brands?.find((b) => b.id === brandId && b.archivedAt === null);
  if (!brand?.pausedAt) return null;
  const calendar = `/w/${workspaceId}/calendar`;
  // The calendar area says it itself: the calendar with its resume control, the composer and the
  // post page with what still works while paused.
  const here = pathname.replace(/\/+$/, '');
  const onCalendar = here === calendar || here.startsWith(`${calendar}/`);
  const reason = brand.pausedReason?.trim();
  const name = isolate(brand.name);
  return (
    <Box
      role="status"
      data-testid="paused-strip"
      bg="red.0"
      c="red.9"
      px="md"
      py={6}
      style={{
        position: 'sticky',
        top: 'var(--app-shell-header-height, 64px)',
        zIndex: 90,
        marginTop: 'calc(var(--mantine-spacing-lg) * -1)',
        marginInline: 'calc(var(--mantine-spacing-lg) * -1)',
        marginBottom: 'var(--mantine-spacing-lg)',
        borderBottom: '1px solid var(--mantine-color-red-3)',
      }}
    >
      <Group gap="xs" justify="center" wrap="wrap" maw={1180} mx="auto">
        <Group gap={6} wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
          <Box component="span" display="inline-flex" mt={2} style={{ flex: 'none' }}>
            <IconPause size={16} />
          </Box>
          <Text size="sm" fw={500} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            {reason ? t('noticesArea.paused.strip', { brand: name, reason: isolate(reason) }) : t('noticesArea.paused.stripNoReason', { brand: name })}
          </Text>
        </Group>
        {!onCalendar && (
          <Anchor component={Link} to={`${calendar}?brand=${encodeURIComponent(brand.id)}`} size="sm" fw={600} c="red.9" underline="always" data-testid="paused-strip-calendar">
            {t('noticesArea.paused.toCalendar')}
          </Anchor>
        )}
      </Group>
    </Box>
  );
}
