import { EmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyBlockProps {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  children?: ReactNode;
  testId?: string;
}

/** The empty state every list shows when it has nothing yet: what would be here and what to do. */
export function EmptyBlock({ title, description, icon, children, testId = 'empty-state' }: EmptyBlockProps) {
  return (
    <Paper withBorder radius="md" p="xl" data-testid={testId}>
      <EmptyState title={title} description={description} icon={icon} variant="light" size="md">
        {children && <EmptyState.Actions>{children}</EmptyState.Actions>}
      </EmptyState>
    </Paper>
  );
}
