// Hebrew strings of the plan pages; the type makes the compiler list any key English has and this lacks.
import type { Strings } from './en.ts';
import type { planEn } from './plan.en.ts';

export const planHe: Strings<typeof planEn> = {
  title: 'תוכנית',
};
