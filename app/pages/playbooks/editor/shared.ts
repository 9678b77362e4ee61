// What every editor section gets: the draft, a way to change part of it, and the errors by field.
import type { PlaybookContentInput } from '../../../../core/playbooks/content.ts';
import type { FieldErrors } from '../validation.ts';

export type Draft = PlaybookContentInput;

export interface SectionProps {
  content: Draft;
  /** Changes the draft; `path` is the part changed, so the server's errors about it are cleared. */
  change: (path: string, update: (draft: Draft) => Draft) => void;
  errors: FieldErrors;
}

/** A copy of a list with one item replaced. */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((x, i) => (i === index ? item : x));
}

/** A copy of a list with an item moved by one place. */
export function moveBy<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(index + by, 0, item!);
  return next;
}

export interface PersonOption {
  value: string;
  label: string;
}
