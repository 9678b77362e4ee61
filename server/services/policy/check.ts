// The pre-publication check for a brand: its effective rules, compiled once and kept while they are
// unchanged, run by the pure checker in core/policy with what the server knows (time zone, plan, author).
import { checkDraft, compilePolicy, summarize, type CompiledPolicy } from '../../../core/policy/checker.ts';
import type { Finding } from '../../../core/policy/types.ts';
import type { Network } from '../../../core/networks.ts';
import { planMeasuresVisits } from '../../../core/plan/plan.ts';
import type { Role } from '../../../core/permissions.ts';
import type { Db, Tx } from '../../db/connect.ts';
import type { brands } from '../../db/schema.ts';
import { currentPlan } from '../plan/plan.ts';
import { acknowledgementOf } from './acknowledgements.ts';
import { currentPolicy } from './documents.ts';
import { asCheckerRule, effectiveRules, type RuleRow } from './rules.ts';

type BrandRow = typeof brands.$inferSelect;

export interface BrandCheckInput {
  text: string;
  network?: Network | null;
  at?: Date | null;
  paid?: boolean;
  /** Who would publish it: their acknowledgement of the current policy is checked too. */
  author?: { userId: string; role: Role } | null;
}

// Compiling 500 rules takes about a second; a live check runs on every pause in typing. The key changes
// whenever a rule is added, removed or edited, so a stale compilation is never used.
const CACHE_SIZE = 200;
const compiled = new Map<string, CompiledPolicy>();

function compiledFor(rows: RuleRow[]): CompiledPolicy {
  const key = rows.map((r) => `${r.id}@${r.updatedAt.getTime()}`).join(',');
  let policy = compiled.get(key);
  if (policy) {
    compiled.delete(key);
  } else {
    policy = compilePolicy(rows.map(asCheckerRule));
    if (compiled.size >= CACHE_SIZE) compiled.delete(compiled.keys().next().value!);
  }
  compiled.set(key, policy);
  return policy;
}

export async function checkForBrand(db: Db | Tx, brand: BrandRow, input: BrandCheckInput) {
  // One after another: inside a transaction these share one connection, which takes one query at a time.
  const rows = await effectiveRules(db, brand.workspaceId, brand.id);
  const plan = await currentPlan(db, brand.id);
  const policy = await currentPolicy(db, brand.workspaceId, brand.id);
  const mine = input.author ? await acknowledgementOf(db, input.author.userId, input.author.role, policy) : null;
  const network = input.network ?? null;
  const findings: Finding[] = checkDraft(compiledFor(rows), {
    text: input.text,
    network,
    at: input.at ?? null,
    paid: input.paid ?? false,
    // Only someone who must acknowledge, under a policy that exists, can fail this part of the check.
    authorAcknowledged: mine && mine.required && mine.policyVersionId ? mine.acknowledgedAt !== null : undefined,
    timeZone: brand.timeZone,
    measuresVisits: plan ? planMeasuresVisits(plan.content) : false,
  });
  return { ...summarize(input.text, network, findings), policyVersion: policy?.version ?? null };
}
