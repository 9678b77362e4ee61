// The policy checker's vocabulary, shared by the checker (core/policy), the server that stores rules,
// and the app that highlights findings. Offsets are JavaScript string indices (UTF-16 code units)
// into the draft exactly as the user typed it, so the UI can mark the words in place, RTL or LTR.
import type { Network } from '../networks.ts';

export const SEVERITIES = ['block', 'approval', 'warn', 'info'] as const;
/** block: cannot be submitted; approval: needs a manager's approval; warn and info: shown only. */
export type Severity = (typeof SEVERITIES)[number];

/** Most severe first; the order the UI lists findings in and the CLI decides its exit code by. */
export const SEVERITY_RANK: Record<Severity, number> = { block: 0, approval: 1, warn: 2, info: 3 };

export const RULE_KINDS = [
  'terms', // a list of words and phrases (banned, risky, sensitive, profanity, legal claims, competitors…)
  'context', // words that read badly unless the draft is about their own context (military language)
  'pattern', // a regular expression written by the brand
  'disclosure', // paid content without #ad / #פרסומת
  'personal_data', // phones, e-mails, Israeli ID numbers, credit cards
  'shouting', // capitals and !!!
  'tone', // negative or sarcastic tone in the brand's own voice
  'links', // malformed, shortened, missing UTM
  'shabbat_holidays', // Shabbat and Jewish holidays (Israel or diaspora)
  'memorial_days', // Yom HaShoah, Yom HaZikaron (and the brand's own)
  'quiet_hours', // a daily window the brand does not post in
  'blackout', // custom periods
  'acknowledgement', // the author has not acknowledged the current policy
  'length', // longer than the network allows
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export interface Localized {
  he: string;
  en: string;
}

/** A rule as stored: config's shape depends on kind (zod schemas in core/policy/rules.ts). */
export interface Rule {
  id: string;
  kind: RuleKind;
  name: string;
  severity: Severity;
  enabled: boolean;
  config: Record<string, unknown>;
}

/** What the checker knows about the draft and the moment it is meant for. */
export interface CheckInput {
  text: string;
  /** The network the draft is for; null checks it for none in particular (no length limit). */
  network?: Network | null;
  /** When it would be published (an instant); null: not scheduled, time rules are skipped. */
  at?: Date | null;
  /** The author marked the post as paid or sponsored content. */
  paid?: boolean;
  /** Whether the author acknowledged the brand's current policy; undefined: not known, not checked. */
  authorAcknowledged?: boolean;
  /** The brand's time zone (IANA), for quiet hours and blackout days. */
  timeZone: string;
  /** The plan measures visits from social (UTM links); links without UTM parameters are then flagged. */
  measuresVisits?: boolean;
}

export interface Finding {
  ruleId: string;
  ruleName: string;
  kind: RuleKind;
  severity: Severity;
  /** The span in the draft; null for a finding about the whole draft (its time, its author). */
  start: number | null;
  end: number | null;
  /** The words found, as written in the draft ('' for whole-draft findings). */
  match: string;
  /** Why it matters, in words a person understands. */
  message: Localized;
  /** What to do instead; null when there is nothing specific to suggest. */
  suggestion: Localized | null;
}
