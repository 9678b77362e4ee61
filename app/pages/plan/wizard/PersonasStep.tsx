// Step 2: who are you talking to? Personas are optional; one or two good ones are enough.
import { Button, Card, Group, MultiSelect, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NETWORKS, type Network } from '../../../../core/networks.ts';
import { PERSONAS_MAX, type Persona } from '../../../../core/plan/plan.ts';
import { IconPlus, IconUsers } from '../../../components/icons.tsx';
import { networkLabel } from '../labels.ts';
import { focusSoon, type StepProps } from '../steps.ts';

const EMPTY_PERSONA: Persona = { name: '', who: '', networks: [], places: '', cares: '' };

export function PersonasStep({ draft, update, errors }: StepProps) {
  const { t } = useTranslation();
  const personas = draft.personas;
  const change = (index: number, patch: Partial<Persona>) =>
    update((d) => ({ ...d, personas: d.personas.map((p, i) => (i === index ? { ...p, ...patch } : p)) }));
  const add = () => {
    update((d) => ({ ...d, personas: [...d.personas, { ...EMPTY_PERSONA }] }));
    focusSoon(`plan-persona-name-${personas.length}`);
  };
  const networkOptions = NETWORKS.map((n) => ({ value: n, label: networkLabel(t, n) }));

  return (
    <Stack gap="md">
      {personas.length === 0 && (
        <Card padding="lg" bg="var(--mantine-color-gray-0)">
          <Group gap="md" wrap="nowrap" align="flex-start">
            <IconUsers size={28} />
            <Stack gap={4}>
              <Text fw={500}>{t('planArea.wizard.personas.emptyTitle')}</Text>
              <Text size="sm" c="dimmed">
                {t('planArea.wizard.personas.emptyText')}
              </Text>
            </Stack>
          </Group>
        </Card>
      )}
      <SimpleGrid cols={{ base: 1, md: personas.length > 1 ? 2 : 1 }} spacing="md">
        {personas.map((persona, index) => {
          const at = (field: string) => errors[`personas.${index}.${field}`];
          return (
            <Card key={index} padding="lg" data-testid="plan-persona-form">
              <Stack gap="sm">
                <Group justify="space-between" wrap="nowrap">
                  <Title order={3} fz={16}>
                    {t('planArea.wizard.personas.cardTitle', { n: index + 1 })}
                  </Title>
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    onClick={() => update((d) => ({ ...d, personas: d.personas.filter((_, i) => i !== index) }))}
                    aria-label={t('planArea.wizard.personas.removeNamed', { n: index + 1 })}
                  >
                    {t('common.remove')}
                  </Button>
                </Group>
                <TextInput
                  label={t('planArea.wizard.personas.name')}
                  placeholder={t('planArea.wizard.personas.namePlaceholder')}
                  value={persona.name}
                  onChange={(e) => change(index, { name: e.currentTarget.value })}
                  error={at('name')}
                  required
                  maxLength={80}
                  data-testid={`plan-persona-name-${index}`}
                />
                <Textarea
                  label={t('planArea.wizard.personas.who')}
                  placeholder={t('planArea.wizard.personas.whoPlaceholder')}
                  value={persona.who}
                  onChange={(e) => change(index, { who: e.currentTarget.value })}
                  error={at('who')}
                  autosize
                  minRows={2}
                  maxLength={500}
                  data-testid={`plan-persona-who-${index}`}
                />
                <MultiSelect
                  label={t('planArea.wizard.personas.networks')}
                  placeholder={persona.networks.length ? undefined : t('planArea.wizard.personas.networksPlaceholder')}
                  data={networkOptions}
                  value={persona.networks}
                  onChange={(value) => change(index, { networks: value as Network[] })}
                  error={at('networks')}
                  comboboxProps={{ withinPortal: true }}
                  data-testid={`plan-persona-networks-${index}`}
                />
                <TextInput
                  label={t('planArea.wizard.personas.places')}
                  placeholder={t('planArea.wizard.personas.placesPlaceholder')}
                  value={persona.places}
                  onChange={(e) => change(index, { places: e.currentTarget.value })}
                  error={at('places')}
                  maxLength={500}
                />
                <Textarea
                  label={t('planArea.wizard.personas.cares')}
                  placeholder={t('planArea.wizard.personas.caresPlaceholder')}
                  value={persona.cares}
                  onChange={(e) => change(index, { cares: e.currentTarget.value })}
                  error={at('cares')}
                  autosize
                  minRows={2}
                  maxLength={500}
                  data-testid={`plan-persona-cares-${index}`}
                />
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
      {errors['personas'] && (
        <Text size="sm" c="red" role="alert">
          {errors['personas']}
        </Text>
      )}
      {personas.length < PERSONAS_MAX && (
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add} data-testid="plan-persona-add">
            {t('planArea.wizard.personas.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
