// The checks a playbook needs the database for, run before anything is written: the people it names
// work on the brand (and responders may speak for it), and each holding statement fits the networks
// it may go out on and passes the brand's policy. Problems come back as one 400 naming every field.
import { and, eq, inArray } from 'drizzle-orm';
import type { Network } from '../../../core/networks.ts';
import { canSeeBrand, roleAllows, type Role } from '../../../core/permissions.ts';
import { PLAYBOOK_MESSAGES as M, statementLengths, tooLongMessage, type PlaybookContent } from '../../../core/playbooks/content.ts';
import type { Finding } from '../../../core/policy/types.ts';
import type { Db } from '../../db/connect.ts';
import { memberBrands, members } from '../../db/schema.ts';
import type { BrandRow } from '../../http/guard.ts';
import { invalidInput, type InputIssue } from '../../http/errors.ts';
import { currentPlan } from '../plan/plan.ts';
import { checkForBrand } from '../policy/check.ts';

export interface StatementWarning {
  path: string;
  finding: Finding;
}

const at = (path: string) => `body.content.${path}`;

/**
 * Checks the content for this brand; throws a 400 with every problem, or returns the policy's
 * findings that do not block (needs approval, warnings) so the editor can show them.
 */
export async function validateForBrand(db: Db, brand: BrandRow, content: PlaybookContent): Promise<StatementWarning[]> {
  const issues = [...(await checkPeople(db, brand, content))];
  const { issues: statementIssues, warnings } = await checkStatements(db, brand, content);
  issues.push(...statementIssues);
  if (issues.length) throw invalidInput(issues);
  return warnings;
}

async function checkPeople(db: Db, brand: BrandRow, content: PlaybookContent): Promise<InputIssue[]> {
  const named: { path: string; userId: string; speaks: boolean }[] = [];
  content.roles.forEach((role, i) => {
    if (role.userId) named.push({ path: at(`roles.${i}.userId`), userId: role.userId, speaks: false });
    if (role.backupUserId) named.push({ path: at(`roles.${i}.backupUserId`), userId: role.backupUserId, speaks: false });
  });
  content.authorizedResponders.forEach((userId, i) => named.push({ path: at(`authorizedResponders.${i}`), userId, speaks: true }));
  if (named.length === 0) return [];

  const rows = await db
    .select({ userId: members.userId, role: members.role, limited: members.limitedToBrands, brandId: memberBrands.brandId })
    .from(members)
    .leftJoin(memberBrands, eq(memberBrands.memberId, members.id))
    .where(and(eq(members.workspaceId, brand.workspaceId), inArray(members.userId, [...new Set(named.map((n) => n.userId))])));
  const grants = new Map<string, { role: Role; brandIds: string[] | null }>();
  for (const row of rows) {
    const grant = grants.get(row.userId) ?? { role: row.role, brandIds: row.limited ? [] : null };
    if (grant.brandIds && row.brandId) grant.brandIds.push(row.brandId);
    grants.set(row.userId, grant);
  }
  return named.flatMap(({ path, userId, speaks }): InputIssue[] => {
    const grant = grants.get(userId);
    if (!grant || !canSeeBrand(grant, brand.id)) return [{ path, message: M.notOnBrand }];
    // Only someone whose role publishes or replies can be the brand's voice in an incident.
    if (speaks && !roleAllows(grant.role, 'post.publish') && !roleAllows(grant.role, 'inbox.reply')) return [{ path, message: M.cannotSpeak }];
    return [];
  });
}

/** The networks a statement "for any network" must fit: the channels of the brand's plan. */
async function brandNetworks(db: Db, brandId: string): Promise<readonly Network[]> {
  const plan = await currentPlan(db, brandId);
  return plan?.content.channels.map((channel) => channel.network) ?? [];
}

async function checkStatements(db: Db, brand: BrandRow, content: PlaybookContent) {
  const issues: InputIssue[] = [];
  const warnings: StatementWarning[] = [];
  if (content.holdingStatements.length === 0) return { issues, warnings };
  const planned = await brandNetworks(db, brand.id);
  for (const [i, statement] of content.holdingStatements.entries()) {
    const path = at(`holdingStatements.${i}.text`);
    const tightest = statementLengths(statement.text, statement.network, planned)[0];
    if (tightest && tightest.count > tightest.limit) issues.push({ path, message: tooLongMessage(tightest.network, tightest.limit) });

    const { findings } = await checkForBrand(db, brand, { text: statement.text, network: statement.network, at: null });
    // Length is checked above against every network the statement may go to, not only the one named.
    for (const finding of findings.filter((f) => f.kind !== 'length')) {
      // The finding explains itself in both languages; the server answers in the reader's.
      if (finding.severity === 'block') issues.push({ path, message: finding.message.en, he: finding.message.he });
      else warnings.push({ path: `content.holdingStatements.${i}.text`, finding });
    }
  }
  return { issues, warnings };
}
