import { ActionIcon, Badge, Button, Group, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PLAYBOOK_LIMITS, TIER_LEVELS, type TierLevel } from '../../../../core/playbooks/content.ts';
import { IconPlus, IconX } from '../../../components/icons.tsx';
import { formatMinutes } from '../labels.ts';
import { replaceAt, type SectionProps } from './shared.ts';

const DEFAULT_MINUTES: Record<TierLevel, number> = { 1: 60, 2: 240, 3: 1440 };

export function TiersSection({ content, change, errors }: SectionProps) {
  const { t } = useTranslation();
  const missing = TIER_LEVELS.filter((level) => !content.tiers.some((tier) => tier.level === level));
  return (
    <Stack gap="sm">
      {errors['tiers'] && (
        <Text size="sm" c="red" role="alert">
          {errors['tiers']}
        </Text>
      )}
      {content.tiers.map((tier, i) => (
        <Paper key={tier.level} withBorder p="sm" radius="md" data-testid="tier-row">
          <Group align="flex-start" gap="sm" wrap="wrap">
            <Badge mt={30} size="lg" variant="light" color={tier.level === 1 ? 'red' : tier.level === 2 ? 'orange' : 'gray'} tt="none">
              {t('playbooksArea.tier', { level: tier.level })}
            </Badge>
            <TextInput
              label={t('playbooksArea.editor.tierName')}
              value={tier.name}
              onChange={(e) => {
                const name = e.currentTarget.value;
                change(`tiers.${i}.name`, (d) => ({ ...d, tiers: replaceAt(d.tiers, i, { ...d.tiers[i]!, name }) }));
              }}
              error={errors[`tiers.${i}.name`] ?? errors[`tiers.${i}.level`]}
              maxLength={PLAYBOOK_LIMITS.tierName}
              required
              dir="auto"
              style={{ flex: '1 1 220px' }}
            />
            <NumberInput
              label={t('playbooksArea.editor.responseMinutes')}
              description={
                typeof tier.responseMinutes === 'number' && tier.responseMinutes > 0
                  ? t('playbooksArea.editor.responseIs', { duration: formatMinutes(t, tier.responseMinutes) })
                  : undefined
              }
              value={tier.responseMinutes}
              onChange={(value) =>
                change(`tiers.${i}.responseMinutes`, (d) => ({
                  ...d,
                  tiers: replaceAt(d.tiers, i, { ...d.tiers[i]!, responseMinutes: typeof value === 'number' ? value : Number.NaN }),
                }))
              }
              error={errors[`tiers.${i}.responseMinutes`]}
              min={1}
              max={PLAYBOOK_LIMITS.responseMinutesMax}
              allowDecimal={false}
              allowNegative={false}
              w={200}
              data-testid={`tier-minutes-${tier.level}`}
            />
            {content.tiers.length > 1 && (
              <ActionIcon
                mt={26}
                variant="default"
                size="lg"
                aria-label={t('playbooksArea.editor.removeTier', { level: tier.level })}
                onClick={() => change('tiers', (d) => ({ ...d, tiers: d.tiers.filter((_, j) => j !== i) }))}
              >
                <IconX size={16} />
              </ActionIcon>
            )}
          </Group>
        </Paper>
      ))}
      {missing.length > 0 && (
        <Group gap="xs">
          {missing.map((level) => (
            <Button
              key={level}
              variant="default"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() =>
                change('tiers', (d) => ({
                  ...d,
                  tiers: [...d.tiers, { level, name: '', responseMinutes: DEFAULT_MINUTES[level] }].sort((a, b) => a.level - b.level),
                }))
              }
            >
              {t('playbooksArea.editor.addTier', { level })}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
