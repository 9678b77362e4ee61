// The pre-publication checker: a brand's rules compiled once (every word list of every rule in one
// matcher, every regular expression built once), then run on a draft to give findings with their
// span, severity and words in Hebrew and English. Pure: the same input gives the same findings.
import { countText, textLimit, type Network } from '../networks.ts';
import { parseRuleConfig, type RuleConfig } from './rules.ts';
import { SEVERITY_RANK, type CheckInput, type Finding, type Localized, type Rule, type RuleKind } from './types.ts';
import type { CheckContext, Detector, RawFinding } from './detectors/detector.ts';
import { lengthDetector, linksDetector, personalDataDetector, shoutingDetector } from './detectors/data-rules.ts';
import { LexiconBuilder, LexiconEntryError, type Lexicon, type LexiconHit } from './detectors/lexicon.ts';
import { contextDetector, disclosureDetector, patternDetector, termsDetector, toneDetector } from './detectors/text-rules.ts';
import { acknowledgementDetector, blackoutDetector, memorialDetector, quietHoursDetector, shabbatDetector } from './detectors/time-rules.ts';

// Error's message is a string; this one carries both languages, so it extends Error without it.
const ErrorWithoutMessage: new (message: string) => Omit<Error, 'message'> = Error;

/** Both languages, read as the English one where a string is expected (a stack trace, a log line). */
class LocalizedMessage implements Localized {
  constructor(
    readonly en: string,
    readonly he: string,
  ) {}
  toString(): string {
    return this.en;
  }
}

/** A rule that cannot be compiled: which rule, which field (config.entries.2.term), and why. */
export class RuleCompileError extends ErrorWithoutMessage {
  override readonly name = 'RuleCompileError';
  readonly message: Localized;

  constructor(
    readonly ruleId: string,
    readonly ruleName: string,
    readonly path: string,
    /** What is wrong with the field, without naming the rule. */
    readonly reason: Localized,
  ) {
    const en = `Rule “${ruleName}”, ${path}: ${reason.en}`;
    super(en);
    this.message = new LocalizedMessage(en, `בכלל "${ruleName}", ${path}: ${reason.he}`);
  }
}

export interface CompiledPolicy {
  readonly detectors: readonly Detector[];
  readonly lexicon: Lexicon;
  /** For each lexicon list, the detectors that read it. */
  readonly readers: ReadonlyMap<number, readonly number[]>;
  readonly always: readonly number[];
}

type Build = { [K in RuleKind]: (rule: Rule, config: RuleConfig<K>, lexicon: LexiconBuilder) => Detector };

const BUILD: Build = {
  terms: termsDetector,
  context: contextDetector,
  pattern: patternDetector,
  disclosure: disclosureDetector,
  personal_data: personalDataDetector,
  shouting: shoutingDetector,
  tone: toneDetector,
  links: linksDetector,
  shabbat_holidays: shabbatDetector,
  memorial_days: memorialDetector,
  quiet_hours: quietHoursDetector,
  blackout: blackoutDetector,
  acknowledgement: acknowledgementDetector,
  length: lengthDetector,
};

function build<K extends RuleKind>(rule: Rule & { kind: K }, lexicon: LexiconBuilder): Detector {
  const parsed = parseRuleConfig(rule.kind, rule.config);
  if (!parsed.ok) {
    const issue = parsed.issues[0]!;
    throw new RuleCompileError(rule.id, rule.name, issue.path, { en: issue.message, he: issue.he });
  }
  return (BUILD[rule.kind] as Build[K])(rule, parsed.value, lexicon);
}

/** Compiles the enabled rules; throws RuleCompileError naming the first rule and field that cannot be used. */
export function compilePolicy(rules: readonly Rule[]): CompiledPolicy {
  const enabled = rules.filter((r) => r.enabled);
  const builder = new LexiconBuilder();
  const detectors = enabled.map((rule) => build(rule, builder));
  let lexicon: Lexicon;
  try {
    lexicon = builder.compile();
  } catch (err) {
    if (err instanceof LexiconEntryError) {
      const rule = enabled.find((r) => r.id === err.origin.ruleId);
      throw new RuleCompileError(err.origin.ruleId, rule?.name ?? '', err.origin.path, err.reason);
    }
    throw err;
  }
  const readers = new Map<number, number[]>();
  const always: number[] = [];
  detectors.forEach((d, i) => {
    if (d.always) always.push(i);
    else
      for (const list of d.lists) {
        const r = readers.get(list);
        if (r) r.push(i);
        else readers.set(list, [i]);
      }
  });
  return { detectors, lexicon, readers, always };
}

const NO_HITS: readonly LexiconHit[] = [];

/** What detectors see of one check (a class, so no closures are made per check on the hot path). */
class Context implements CheckContext {
  constructor(
    readonly input: CheckInput,
    readonly text: string,
    private readonly byList: ReadonlyMap<number, readonly LexiconHit[]>,
  ) {}

  hits(list: number): readonly LexiconHit[] {
    return this.byList.get(list) ?? NO_HITS;
  }
}

function bySeverityThenPlace(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.start ?? -1) - (b.start ?? -1) || (a.end ?? -1) - (b.end ?? -1);
}

/** The draft's findings, most severe first, then in reading order. */
export function checkDraft(policy: CompiledPolicy, input: CheckInput): Finding[] {
  const text = input.text;
  const hits = policy.lexicon.scan(text);
  const ctx = new Context(input, text, hits);
  // Only rules with a term hit, and those that look at every draft, run, in the policy's order.
  const run = new Uint8Array(policy.detectors.length);
  for (const i of policy.always) run[i] = 1;
  for (const list of hits.keys()) for (const i of policy.readers.get(list) ?? []) run[i] = 1;
  const findings: Finding[] = [];
  for (let i = 0; i < run.length; i++) {
    if (!run[i]) continue;
    const detector = policy.detectors[i]!;
    const raw = detector.run(ctx);
    if (raw.length) merge(detector.rule, raw, text, findings);
  }
  return findings.sort(bySeverityThenPlace);
}

function byStartThenLongest(a: RawFinding, b: RawFinding): number {
  return a.start! - b.start! || b.end! - a.end!;
}

const ONLY_SPACE = /^\s+$/u;

/**
 * Adds one rule's findings to `out`, with overlapping (or only-space-apart) spans of the same severity
 * joined into one.
 */
function merge(rule: Rule, raw: RawFinding[], text: string, out: Finding[]): void {
  const spans: RawFinding[] = [];
  for (const r of raw) {
    if (r.start === null || r.end === null) out.push(finding(rule, r, null, null, ''));
    else spans.push(r);
  }
  spans.sort(byStartThenLongest);
  let current: RawFinding | null = null;
  let start = 0;
  let end = 0;
  for (const r of spans) {
    const joins =
      current !== null &&
      (current.severity ?? rule.severity) === (r.severity ?? rule.severity) &&
      (r.start! <= end || ONLY_SPACE.test(text.slice(end, r.start!)));
    if (joins) {
      end = Math.max(end, r.end!);
      continue;
    }
    if (current) out.push(finding(rule, current, start, end, text.slice(start, end)));
    current = r;
    start = r.start!;
    end = r.end!;
  }
  if (current) out.push(finding(rule, current, start, end, text.slice(start, end)));
}

function finding(rule: Rule, raw: RawFinding, start: number | null, end: number | null, match: string): Finding {
  const { message, suggestion } = raw.describe(match);
  return { ruleId: rule.id, ruleName: rule.name, kind: rule.kind, severity: raw.severity ?? rule.severity, start, end, match, message, suggestion };
}

/** Something in the findings stops the draft from being submitted. */
export function blocks(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}

/** Something needs a manager's approval before the draft may go out. */
export function needsApproval(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'approval');
}

/** What a caller shows of a check: the findings, whether they block or need approval, and the length. */
export function summarize(text: string, network: Network | null, findings: Finding[]) {
  return {
    findings,
    blocked: blocks(findings),
    needsApproval: needsApproval(findings),
    network,
    length: { count: countText(network, text), limit: textLimit(network) },
  };
}
