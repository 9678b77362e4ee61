import { Paper, Table } from '@mantine/core';
import type { TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A header cell: its text, or the text with a fixed width. */
export type DataTableColumn = string | { label: string; w?: number };

interface DataTableProps {
  columns: readonly DataTableColumn[];
  /**
   * Label of a last column of row buttons. It is read to screen readers only: the buttons say what
   * they do, a visible header would just take room. Leave it out when no row has buttons.
   */
  actionsLabel?: string;
  testId: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  verticalSpacing?: TableProps['verticalSpacing'];
  /** The rows (`Table.Tr`). */
  children: ReactNode;
}

/** The bordered, sideways-scrolling table every settings and account list uses. */
export function DataTable({ columns, actionsLabel, testId, minWidth, verticalSpacing, children }: DataTableProps) {
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table data-testid={testId} verticalSpacing={verticalSpacing}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column, index) => {
                const { label, w } = typeof column === 'string' ? { label: column, w: undefined } : column;
                return (
                  <Table.Th key={index} w={w}>
                    {label}
                  </Table.Th>
                );
              })}
              {actionsLabel !== undefined && (
                <Table.Th>
                  <span className="visually-hidden">{actionsLabel}</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
