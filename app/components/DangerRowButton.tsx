import { Button } from '@mantine/core';
import type { ReactNode } from 'react';

/** The quiet red button a table row uses for an action that removes something; it opens a confirm. */
export function DangerRowButton({ onClick, testId, children }: { onClick: () => void; testId: string; children: ReactNode }) {
  return (
    <Button size="xs" variant="subtle" color="red" onClick={onClick} data-testid={testId}>
      {children}
    </Button>
  );
}
