// Hebrew strings of the playbooks pages; the type makes the compiler list any key English has and this lacks.
import type { Strings } from './en.ts';
import type { playbooksEn } from './playbooks.en.ts';

export const playbooksHe: Strings<typeof playbooksEn> = {
  title: 'תרחישי מה-אם',
};
