// Machine-checkable rules. Workspace rules (brand_id null) apply to every brand; a brand may replace one
// with its own copy (same template key), and add rules of its own. A rule is validated and compiled
// before it is saved, so a stored rule always compiles.
import { and, asc, eq, inArray, isNull, max, or } from 'drizzle-orm';
import { compilePolicy, RuleCompileError } from '../../../core/policy/checker.ts';
import { DEFAULT_RULES } from '../../../core/policy/defaults.ts';
import { parseRule } from '../../../core/policy/rules.ts';
import type { Rule } from '../../../core/policy/types.ts';
import type { Db, Tx } from '../../db/connect.ts';
import { policyRules } from '../../db/schema.ts';
import { forbidden, invalidInput, notFound } from '../../http/errors.ts';
import { diff, recordAudit, type Actor } from '../audit/audit.ts';

export type RuleRow = typeof policyRules.$inferSelect;

export interface RuleInput {
  kind: Rule['kind'];
  name: string;
  severity: Rule['severity'];
  enabled: boolean;
  config: Record<string, unknown>;
}

export interface RuleScope {
  workspaceId: string;
  brandId: string | null;
}

export function toRule(row: RuleRow, overridden = false) {
  return {
    id: row.id,
    scope: row.brandId ? ('brand' as const) : ('workspace' as const),
    brandId: row.brandId,
    kind: row.kind as Rule['kind'],
    name: row.name,
    severity: row.severity,
    enabled: row.enabled,
    config: row.config,
    templateKey: row.templateKey,
    position: row.position,
    overridden,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const asCheckerRule = (row: RuleRow): Rule => ({
  id: row.id,
  kind: row.kind as Rule['kind'],
  name: row.name,
  severity: row.severity,
  enabled: row.enabled,
  config: row.config,
});

/** The workspace's rules and the brand's, each marked whether the brand replaced it. */
export async function rulesForBrand(db: Db | Tx, workspaceId: string, brandId: string) {
  const rows = await db
    .select()
    .from(policyRules)
    .where(and(eq(policyRules.workspaceId, workspaceId), or(isNull(policyRules.brandId), eq(policyRules.brandId, brandId))))
    .orderBy(asc(policyRules.position), asc(policyRules.createdAt));
  const replaced = new Set(rows.filter((r) => r.brandId && r.templateKey).map((r) => r.templateKey));
  return rows.map((row) => ({ row, overridden: !row.brandId && replaced.has(replacementKey(row)) }));
}

/** The key a brand's copy carries to replace a workspace rule: its template's, or the rule's own id. */
export const replacementKey = (row: RuleRow) => row.templateKey ?? `copy:${row.id}`;

/** A brand's own copy of a workspace rule, which then applies to the brand instead of it. */
export async function customizeForBrand(db: Db, actor: Actor, workspaceId: string, brandId: string, workspaceRuleId: string, mayWeaken: boolean) {
  const source = await findInScope(db, { workspaceId, brandId: null }, workspaceRuleId);
  const input: RuleInput = { kind: source.kind as Rule['kind'], name: source.name, severity: source.severity, enabled: source.enabled, config: source.config };
  return createRule(db, actor, { workspaceId, brandId }, input, replacementKey(source), mayWeaken);
}

/** The rules that apply to the brand's drafts now (enabled, not replaced). */
export async function effectiveRules(db: Db | Tx, workspaceId: string, brandId: string): Promise<RuleRow[]> {
  return (await rulesForBrand(db, workspaceId, brandId)).filter((r) => !r.overridden && r.row.enabled).map((r) => r.row);
}

export async function workspaceRules(db: Db, workspaceId: string) {
  return db
    .select()
    .from(policyRules)
    .where(and(eq(policyRules.workspaceId, workspaceId), isNull(policyRules.brandId)))
    .orderBy(asc(policyRules.position), asc(policyRules.createdAt));
}

/**
 * Validates the rule (defaults filled in, so what is stored is complete) and compiles it alone, so a bad
 * pattern or term is refused naming the field it is in. Returns the rule as it will be stored.
 */
export function validateRule(input: RuleInput): RuleInput {
  const parsed = parseRule(input);
  if (!parsed.ok) throw invalidInput(parsed.issues.map((i) => ({ path: ['body', i.path].filter(Boolean).join('.'), message: i.message, he: i.he })));
  const rule = parsed.value as RuleInput;
  try {
    compilePolicy([{ id: 'new', ...rule, enabled: true }]);
  } catch (err) {
    if (err instanceof RuleCompileError) {
      throw invalidInput([{ path: ['body', err.path].filter(Boolean).join('.'), message: err.reason.en, he: err.reason.he }]);
    }
    throw err;
  }
  return rule;
}

async function nextPosition(tx: Tx, scope: RuleScope) {
  const [{ last } = { last: null }] = await tx
    .select({ last: max(policyRules.position) })
    .from(policyRules)
    .where(and(eq(policyRules.workspaceId, scope.workspaceId), scope.brandId ? eq(policyRules.brandId, scope.brandId) : isNull(policyRules.brandId)));
  return (last ?? -1) + 1;
}

const SEVERITY_ORDER = ['info', 'warn', 'approval', 'block'] as const;

/**
 * A brand's copy of a workspace rule may make it stricter or change its lists, but only someone who may
 * change the workspace's rules (owners, admins) may make it weaker for one brand: off, or less severe.
 * Otherwise a brand could switch off the company-wide checks (personal data, acknowledgement…).
 */
async function assertNotWeakening(tx: Db | Tx, scope: RuleScope, templateKey: string | null, input: RuleInput, mayWeaken: boolean) {
  if (!scope.brandId || !templateKey || mayWeaken) return;
  const replaced = (await workspaceRulesIn(tx, scope.workspaceId)).find((r) => replacementKey(r) === templateKey);
  if (!replaced || !replaced.enabled) return;
  if (!input.enabled || SEVERITY_ORDER.indexOf(input.severity) < SEVERITY_ORDER.indexOf(replaced.severity)) {
    throw forbidden('Only an owner or an admin can turn off or soften a rule the whole workspace follows. You can make it stricter or change its lists.');
  }
}

async function workspaceRulesIn(db: Db | Tx, workspaceId: string) {
  return db.select().from(policyRules).where(and(eq(policyRules.workspaceId, workspaceId), isNull(policyRules.brandId)));
}

export async function createRule(db: Db, actor: Actor, scope: RuleScope, raw: RuleInput, templateKey: string | null = null, mayWeaken = true) {
  const input = validateRule(raw);
  return db.transaction(async (tx) => {
    await assertNotWeakening(tx, scope, templateKey, input, mayWeaken);
    const [row] = await tx
      .insert(policyRules)
      .values({ ...scope, ...input, templateKey, position: await nextPosition(tx, scope) })
      .returning();
    await recordAudit(tx, actor, {
      workspaceId: scope.workspaceId,
      brandId: scope.brandId,
      action: 'policy.rule.create',
      targetType: 'policy_rule',
      targetId: row!.id,
      after: { name: input.name, kind: input.kind, severity: input.severity, enabled: input.enabled, templateKey },
    });
    return row!;
  });
}

async function findInScope(db: Db | Tx, scope: RuleScope, ruleId: string) {
  const [row] = await db
    .select()
    .from(policyRules)
    .where(
      and(
        eq(policyRules.id, ruleId),
        eq(policyRules.workspaceId, scope.workspaceId),
        scope.brandId ? eq(policyRules.brandId, scope.brandId) : isNull(policyRules.brandId),
      ),
    );
  if (!row) throw notFound('This rule');
  return row;
}

export async function updateRule(db: Db, actor: Actor, scope: RuleScope, ruleId: string, raw: RuleInput, mayWeaken = true) {
  const input = validateRule(raw);
  return db.transaction(async (tx) => {
    const before = await findInScope(tx, scope, ruleId);
    await assertNotWeakening(tx, scope, before.templateKey, input, mayWeaken);
    const [row] = await tx.update(policyRules).set({ ...input, updatedAt: new Date() }).where(eq(policyRules.id, ruleId)).returning();
    const changes = diff(
      { name: before.name, kind: before.kind, severity: before.severity, enabled: before.enabled, config: before.config },
      input,
    );
    if (changes.changed) {
      await recordAudit(tx, actor, {
        workspaceId: scope.workspaceId,
        brandId: scope.brandId,
        action: 'policy.rule.update',
        targetType: 'policy_rule',
        targetId: ruleId,
        before: changes.before,
        after: changes.after,
      });
    }
    return row!;
  });
}

export async function deleteRule(db: Db, actor: Actor, scope: RuleScope, ruleId: string) {
  await db.transaction(async (tx) => {
    const row = await findInScope(tx, scope, ruleId);
    await tx.delete(policyRules).where(eq(policyRules.id, ruleId));
    await recordAudit(tx, actor, {
      workspaceId: scope.workspaceId,
      brandId: scope.brandId,
      action: 'policy.rule.delete',
      targetType: 'policy_rule',
      targetId: ruleId,
      before: { name: row.name, kind: row.kind, severity: row.severity, config: row.config, templateKey: row.templateKey },
    });
  });
}

/** A default rule as a rule input, named in the given language. */
export function ruleFromTemplate(templateKey: string, locale: 'he' | 'en'): RuleInput {
  const template = DEFAULT_RULES.find((t) => t.templateKey === templateKey);
  if (!template) throw invalidInput([{ path: 'body.templateKey', message: 'There is no default rule with this key' }]);
  return { kind: template.kind, name: template.name[locale], severity: template.severity, enabled: template.enabled, config: template.config };
}

/**
 * Adds the default rules the scope does not have yet (by template key), in one transaction. Used for a
 * new workspace and by "add the recommended rules"; running it twice adds nothing the second time.
 */
export async function addDefaultRules(tx: Tx, actor: Actor, scope: RuleScope, locale: 'he' | 'en', opts: { audit: boolean } = { audit: true }) {
  const existing = await tx
    .select({ templateKey: policyRules.templateKey })
    .from(policyRules)
    .where(
      and(
        eq(policyRules.workspaceId, scope.workspaceId),
        scope.brandId ? eq(policyRules.brandId, scope.brandId) : isNull(policyRules.brandId),
        inArray(policyRules.templateKey, DEFAULT_RULES.map((t) => t.templateKey)),
      ),
    );
  const have = new Set(existing.map((r) => r.templateKey));
  const missing = DEFAULT_RULES.filter((t) => !have.has(t.templateKey));
  if (missing.length === 0) return [];
  let position = await nextPosition(tx, scope);
  const rows = await tx
    .insert(policyRules)
    .values(missing.map((t) => ({ ...scope, ...validateRule(ruleFromTemplate(t.templateKey, locale)), templateKey: t.templateKey, position: position++ })))
    .returning();
  if (!opts.audit) return rows;
  await recordAudit(tx, actor, {
    workspaceId: scope.workspaceId,
    brandId: scope.brandId,
    action: 'policy.rule.defaults',
    targetType: 'policy_rule',
    after: { added: missing.map((t) => t.templateKey) },
  });
  return rows;
}
