import { MultiSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PLAYBOOK_LIMITS } from '../../../../core/playbooks/content.ts';
import type { PersonOption, SectionProps } from './shared.ts';

interface RespondersSectionProps extends SectionProps {
  /** People who work on the brand and whose role publishes or replies. */
  speakers: PersonOption[];
}

export function RespondersSection({ content, change, errors, speakers }: RespondersSectionProps) {
  const { t } = useTranslation();
  // One message for the list: the first problem with it or with any person on it.
  const error = errors['authorizedResponders'] ?? Object.entries(errors).find(([path]) => path.startsWith('authorizedResponders.'))?.[1];
  return (
    <>
      <MultiSelect
        label={t('playbooksArea.editor.responders')}
        placeholder={content.authorizedResponders.length ? undefined : t('playbooksArea.editor.respondersPlaceholder')}
        data={speakers}
        value={content.authorizedResponders}
        onChange={(value) => change('authorizedResponders', (d) => ({ ...d, authorizedResponders: value }))}
        error={error}
        searchable
        // Focus comes here after a refused save; the list opens on a click, so the error stays in sight.
        openOnFocus={false}
        maxValues={PLAYBOOK_LIMITS.responders}
        comboboxProps={{ withinPortal: true }}
        nothingFoundMessage={t('common.none')}
        required
        data-testid="playbook-responders"
      />
      {speakers.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('playbooksArea.editor.respondersNone')}
        </Text>
      )}
    </>
  );
}
