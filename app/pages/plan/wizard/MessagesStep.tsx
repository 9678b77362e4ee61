// Step 1: what do you want people to know about you?
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { KEY_MESSAGE_LENGTH, KEY_MESSAGES_MAX } from '../../../../core/plan/plan.ts';
import { IconPlus, IconX } from '../../../components/icons.tsx';
import { focusSoon, type StepProps } from '../steps.ts';

const EXAMPLES = 3;

export function MessagesStep({ draft, update, errors }: StepProps) {
  const { t } = useTranslation();
  const messages = draft.keyMessages;
  const setMessage = (index: number, value: string) =>
    update((d) => ({ ...d, keyMessages: d.keyMessages.map((m, i) => (i === index ? value : m)) }));
  return (
    <Stack gap="md">
      {messages.map((message, index) => (
        <Group key={index} align="flex-end" wrap="nowrap" gap="xs">
          <TextInput
            style={{ flex: 1 }}
            label={t('planArea.wizard.messages.label', { n: index + 1 })}
            placeholder={t(`planArea.wizard.messages.example${(index % EXAMPLES) + 1}`)}
            value={message}
            onChange={(event) => setMessage(index, event.currentTarget.value)}
            maxLength={KEY_MESSAGE_LENGTH}
            error={errors[`keyMessages.${index}`]}
            data-autofocus={index === 0 ? true : undefined}
            data-testid={`plan-message-${index}`}
          />
          {messages.length > 1 && (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              mb={errors[`keyMessages.${index}`] ? 22 : 2}
              aria-label={t('planArea.wizard.messages.remove', { n: index + 1 })}
              onClick={() => update((d) => ({ ...d, keyMessages: d.keyMessages.filter((_, i) => i !== index) }))}
            >
              <IconX size={18} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {errors['keyMessages'] && (
        <Text size="sm" c="red" role="alert">
          {errors['keyMessages']}
        </Text>
      )}
      {messages.length < KEY_MESSAGES_MAX && (
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => {
              update((d) => ({ ...d, keyMessages: [...d.keyMessages, ''] }));
              focusSoon(`plan-message-${messages.length}`);
            }}
            data-testid="plan-message-add"
          >
            {t('planArea.wizard.messages.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
