import { describe, expect, it } from 'vitest';
import { checkDraft, compilePolicy } from './checker.ts';
import { DEFAULT_RULES } from './defaults.ts';
import { CORPUS_DRAFTS } from './corpus/drafts.ts';
import { corpusInput, corpusRules, evaluateCorpus } from './corpus/evaluate.ts';

const report = evaluateCorpus();
const policy = compilePolicy(corpusRules());
const findingsOf = (id: string) => checkDraft(policy, corpusInput(CORPUS_DRAFTS.find((d) => d.id === id)!));

describe('the corpus', () => {
  it('is large and balanced enough to mean something', () => {
    expect(CORPUS_DRAFTS.length).toBeGreaterThanOrEqual(80);
    expect(report.cleanDrafts).toBeGreaterThanOrEqual(30);
    const he = CORPUS_DRAFTS.filter((d) => d.lang === 'he').length;
    const en = CORPUS_DRAFTS.filter((d) => d.lang === 'en').length;
    expect(Math.abs(he - en)).toBeLessThan(CORPUS_DRAFTS.length / 5);
    expect(CORPUS_DRAFTS.some((d) => d.lang === 'mixed')).toBe(true);
    expect(new Set(CORPUS_DRAFTS.map((d) => d.id)).size).toBe(CORPUS_DRAFTS.length);
  });

  it('catches every default rule at least twice', () => {
    for (const t of DEFAULT_RULES) {
      const caught = CORPUS_DRAFTS.filter((d) => d.expected.some((e) => e.rule === t.templateKey) && findingsOf(d.id).some((f) => f.ruleId === t.templateKey));
      expect(caught.length, t.templateKey).toBeGreaterThanOrEqual(2);
    }
  });

  it('flags the embassy’s tweet in English and Hebrew with the context rule and a message a person understands', () => {
    const [en] = findingsOf('embassy-en');
    expect(en).toMatchObject({ ruleId: 'military_language', kind: 'context', match: 'eliminates target' });
    expect(en!.message.en).toBe('“eliminates target” is military language; in a post about sport it reads as violence.');
    const [he] = findingsOf('embassy-he');
    expect(he).toMatchObject({ ruleId: 'military_language', kind: 'context', match: 'מחסלת מטרה' });
    expect(he!.message.he).toBe('"מחסלת מטרה" – שפה צבאית; בפוסט על ספורט זה נקרא כמו אלימות.');
    expect(he!.suggestion!.he).toContain('מנצחת');
  });

  it('passes the clean drafts without a single finding (except the known false alarm it names)', () => {
    const alarms = CORPUS_DRAFTS.filter((d) => d.expected.length === 0)
      .map((d) => ({ id: d.id, note: d.note ?? '', found: findingsOf(d.id).map((f) => `${f.ruleId}: ${f.match}`) }))
      .filter((d) => d.found.length > 0);
    expect(alarms.every((a) => a.note.startsWith('Known false alarm')), JSON.stringify(alarms)).toBe(true);
    expect(alarms.length).toBeLessThanOrEqual(1);
  });

  it('reaches 0.95 precision and recall over (draft, rule) pairs', () => {
    expect(report.overall.precision, JSON.stringify(report.disagreements, null, 1)).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.recall, JSON.stringify(report.disagreements, null, 1)).toBeGreaterThanOrEqual(0.95);
  });

  it('disagrees with the expectations only where a draft admits it', () => {
    const unexplained = report.disagreements.filter((d) => !/^Known (miss|false alarm)/.test(d.note ?? ''));
    expect(unexplained).toEqual([]);
  });
});
