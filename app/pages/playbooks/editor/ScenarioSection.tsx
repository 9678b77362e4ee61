import { SegmentedControl, Select, Stack, Switch, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PLAYBOOK_LIMITS, SCENARIOS, type Scenario, type TierLevel } from '../../../../core/playbooks/content.ts';
import { scenarioLabel, textDir } from '../labels.ts';
import type { SectionProps } from './shared.ts';

export function ScenarioSection({ content, change, errors }: SectionProps) {
  const { t, i18n } = useTranslation();
  const { triggers } = content;
  const setTriggers = (path: string, patch: Partial<typeof triggers>) =>
    change(`triggers.${path}`, (d) => ({ ...d, triggers: { ...d.triggers, ...patch } }));
  const keywordsError = (language: 'he' | 'en') =>
    Object.entries(errors).find(([path]) => path.startsWith(`triggers.keywords.${language}`))?.[1];
  return (
    <Stack gap="md">
      <TextInput
        label={t('playbooksArea.editor.name')}
        value={content.name}
        onChange={(e) => {
          const name = e.currentTarget.value;
          change('name', (d) => ({ ...d, name }));
        }}
        error={errors['name']}
        maxLength={PLAYBOOK_LIMITS.name}
        required
        dir="auto"
        data-testid="playbook-name-input"
      />
      <Select
        label={t('playbooksArea.editor.scenario')}
        data={SCENARIOS.map((s) => ({ value: s, label: scenarioLabel(t, s) }))}
        value={content.scenario}
        onChange={(value) => value && change('scenario', (d) => ({ ...d, scenario: value as Scenario }))}
        allowDeselect={false}
        error={errors['scenario']}
        comboboxProps={{ withinPortal: true }}
        w={{ base: '100%', sm: 360 }}
      />
      <Textarea
        label={t('playbooksArea.editor.descriptionLabel')}
        value={content.description}
        onChange={(e) => {
          const description = e.currentTarget.value;
          change('description', (d) => ({ ...d, description }));
        }}
        error={errors['description']}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={PLAYBOOK_LIMITS.description}
        dir={textDir(content.description, i18n.dir())}
      />
      {(['he', 'en'] as const).map((language) => (
        <TagsInput
          key={language}
          label={language === 'he' ? t('playbooksArea.editor.keywordsHe') : t('playbooksArea.editor.keywordsEn')}
          description={t('playbooksArea.editor.keywordsHint')}
          value={triggers.keywords[language]}
          onChange={(value) => setTriggers(`keywords.${language}`, { keywords: { ...triggers.keywords, [language]: value } })}
          maxTags={PLAYBOOK_LIMITS.keywordsPerLanguage}
          error={keywordsError(language)}
          dir={language === 'he' ? 'rtl' : 'ltr'}
          clearable
          data-testid={`playbook-keywords-${language}`}
        />
      ))}
      <Stack gap={4}>
        <Text size="sm" fw={500} id="playbook-radar-label">
          {t('playbooksArea.editor.radarSeverity')}
        </Text>
        <SegmentedControl
          aria-labelledby="playbook-radar-label"
          value={triggers.radarSeverity === null ? 'none' : String(triggers.radarSeverity)}
          onChange={(value) => setTriggers('radarSeverity', { radarSeverity: value === 'none' ? null : (Number(value) as TierLevel) })}
          data={[
            { value: 'none', label: t('playbooksArea.editor.radarOff') },
            { value: '1', label: t('playbooksArea.editor.radarFrom1') },
            { value: '2', label: t('playbooksArea.editor.radarFrom2') },
            { value: '3', label: t('playbooksArea.editor.radarFrom3') },
          ]}
          w="fit-content"
          data-testid="playbook-radar"
        />
      </Stack>
      <Switch
        label={t('playbooksArea.editor.autoOpen')}
        description={t('playbooksArea.editor.autoOpenHint')}
        checked={triggers.autoOpenIncident}
        onChange={(e) => setTriggers('autoOpenIncident', { autoOpenIncident: e.currentTarget.checked })}
        error={errors['triggers.autoOpenIncident']}
      />
    </Stack>
  );
}
