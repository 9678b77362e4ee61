// `npm run bench:policy`: the pre-publication checker's speed and quality.
// (a) checks per second on one core: a realistic 280-character draft (Hebrew and English, a link, a few
//     findings) against 500 rules — the defaults plus generated term and pattern rules of ~10 entries
//     each — after warm-up, the median of several runs;
// (b) precision and recall on the corpus (core/policy/corpus), overall and per rule kind.
// Prints its figures and the command that reproduces them; never fails on speed.
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { countText } from '../core/networks.ts';
import { checkDraft, compilePolicy } from '../core/policy/checker.ts';
import { evaluateCorpus } from '../core/policy/corpus/evaluate.ts';
import { rulesFromTemplates } from '../core/policy/defaults.ts';
import type { CheckInput, Rule } from '../core/policy/types.ts';

const { values } = parseArgs({
  options: {
    rules: { type: 'string', default: '500' },
    runs: { type: 'string', default: '7' },
    checks: { type: 'string', default: '5000' },
  },
});
const RULES = Number(values.rules);
const RUNS = Number(values.runs);
const CHECKS = Number(values.checks);

// A small deterministic generator, so every run checks against the same rules.
let seed = 20260421;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

// Real lists hold words a given draft rarely contains (other brands, product names, people, slang):
// word-like strings built from syllables, with a few everyday words mixed in so some rules do hit.
const HEBREW_SYLLABLES = ['בר', 'גו', 'דל', 'זי', 'חו', 'טר', 'כנ', 'מש', 'נו', 'סק', 'פר', 'צי', 'קל', 'רו', 'שט', 'תמ', 'לב', 'אר'];
const LATIN_SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'te', 'vo', 'zen', 'dor', 'bel', 'nix', 'sta', 'qua', 'mar', 'tor', 'lin', 'gus'];
const EVERYDAY = ['משלוח', 'חלב', 'עוגה', 'delivery', 'refund', 'jasmine', 'voucher', 'סניף', 'warranty', 'peach'];
const CATEGORIES = ['banned', 'risky', 'custom', 'competitor', 'legal_claim', 'profanity'] as const;

function generatedWord(): string {
  const hebrew = random() < 0.55;
  const syllables = hebrew ? HEBREW_SYLLABLES : LATIN_SYLLABLES;
  let word = hebrew && random() < 0.3 ? 'ל' : '';
  for (let n = 2 + Math.floor(random() * 2); n > 0; n--) word += pick(syllables);
  return word;
}

function generatedTerm(): string {
  if (random() < 0.01) return pick(EVERYDAY);
  // A third of the entries are two-word phrases, as real lists are.
  return random() < 0.33 ? `${generatedWord()} ${generatedWord()}` : generatedWord();
}

// Patterns brands write: coupon codes, order and ticket numbers, internal project names, prices,
// version numbers, hashtags; each generated rule fills a template with its own word.
const PATTERN_TEMPLATES: ((word: string) => string)[] = [
  (w) => String.raw`\b${w.toUpperCase()}\d{2,3}\b`,
  (w) => String.raw`\b${w}\s*#?\d{6,}\b`,
  (w) => String.raw`\bproject\s+${w.charAt(0).toUpperCase()}${w.slice(1)}\b`,
  (w) => String.raw`#${w}\w*`,
  (w) => String.raw`\b(?:${w}|${w}s)\s+(?:leak|leaked|internal)\b`,
  (w) => String.raw`\b\d{1,3}(?:,\d{3})+\s?(?:₪|ש״ח|NIS)\s+${w}`,
  (w) => String.raw`\bv\d+\.\d+\s+${w}\b`,
  (w) => String.raw`\b(?:lowest|cheapest)\s+${w}\b`,
];

function latinWord(): string {
  let word = '';
  for (let n = 2 + Math.floor(random() * 2); n > 0; n--) word += pick(LATIN_SYLLABLES);
  return word;
}

/** The defaults, then term rules with ~10 entries, and a few dozen pattern rules, up to `count`. */
function benchmarkRules(count: number): Rule[] {
  const rules: Rule[] = rulesFromTemplates();
  const patternRules = Math.round(count * 0.07);
  for (let i = 0; rules.length < count - patternRules; i++) {
    rules.push({
      id: `terms-${i}`,
      kind: 'terms',
      name: `Generated list ${i}`,
      severity: pick(['block', 'approval', 'warn', 'info'] as const),
      enabled: true,
      config: {
        category: pick(CATEGORIES),
        entries: Array.from({ length: 8 + Math.floor(random() * 5) }, () => ({ term: generatedTerm() })),
        reason: { en: 'On the brand’s list.', he: 'ברשימה של המותג.' },
      },
    });
  }
  for (let i = 0; rules.length < count; i++) {
    rules.push({
      id: `pattern-${i}`,
      kind: 'pattern',
      name: `Generated pattern ${i}`,
      severity: 'warn',
      enabled: true,
      config: {
        pattern: PATTERN_TEMPLATES[i % PATTERN_TEMPLATES.length]!(latinWord()),
        // Most case-insensitive (the default), some also with u for \p{…}, a few exact.
        flags: ['i', 'i', 'iu', ''][i % 4]!,
        reason: { en: 'Matches the brand’s pattern.', he: 'תואם לתבנית של המותג.' },
      },
    });
  }
  return rules;
}

// 280 characters: a café's post in Hebrew and English with a link, a superlative, !!! and a promotion.
const DRAFT = [
  'בוקר טוב מקפה שקד! ☕ השבוע יצאנו עם בלנד אתיופי חדש, והוא פשוט הכי טוב שקלינו השנה.',
  ' New Ethiopian blend: notes of jasmine, peach and honey!!!',
  ' מבצע השקה: 15% הנחה על שקית ראשונה עם הקוד SHAKED15,',
  ' order here: https://shaked.co.il/shop/ethiopia?utm_source=instagram',
  ' נתראה בסניף הרצל 😊',
].join('');

const INPUT: CheckInput = {
  text: DRAFT,
  network: 'x',
  at: new Date('2026-06-09T10:00:00+03:00'),
  paid: false,
  authorAcknowledged: true,
  timeZone: 'Asia/Jerusalem',
  measuresVisits: true,
};

const rules = benchmarkRules(RULES);
const compileStart = performance.now();
const policy = compilePolicy(rules);
const compileMs = performance.now() - compileStart;
const findings = checkDraft(policy, INPUT);

for (let i = 0; i < 2_000; i++) checkDraft(policy, INPUT); // warm-up: let the JIT settle
// Wall-clock rates, and rates per CPU-second this process used: on a busy machine the second is the
// fairer figure for one core (it includes the garbage collector's helper threads, so it errs low).
const wallRates: number[] = [];
const cpuRates: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < CHECKS; i++) checkDraft(policy, INPUT);
  const wallSeconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  wallRates.push(CHECKS / wallSeconds);
  cpuRates.push(CHECKS / ((cpu.user + cpu.system) / 1e6));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const termRules = rules.filter((r) => r.kind === 'terms').length;
const patternRules = rules.filter((r) => r.kind === 'pattern').length;
const entries = rules.reduce((n, r) => n + (Array.isArray(r.config.entries) ? r.config.entries.length : 0), 0);
console.log(`\nPolicy checker, one core, ${new Date().toISOString()}`);
console.log(`rules: ${rules.length} (${termRules} term lists with ${entries} entries, ${patternRules} patterns, and the other default rules); compiled in ${compileMs.toFixed(0)} ms`);
console.log(`draft: ${DRAFT.length} characters (${countText('x', DRAFT)} as X counts them), Hebrew and English, a link; ${findings.length} findings: ${findings.map((f) => f.ruleId).join(', ')}`);
console.log(
  `checks per second on one core: median ${median(cpuRates).toFixed(0)} per CPU-second, ${median(wallRates).toFixed(0)} by the wall clock ` +
    `(${RUNS} runs of ${CHECKS}; wall-clock min ${Math.min(...wallRates).toFixed(0)}, max ${Math.max(...wallRates).toFixed(0)}; ` +
    `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores); target 5000`,
);
console.log(`  $ npm run bench:policy -- --rules ${RULES} --runs ${RUNS} --checks ${CHECKS}`);

const report = evaluateCorpus();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`\nCorpus (core/policy/corpus): ${report.drafts} drafts, ${report.cleanDrafts} clean; (draft, rule) pairs`);
console.log('kind               precision  recall   tp  fp  fn');
const row = (label: string, s: { precision: number; recall: number; truePositives: number; falsePositives: number; falseNegatives: number }) =>
  console.log(
    `${label.padEnd(18)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}`,
  );
row('overall', report.overall);
for (const [kind, s] of Object.entries(report.byKind)) row(kind, s);
for (const d of report.disagreements) console.log(`  ${d.draftId} / ${d.rule}: expected ${JSON.stringify(d.expected)}, found ${JSON.stringify(d.found)}${d.note ? ` — ${d.note}` : ''}`);
console.log('  $ npm run bench:policy');
