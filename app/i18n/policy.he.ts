// Hebrew strings of the policy pages; the type makes the compiler list any key English has and this lacks.
import type { Strings } from './en.ts';
import type { policyEn } from './policy.en.ts';

export const policyHe: Strings<typeof policyEn> = {
  title: 'מדיניות',
};
