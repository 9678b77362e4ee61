// `brandroom check`: checks a draft read from standard input against a brand's policy (from the
// configured database) or, without --brand, against the default rules. Exit code 1 when something
// blocks the draft, 2 on a usage error, so a script or a git hook can stop on it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { NETWORKS, type Network } from '../core/networks.ts';
import { checkDraft, compilePolicy, summarize } from '../core/policy/checker.ts';
import { DEFAULT_RULES, rulesFromTemplates } from '../core/policy/defaults.ts';
import type { Finding } from '../core/policy/types.ts';
import { loadConfig } from './config.ts';
import { openConfiguredDatabase } from './db/connect.ts';
import { brands } from './db/schema.ts';
import { checkForBrand } from './services/policy/check.ts';
import { StartupError } from './startup-error.ts';

export const CHECK_HELP = `Usage: brandroom check [--brand ID] [--network N] [--at ISO-TIME] [--paid] [--lang he|en] [--json] < draft.txt

Checks the draft on standard input against a brand's policy rules (read from the configured database)
or, without --brand, against Brandroom's default rules in the Asia/Jerusalem time zone.
  --network   ${NETWORKS.join(', ')} (length limits and per-network rules)
  --at        when it would be published, e.g. 2026-04-21T19:30:00+03:00 (Shabbat, memorial days, quiet hours)
  --paid      the post is paid or sponsored content
  --lang      language of the messages (default: from LANG, else English)
  --json      print the findings as JSON
Exit code: 0 nothing blocks, 1 something blocks, 2 a usage error.`;

export class UsageError extends Error {}

function readStdin(): string {
  if (process.stdin.isTTY) throw new UsageError('Pipe the draft in, e.g. brandroom check < draft.txt');
  return readFileSync(0, 'utf8');
}

function parseCheckArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        brand: { type: 'string' },
        network: { type: 'string' },
        at: { type: 'string' },
        paid: { type: 'boolean', default: false },
        lang: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export async function runCheck(argv: string[]): Promise<number> {
  const { values } = parseCheckArgs(argv);
  if (values.network !== undefined && !(NETWORKS as readonly string[]).includes(values.network)) {
    throw new UsageError(`--network must be one of ${NETWORKS.join(', ')} (got "${values.network}").`);
  }
  const network = (values.network ?? null) as Network | null;
  const at = values.at === undefined ? null : new Date(values.at);
  if (at && Number.isNaN(at.getTime())) throw new UsageError(`--at must be an ISO date and time, e.g. 2026-04-21T19:30:00+03:00 (got "${values.at}").`);
  const lang = values.lang === 'he' || values.lang === 'en' ? values.lang : (process.env.LANG ?? '').startsWith('he') ? 'he' : 'en';
  const text = readStdin().replace(/\r\n/g, '\n').replace(/\n$/, '');

  const result = values.brand ? await checkWithBrand(values.brand, { text, network, at, paid: values.paid }) : checkWithDefaults({ text, network, at, paid: values.paid }, lang);
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else console.log(describe(text, result.findings, lang));
  return result.blocked ? 1 : 0;
}

function checkWithDefaults(input: { text: string; network: Network | null; at: Date | null; paid: boolean }, lang: 'he' | 'en') {
  const findings = checkDraft(compilePolicy(rulesFromTemplates(DEFAULT_RULES, lang)), { ...input, timeZone: 'Asia/Jerusalem' });
  return { ...summarize(input.text, input.network, findings), policyVersion: null };
}

async function checkWithBrand(brandId: string, input: { text: string; network: Network | null; at: Date | null; paid: boolean }) {
  const database = await openConfiguredDatabase(loadConfig()).catch((err: unknown) => {
    // The embedded database admits one process: a running server holds it.
    if (err instanceof StartupError && /in use|lock/i.test(err.message)) {
      throw new StartupError(`${err.message}\nWhile the server runs, check through the API instead: POST /api/v1/brands/${brandId}/policy/check`);
    }
    throw err;
  });
  try {
    const [brand] = await database.db.select().from(brands).where(eq(brands.id, brandId)).catch(() => []);
    if (!brand) throw new UsageError(`No brand with the id "${brandId}" in this database.`);
    return await checkForBrand(database.db, brand, input);
  } finally {
    await database.close();
  }
}

const LABELS = {
  he: { block: 'חוסם', approval: 'דורש אישור', warn: 'אזהרה', info: 'לידיעה', none: 'לא נמצאה שום בעיה.', suggestion: 'הצעה', line: 'שורה' },
  en: { block: 'BLOCK', approval: 'NEEDS APPROVAL', warn: 'WARNING', info: 'INFO', none: 'No findings.', suggestion: 'Suggestion', line: 'line' },
};

/** One paragraph per finding: severity, rule, where (line:column) and what was found, why, what instead. */
export function describe(text: string, findings: Finding[], lang: 'he' | 'en'): string {
  const l = LABELS[lang];
  if (findings.length === 0) return l.none;
  return findings
    .map((f) => {
      const where = f.start === null ? '' : ` (${l.line} ${position(text, f.start)}: “${f.match}”)`;
      const lines = [`[${l[f.severity]}] ${f.ruleName}${where}`, `  ${f.message[lang]}`];
      if (f.suggestion) lines.push(`  ${l.suggestion}: ${f.suggestion[lang]}`);
      return lines.join('\n');
    })
    .join('\n\n');
}

function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}
