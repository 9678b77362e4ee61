// Start or change a campaign: its name, the layer of brand work it serves (with what each layer
// means), its dates, the offline events it is tied to, its goal and its colour on the calendar.
import { ActionIcon, Button, CheckIcon, ColorSwatch, Fieldset, Group, Modal, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CAMPAIGN_LAYERS } from '../../../../core/publish/types.ts';
import { ErrorAlert, fieldErrorsOf } from '../../../components/errors.tsx';
import { IconPlus, IconX } from '../../../components/icons.tsx';
import { useSaveCampaign, type Campaign } from '../calendar/api.ts';
import { CAMPAIGN_COLORS, campaignBody, checkCampaign, type CampaignFormErrors, type CampaignFormValues } from './form.ts';

interface CampaignFormProps {
  brandId: string;
  /** The campaign being changed, or null for a new one. */
  campaign: Campaign | null;
  initial: CampaignFormValues;
  onClose: () => void;
}

export function CampaignForm({ brandId, campaign, initial, onClose }: CampaignFormProps) {
  const { t } = useTranslation();
  const save = useSaveCampaign(brandId);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<CampaignFormErrors>({});
  const server = fieldErrorsOf(save.error);
  const set = <K extends keyof CampaignFormValues>(key: K, value: CampaignFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const errorOf = (field: string) => {
    const key = errors[field];
    return key ? t(`calendarArea.campaigns.errors.${key}`) : field.includes('.') ? undefined : server[field];
  };
  const setEvent = (index: number, change: Partial<CampaignFormValues['offlineEvents'][number]>) =>
    set(
      'offlineEvents',
      values.offlineEvents.map((e, i) => (i === index ? { ...e, ...change } : e)),
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkCampaign(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate({ id: campaign?.id ?? null, body: campaignBody(values) }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={campaign ? t('calendarArea.campaigns.editTitle') : t('calendarArea.campaigns.newTitle')} size="xl" centered>
      <form onSubmit={submit} noValidate data-testid="campaign-form">
        <Stack>
          <TextInput
            label={t('calendarArea.campaigns.fields.name')}
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={errorOf('name')}
            required
            maxLength={120}
            data-autofocus
            data-testid="campaign-name"
          />
          <Radio.Group
            label={t('calendarArea.campaigns.fields.layer')}
            description={t('calendarArea.campaigns.fields.layerHelp')}
            value={values.layer}
            onChange={(layer) => set('layer', layer as CampaignFormValues['layer'])}
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mt="xs">
              {CAMPAIGN_LAYERS.map((layer) => (
                <Radio.Card key={layer} value={layer} p="sm" radius="md" data-testid={`campaign-layer-${layer}`}>
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator />
                    <Stack gap={2}>
                      <Text fw={600} size="sm">
                        {t(`calendarArea.campaigns.layers.${layer}.name`)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`calendarArea.campaigns.layers.${layer}.explain`)}
                      </Text>
                    </Stack>
                  </Group>
                </Radio.Card>
              ))}
            </SimpleGrid>
          </Radio.Group>
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('calendarArea.campaigns.fields.startsOn')}
              value={values.startsOn}
              onChange={(e) => set('startsOn', e.currentTarget.value)}
              error={errorOf('startsOn')}
              required
              data-testid="campaign-starts"
            />
            <TextInput
              type="date"
              label={t('calendarArea.campaigns.fields.endsOn')}
              value={values.endsOn}
              min={values.startsOn || undefined}
              onChange={(e) => set('endsOn', e.currentTarget.value)}
              error={errorOf('endsOn')}
              required
              data-testid="campaign-ends"
            />
          </Group>
          <Textarea
            label={t('calendarArea.campaigns.fields.goal')}
            description={t('calendarArea.campaigns.fields.goalHelp')}
            value={values.goal}
            onChange={(e) => set('goal', e.currentTarget.value)}
            error={errorOf('goal')}
            autosize
            minRows={2}
            maxLength={2000}
            data-testid="campaign-goal"
          />
          <Fieldset legend={t('calendarArea.campaigns.fields.offlineEvents')} variant="filled" data-testid="campaign-events">
            <Stack gap="sm">
              <Text size="xs" c="dimmed">
                {t('calendarArea.campaigns.fields.offlineEventsHelp')}
              </Text>
              {values.offlineEvents.map((event, index) => (
                <Group key={index} align="flex-start" gap="sm" wrap="wrap" data-testid="campaign-event">
                  <TextInput
                    style={{ flex: '2 1 180px' }}
                    label={t('calendarArea.campaigns.fields.eventName')}
                    value={event.name}
                    onChange={(e) => setEvent(index, { name: e.currentTarget.value })}
                    error={errorOf(`offlineEvents.${index}.name`)}
                    required
                    maxLength={200}
                  />
                  <TextInput
                    style={{ flex: '1 1 140px' }}
                    type="date"
                    label={t('calendarArea.campaigns.fields.eventDate')}
                    value={event.date}
                    onChange={(e) => setEvent(index, { date: e.currentTarget.value })}
                    error={errorOf(`offlineEvents.${index}.date`)}
                    required
                  />
                  <TextInput
                    style={{ flex: '2 1 160px' }}
                    label={t('calendarArea.campaigns.fields.eventPlace')}
                    value={event.place}
                    onChange={(e) => setEvent(index, { place: e.currentTarget.value })}
                    maxLength={200}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    mt={26}
                    onClick={() => set('offlineEvents', values.offlineEvents.filter((_, i) => i !== index))}
                    aria-label={t('calendarArea.campaigns.fields.removeEvent', { name: event.name || index + 1 })}
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={14} />}
                style={{ alignSelf: 'flex-start' }}
                onClick={() => set('offlineEvents', [...values.offlineEvents, { name: '', date: values.startsOn, place: '' }])}
                data-testid="campaign-add-event"
              >
                {t('calendarArea.campaigns.fields.addEvent')}
              </Button>
            </Stack>
          </Fieldset>
          <div>
            <Text size="sm" fw={500} id="campaign-color-label">
              {t('calendarArea.campaigns.fields.color')}
            </Text>
            <Group gap="xs" mt={6} role="radiogroup" aria-labelledby="campaign-color-label">
              {CAMPAIGN_COLORS.map((color) => (
                <ColorSwatch
                  key={color}
                  component="button"
                  type="button"
                  role="radio"
                  aria-checked={values.color === color}
                  aria-label={t(`calendarArea.campaigns.colors.${color}`)}
                  title={t(`calendarArea.campaigns.colors.${color}`)}
                  color={`var(--mantine-color-${color}-6)`}
                  onClick={() => set('color', color)}
                  style={{ color: 'white', cursor: 'pointer' }}
                >
                  {values.color === color && <CheckIcon size={12} />}
                </ColorSwatch>
              ))}
            </Group>
          </div>
          <ErrorAlert error={save.error} fields={['name', 'layer', 'startsOn', 'endsOn', 'goal']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="campaign-save">
              {campaign ? t('calendarArea.campaigns.save') : t('calendarArea.campaigns.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
