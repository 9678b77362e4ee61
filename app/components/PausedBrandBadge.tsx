// The red "Paused" mark beside a brand whose publishing is frozen (the crisis freeze), with the reason
// in a tooltip. The reason is also in the badge's text for screen readers, as a tooltip is not read.
import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import type { MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Brand } from '../api/types.ts';
import { isolate } from '../i18n/isolate.ts';
import { IconPause } from './icons.tsx';

interface PausedBrandBadgeProps {
  brand: Pick<Brand, 'pausedAt' | 'pausedReason'>;
  size?: MantineSize;
  /**
   * False inside something already interactive (a list option): no tooltip and no tab stop of its own;
   * the reason stays in the text that is read out.
   */
  interactive?: boolean;
}

export function PausedBrandBadge({ brand, size = 'sm', interactive = true }: PausedBrandBadgeProps) {
  const { t } = useTranslation();
  if (!brand.pausedAt) return null;
  const reason = brand.pausedReason?.trim();
  const explanation = reason ? t('noticesArea.paused.tooltip', { reason: isolate(reason) }) : t('noticesArea.paused.tooltipNoReason');
  const badge = (
    <Badge
      color="red"
      variant="filled"
      size={size}
      tt="none"
      leftSection={<IconPause size={11} />}
      data-testid="paused-badge"
      tabIndex={interactive ? 0 : undefined}
      style={{ flex: 'none', cursor: interactive ? 'help' : undefined }}
    >
      {t('noticesArea.paused.badge')}
      <VisuallyHidden>{` · ${explanation}`}</VisuallyHidden>
    </Badge>
  );
  if (!interactive) return badge;
  return (
    <Tooltip label={explanation} multiline maw={320} withArrow events={{ hover: true, focus: true, touch: true }}>
      {badge}
    </Tooltip>
  );
}
