// A brand's what-if playbooks: copied from the library or written from scratch, saved as immutable
// versions (the playbook row names the current one), checked against the workspace, the plan's
// networks and the policy before anything is written, and audited.
import { isDeepStrictEqual } from 'node:util';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { mostSevereTier, playbookContentSchema, playbookGaps, peopleOf, type PlaybookContent } from '../../../core/playbooks/content.ts';
import { drillTimings, type DrillStepRecord } from '../../../core/playbooks/drill.ts';
import { findTemplate, templateContent, type TemplateKey } from '../../../core/playbooks/library.ts';
import { PLAYBOOK_REQUEST_MESSAGES } from '../../../core/playbooks/messages.ts';
import type { Locale } from '../../../core/validation.ts';
import type { Db, Tx } from '../../db/connect.ts';
import { playbookDrills, playbooks, playbookVersions, users } from '../../db/schema.ts';
import type { BrandRow } from '../../http/guard.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';
import { validateForBrand, type StatementWarning } from './validate.ts';

const M = PLAYBOOK_REQUEST_MESSAGES;

type PlaybookRow = typeof playbooks.$inferSelect;
type VersionRow = typeof playbookVersions.$inferSelect;

/** Content as stored; versions were checked when saved, so this only restores the type. */
export function storedContent(row: Pick<VersionRow, 'content'>): PlaybookContent {
  return row.content as unknown as PlaybookContent;
}

function assertLiveBrand(brand: BrandRow) {
  if (brand.archivedAt) throw conflict('brand_archived', M.brandArchived);
}

/** A live (not archived) playbook of this brand, or 404. */
export async function livePlaybook(db: Db | Tx, brandId: string, playbookId: string, lock = false): Promise<PlaybookRow> {
  const query = db
    .select()
    .from(playbooks)
    .where(and(eq(playbooks.id, playbookId), eq(playbooks.brandId, brandId), isNull(playbooks.archivedAt)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('This playbook');
  return row;
}

export async function versionRow(db: Db | Tx, playbookId: string, version: number): Promise<VersionRow> {
  const [row] = await db
    .select()
    .from(playbookVersions)
    .where(and(eq(playbookVersions.playbookId, playbookId), eq(playbookVersions.version, version)));
  if (!row) throw notFound('This version');
  return row;
}

async function peopleByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, [...ids]));
}

async function authorOf(db: Db, authorId: string | null) {
  if (!authorId) return null;
  const [user] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, authorId));
  return user ?? null;
}

async function toPlaybook(db: Db, playbook: PlaybookRow, version: VersionRow) {
  const content = storedContent(version);
  return {
    id: playbook.id,
    brandId: playbook.brandId,
    templateKey: playbook.templateKey,
    version: version.version,
    content,
    changeNote: version.changeNote,
    author: await authorOf(db, version.authorId),
    savedAt: version.createdAt.toISOString(),
    createdAt: playbook.createdAt.toISOString(),
    people: await peopleByIds(db, peopleOf(content)),
    gaps: playbookGaps(content),
  };
}

export type PlaybookView = Awaited<ReturnType<typeof toPlaybook>>;

export async function listPlaybooks(db: Db, brandId: string) {
  const rows = await db
    .select({ playbook: playbooks, content: playbookVersions.content })
    .from(playbooks)
    .innerJoin(playbookVersions, and(eq(playbookVersions.playbookId, playbooks.id), eq(playbookVersions.version, playbooks.currentVersion)))
    .where(and(eq(playbooks.brandId, brandId), isNull(playbooks.archivedAt)))
    .orderBy(playbooks.createdAt, playbooks.id);
  const lastDrills = await latestDrills(db, rows.map((r) => r.playbook.id));
  return rows.map(({ playbook, content: raw }) => {
    const content = storedContent({ content: raw });
    return {
      id: playbook.id,
      brandId: playbook.brandId,
      name: playbook.name,
      scenario: content.scenario,
      templateKey: playbook.templateKey,
      version: playbook.currentVersion,
      tiers: content.tiers,
      pauseScheduledPosts: content.pauseScheduledPosts,
      stepCount: content.steps.length,
      authorizedResponderCount: content.authorizedResponders.length,
      gaps: playbookGaps(content),
      updatedAt: playbook.updatedAt.toISOString(),
      lastDrill: lastDrills.get(playbook.id) ?? null,
    };
  });
}

/** The most recent drill of each playbook, with its total time measured against that version's target. */
async function latestDrills(db: Db, playbookIds: string[]) {
  const result = new Map<string, { id: string; startedAt: string; finishedAt: string | null; totalSeconds: number | null; withinTarget: boolean | null }>();
  if (playbookIds.length === 0) return result;
  const drills = await db
    .selectDistinctOn([playbookDrills.playbookId], { drill: playbookDrills, content: playbookVersions.content })
    .from(playbookDrills)
    .innerJoin(
      playbookVersions,
      and(eq(playbookVersions.playbookId, playbookDrills.playbookId), eq(playbookVersions.version, playbookDrills.playbookVersion)),
    )
    .where(inArray(playbookDrills.playbookId, playbookIds))
    .orderBy(playbookDrills.playbookId, desc(playbookDrills.startedAt));
  for (const { drill, content } of drills) {
    const target = mostSevereTier(storedContent({ content })).responseMinutes;
    const timings = drillTimings(drill.startedAt, drill.finishedAt, drill.steps as unknown as DrillStepRecord[], target);
    result.set(drill.playbookId, {
      id: drill.id,
      startedAt: drill.startedAt.toISOString(),
      finishedAt: drill.finishedAt?.toISOString() ?? null,
      totalSeconds: timings.totalSeconds,
      withinTarget: timings.withinTarget,
    });
  }
  return result;
}

export async function getPlaybook(db: Db, brandId: string, playbookId: string, version?: number) {
  const playbook = await livePlaybook(db, brandId, playbookId);
  return toPlaybook(db, playbook, await versionRow(db, playbookId, version ?? playbook.currentVersion));
}

export async function listPlaybookVersions(db: Db, brandId: string, playbookId: string) {
  await livePlaybook(db, brandId, playbookId);
  const rows = await db
    .select({ version: playbookVersions, authorName: users.name })
    .from(playbookVersions)
    .leftJoin(users, eq(users.id, playbookVersions.authorId))
    .where(eq(playbookVersions.playbookId, playbookId))
    .orderBy(desc(playbookVersions.version));
  return rows.map(({ version: v, authorName }) => ({
    version: v.version,
    name: storedContent(v).name,
    changeNote: v.changeNote,
    author: v.authorId ? { id: v.authorId, name: authorName ?? '' } : null,
    savedAt: v.createdAt.toISOString(),
  }));
}

export interface CreatePlaybookInput {
  templateKey?: TemplateKey | undefined;
  /** The language to copy a template in; the brand's own language by default. */
  locale?: Locale | undefined;
  content?: PlaybookContent | undefined;
}

/**
 * A new playbook from the given content, or a copy of a library template in the brand's language.
 * A copy has nobody in its roles yet, and the person copying it as its authorized responder, so
 * that every stored playbook is one the radar could run.
 */
export async function createPlaybook(db: Db, actor: Actor, brand: BrandRow, input: CreatePlaybookInput) {
  assertLiveBrand(brand);
  const template = input.templateKey ? findTemplate(input.templateKey) : undefined;
  const content =
    input.content ??
    playbookContentSchema.parse(templateContent(template!, input.locale ?? brand.primaryLanguage, actor.userId ? [actor.userId] : []));
  const warnings = await validateForBrand(db, brand, content);
  const id = await db.transaction(async (tx) => {
    const now = new Date();
    const [playbook] = await tx
      .insert(playbooks)
      .values({
        workspaceId: brand.workspaceId,
        brandId: brand.id,
        name: content.name,
        templateKey: template?.key ?? null,
        currentVersion: 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.insert(playbookVersions).values({
      playbookId: playbook!.id,
      version: 1,
      content: content as unknown as Record<string, unknown>,
      changeNote: '',
      authorId: actor.userId,
      createdAt: now,
    });
    await recordAudit(tx, actor, {
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      action: 'playbook.create',
      targetType: 'playbook',
      targetId: playbook!.id,
      after: { name: content.name, version: 1, ...(template ? { template: template.key } : {}) },
    });
    return playbook!.id;
  });
  return { playbook: await getPlaybook(db, brand.id, id), warnings };
}

export interface UpdatePlaybookInput {
  content: PlaybookContent;
  changeNote: string;
  /** The version the editor started from: a newer one saved meanwhile answers 409. */
  baseVersion: number;
}

export async function updatePlaybook(
  db: Db,
  actor: Actor,
  brand: BrandRow,
  playbookId: string,
  input: UpdatePlaybookInput,
): Promise<{ playbook: PlaybookView; warnings: StatementWarning[] }> {
  assertLiveBrand(brand);
  await livePlaybook(db, brand.id, playbookId);
  const warnings = await validateForBrand(db, brand, input.content);
  await db.transaction(async (tx) => {
    // The lock makes two saves of one playbook take turns: the second finds its base out of date.
    const playbook = await livePlaybook(tx, brand.id, playbookId, true);
    if (playbook.currentVersion !== input.baseVersion) {
      throw conflict('stale_version', M.stale, { currentVersion: playbook.currentVersion, baseVersion: input.baseVersion });
    }
    const current = await versionRow(tx, playbookId, playbook.currentVersion);
    // Saving what is already there makes no new version.
    if (isDeepStrictEqual(current.content, input.content)) return;
    const next = playbook.currentVersion + 1;
    const now = new Date();
    // Versions stay in time order even if the clock stepped back.
    const createdAt = current.createdAt > now ? current.createdAt : now;
    await tx.insert(playbookVersions).values({
      playbookId,
      version: next,
      content: input.content as unknown as Record<string, unknown>,
      changeNote: input.changeNote,
      authorId: actor.userId,
      createdAt,
    });
    await tx.update(playbooks).set({ name: input.content.name, currentVersion: next, updatedAt: createdAt }).where(eq(playbooks.id, playbookId));
    const renamed = playbook.name !== input.content.name;
    await recordAudit(tx, actor, {
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      action: 'playbook.update',
      targetType: 'playbook',
      targetId: playbookId,
      before: { version: playbook.currentVersion, ...(renamed ? { name: playbook.name } : {}) },
      after: { version: next, ...(renamed ? { name: input.content.name } : {}), ...(input.changeNote ? { changeNote: input.changeNote } : {}) },
    });
  });
  return { playbook: await getPlaybook(db, brand.id, playbookId), warnings };
}

/** Archives a playbook: it stops running and leaves the list; its versions and drills are kept. */
export async function archivePlaybook(db: Db, actor: Actor, brand: BrandRow, playbookId: string) {
  await db.transaction(async (tx) => {
    const playbook = await livePlaybook(tx, brand.id, playbookId, true);
    const archivedAt = new Date();
    await tx.update(playbooks).set({ archivedAt, updatedAt: archivedAt }).where(eq(playbooks.id, playbookId));
    await recordAudit(tx, actor, {
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      action: 'playbook.archive',
      targetType: 'playbook',
      targetId: playbookId,
      before: { name: playbook.name, archivedAt: null },
      after: { archivedAt: archivedAt.toISOString() },
    });
  });
}

/**
 * The playbooks that can run on a brand now, with their current content: what the radar matches
 * alerts and keywords against when it opens an incident.
 */
export async function livePlaybooksOf(db: Db | Tx, brandId: string) {
  const rows = await db
    .select({ id: playbooks.id, version: playbooks.currentVersion, content: playbookVersions.content })
    .from(playbooks)
    .innerJoin(playbookVersions, and(eq(playbookVersions.playbookId, playbooks.id), eq(playbookVersions.version, playbooks.currentVersion)))
    .where(and(eq(playbooks.brandId, brandId), isNull(playbooks.archivedAt)))
    .orderBy(playbooks.createdAt, playbooks.id);
  return rows.map((r) => ({ id: r.id, version: r.version, content: storedContent(r) }));
}
