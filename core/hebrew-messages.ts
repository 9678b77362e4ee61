// Every English sentence the API can answer bad input with, and its Hebrew: the foundation's own and
// each area's. The server translates by the English text when the reader prefers Hebrew. (Areas keep
// their tables beside their schemas; core/input-messages.ts cannot import them, as some import it.)
import { HEBREW_INPUT_MESSAGES, hebrewIssueMessage } from './input-messages.ts';
import { PLAN_MESSAGES_HE } from './plan/messages.ts';
import { PLAYBOOK_MESSAGES_HE } from './playbooks/messages.ts';
import { POLICY_MESSAGES_HE } from './policy/messages.ts';
import { RULE_MESSAGES_HE } from './policy/rules.ts';
import { PUBLISH_INPUT_MESSAGES_HE } from './publish/input-messages.ts';

export const HEBREW_MESSAGES: Readonly<Record<string, string>> = {
  ...HEBREW_INPUT_MESSAGES,
  ...PLAN_MESSAGES_HE,
  ...PLAYBOOK_MESSAGES_HE,
  ...POLICY_MESSAGES_HE,
  ...RULE_MESSAGES_HE,
  ...PUBLISH_INPUT_MESSAGES_HE,
};

/** The Hebrew of a validation issue: ours when we wrote the sentence, zod's Hebrew locale otherwise. */
export function hebrewOfIssue(issue: Parameters<typeof hebrewIssueMessage>[0]): string {
  return HEBREW_MESSAGES[issue.message] ?? hebrewIssueMessage(issue);
}
