// Scores the checker on the corpus: precision and recall over (draft, rule) pairs. A pair counts as
// found only when the checker flags that rule on that draft and, for span findings, marks exactly the
// expected words; anything else it flags is a false alarm, anything it leaves out a miss.
import { checkDraft, compilePolicy } from '../checker.ts';
import { DEFAULT_RULES, rulesFromTemplates } from '../defaults.ts';
import type { Finding, Rule, RuleKind } from '../types.ts';
import { CORPUS_ALLOWED_CONTACTS, CORPUS_BLACKOUT, CORPUS_COMPETITORS, CORPUS_DRAFTS, CORPUS_QUIET_HOURS, type CorpusDraft } from './drafts.ts';

/**
 * The default rules as the corpus's brands use them: competitors listed, quiet hours and a blackout
 * period turned on, the café's own contact details allowed. Ids are the template keys.
 */
export function corpusRules(): Rule[] {
  return rulesFromTemplates().map((rule) => {
    switch (rule.id) {
      case 'competitors':
        return { ...rule, enabled: true, config: { ...rule.config, entries: CORPUS_COMPETITORS.map((term) => ({ term })) } };
      case 'quiet_hours':
        return { ...rule, enabled: true, config: { ...CORPUS_QUIET_HOURS } };
      case 'blackout':
        return { ...rule, config: { periods: [CORPUS_BLACKOUT] } };
      case 'personal_data':
        return { ...rule, config: { ...rule.config, allow: CORPUS_ALLOWED_CONTACTS } };
      default:
        return rule;
    }
  });
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** 1 when nothing was flagged. */
  precision: number;
  /** 1 when nothing was expected. */
  recall: number;
}

export interface Disagreement {
  draftId: string;
  rule: string;
  /** The words expected (null: the rule was not expected on this draft). */
  expected: string[] | null;
  /** The words the checker marked (null: it did not flag the rule). */
  found: string[] | null;
  note?: string;
}

export interface CorpusReport {
  drafts: number;
  cleanDrafts: number;
  overall: Score;
  byKind: Partial<Record<RuleKind, Score>>;
  byRule: Record<string, Score>;
  disagreements: Disagreement[];
}

const KIND_OF = new Map<string, RuleKind>(DEFAULT_RULES.map((t) => [t.templateKey, t.kind]));

function score(tp: number, fp: number, fn: number): Score {
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

const normalize = (s: string) => s.trim().toLowerCase();

function sameWords(expected: string[], found: string[]): boolean {
  const a = expected.map(normalize).sort();
  const b = found.map(normalize).sort();
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** The input a draft is checked with (Israel's time zone, as the corpus's brands are Israeli). */
export function corpusInput(d: CorpusDraft) {
  return {
    text: d.text,
    network: d.network,
    at: d.at ? new Date(d.at) : null,
    paid: d.paid,
    authorAcknowledged: d.acknowledged,
    timeZone: 'Asia/Jerusalem',
    measuresVisits: d.measuresVisits,
  };
}

/** Runs the rules over the corpus and scores them, overall, per rule kind and per rule. */
export function evaluateCorpus(rules: readonly Rule[] = corpusRules(), drafts: readonly CorpusDraft[] = CORPUS_DRAFTS): CorpusReport {
  const policy = compilePolicy(rules);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (rule: string) => {
    let c = counts.get(rule);
    if (!c) counts.set(rule, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const disagreements: Disagreement[] = [];
  for (const d of drafts) {
    const found = new Map<string, Finding[]>();
    for (const f of checkDraft(policy, corpusInput(d))) found.set(f.ruleId, [...(found.get(f.ruleId) ?? []), f]);
    const expected = new Map<string, string[]>();
    for (const e of d.expected) expected.set(e.rule, [...(expected.get(e.rule) ?? []), ...(e.match === undefined ? [] : [e.match])]);
    for (const rule of new Set([...found.keys(), ...expected.keys()])) {
      const want = expected.get(rule);
      const got = found.get(rule);
      const words = got?.filter((f) => f.start !== null && KIND_OF.get(rule) !== 'length').map((f) => f.match) ?? null;
      const c = count(rule);
      if (want && got && (want.length === 0 || sameWords(want, words ?? []))) {
        c.tp++;
        continue;
      }
      if (got) c.fp++;
      if (want) c.fn++;
      disagreements.push({ draftId: d.id, rule, expected: want ?? null, found: got ? (words ?? []) : null, ...(d.note ? { note: d.note } : {}) });
    }
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  const perKind = new Map<RuleKind, { tp: number; fp: number; fn: number }>();
  const byRule: Record<string, Score> = {};
  for (const [rule, c] of counts) {
    byRule[rule] = score(c.tp, c.fp, c.fn);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    const kind = KIND_OF.get(rule);
    if (!kind) continue;
    const k = perKind.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
    k.tp += c.tp;
    k.fp += c.fp;
    k.fn += c.fn;
    perKind.set(kind, k);
  }
  const byKind: Partial<Record<RuleKind, Score>> = {};
  for (const [kind, k] of perKind) byKind[kind] = score(k.tp, k.fp, k.fn);
  return {
    drafts: drafts.length,
    cleanDrafts: drafts.filter((d) => d.expected.length === 0).length,
    overall: score(total.tp, total.fp, total.fn),
    byKind,
    byRule,
    disagreements,
  };
}
