// Small wording helpers shared by the calendar area's pages.
import type { TFunction } from 'i18next';

/** A count in words: `key.one` for one, `key.other` (with {{n}}) otherwise. */
export function counted(t: TFunction, key: string, n: number, values: Record<string, unknown> = {}): string {
  return t(`${key}.${n === 1 ? 'one' : 'other'}`, { n, ...values });
}
