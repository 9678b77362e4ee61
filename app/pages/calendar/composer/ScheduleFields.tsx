// When a post goes out: a date and a time on the brand's clock (its zone named beside them), or as
// soon as it is approved. A time the clocks skip is refused here already, with the same moment on the
// new clock offered in one click; a time that happens twice says which one is taken.
import { Alert, Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { publishMessage } from '../../../../core/publish/messages.ts';
import { IconAlert, IconClock } from '../../../components/icons.tsx';
import { formatDateTime, utcOffsetLabel } from '../../../i18n/format.ts';
import { scheduleMessage, type ComposerForm, type ScheduleCheck } from './form.ts';
import { languageOf } from './labels.ts';

export type ScheduleValue = Pick<ComposerForm, 'when' | 'date' | 'time'>;

interface ScheduleFieldsProps {
  timeZone: string;
  value: ScheduleValue;
  onChange: (value: ScheduleValue) => void;
  check: ScheduleCheck;
  /** The server's refusal of the time, if it gave one (shown when the form's own check found nothing). */
  serverError?: string | null;
  idPrefix: string;
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function ScheduleFields({ timeZone, value, onChange, check, serverError, idPrefix }: ScheduleFieldsProps) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const message = scheduleMessage(check);
  const instant = check.kind === 'ok' || check.kind === 'overlap' ? check.instant : undefined;
  const zone = `${timeZone.replace(/_/g, ' ')} (${utcOffsetLabel(timeZone, instant)})`;
  const elsewhere = instant && browserZone() !== timeZone ? formatDateTime(instant.toISOString(), i18n.language, browserZone()) : null;

  return (
    <Stack gap="sm">
      <Radio.Group
        value={value.when}
        onChange={(when) => onChange({ ...value, when: when === 'asap' ? 'asap' : 'at' })}
        label={t('composeArea.schedule.label')}
      >
        <Stack gap={6} mt={6}>
          <Radio value="at" label={t('composeArea.schedule.at')} data-testid={`${idPrefix}-when-at`} />
          <Radio value="asap" label={t('composeArea.schedule.asap')} description={t('composeArea.schedule.asapHelp')} data-testid={`${idPrefix}-when-asap`} />
        </Stack>
      </Radio.Group>
      {value.when === 'at' && (
        <Stack gap={6}>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              type="date"
              id={`${idPrefix}-date`}
              label={t('composeArea.schedule.date')}
              value={value.date}
              onChange={(event) => onChange({ ...value, date: event.currentTarget.value })}
              data-testid={`${idPrefix}-date`}
              w={170}
            />
            <TextInput
              type="time"
              id={`${idPrefix}-time`}
              label={t('composeArea.schedule.time')}
              value={value.time}
              onChange={(event) => onChange({ ...value, time: event.currentTarget.value })}
              data-testid={`${idPrefix}-time`}
              w={130}
            />
          </Group>
          <Group gap={6} c="dimmed">
            <IconClock size={14} />
            <Text size="xs" data-testid={`${idPrefix}-zone`}>
              {t('composeArea.schedule.zone', { zone })}
            </Text>
          </Group>
          {elsewhere && (
            <Text size="xs" c="dimmed">
              {t('composeArea.schedule.yourTime', { time: elsewhere })}
            </Text>
          )}
        </Stack>
      )}
      {message && (
        <Alert
          color={check.kind === 'overlap' ? 'blue' : 'red'}
          variant="light"
          icon={<IconAlert size={18} />}
          role={check.kind === 'overlap' ? 'status' : 'alert'}
          data-testid={`${idPrefix}-schedule-message`}
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{publishMessage(message.key, lang, message.params as never)}</Text>
            {check.kind === 'gap' && (
              <Button size="xs" variant="default" onClick={() => onChange({ ...value, time: check.suggested })} data-testid={`${idPrefix}-use-suggested`}>
                {t('composeArea.schedule.useSuggested', { time: check.suggested })}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {!message && serverError && (
        <Alert color="red" variant="light" icon={<IconAlert size={18} />} role="alert" data-testid={`${idPrefix}-schedule-message`}>
          <Text size="sm">{serverError}</Text>
        </Alert>
      )}
    </Stack>
  );
}
