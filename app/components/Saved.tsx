import { Group, Text } from '@mantine/core';
import { IconCheck } from './icons.tsx';

/** The "saved" note beside a form's submit button, announced to screen readers. */
export function Saved({ text }: { text: string }) {
  return (
    <Group gap={6} c="teal.8" role="status">
      <IconCheck size={16} />
      <Text size="sm">{text}</Text>
    </Group>
  );
}
