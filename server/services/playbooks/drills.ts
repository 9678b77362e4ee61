// Drills: a practice run of a playbook's current version. The checklist is copied into the drill
// when it starts, so a drill keeps its steps even after the playbook changes; each step records
// when it was done and by whom, and the drill is measured against the most severe tier's target.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { mostSevereTier } from '../../../core/playbooks/content.ts';
import { drillTimings, type DrillStepRecord } from '../../../core/playbooks/drill.ts';
import { PLAYBOOK_REQUEST_MESSAGES } from '../../../core/playbooks/messages.ts';
import type { Db, Tx } from '../../db/connect.ts';
import { playbookDrills, users } from '../../db/schema.ts';
import type { BrandRow } from '../../http/guard.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';
import { livePlaybook, storedContent, versionRow } from './playbooks.ts';

const M = PLAYBOOK_REQUEST_MESSAGES;

type DrillRow = typeof playbookDrills.$inferSelect;

const recordsOf = (drill: DrillRow) => drill.steps as unknown as DrillStepRecord[];

async function toDrills(db: Db, drills: DrillRow[]) {
  if (drills.length === 0) return [];
  const playbookId = drills[0]!.playbookId;
  const versions = new Map<number, ReturnType<typeof mostSevereTier>>();
  for (const version of new Set(drills.map((d) => d.playbookVersion))) {
    versions.set(version, mostSevereTier(storedContent(await versionRow(db, playbookId, version))));
  }
  const peopleIds = new Set<string>();
  for (const drill of drills) {
    if (drill.startedBy) peopleIds.add(drill.startedBy);
    for (const record of recordsOf(drill)) if (record.doneBy) peopleIds.add(record.doneBy);
  }
  const people = new Map(
    peopleIds.size
      ? (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...peopleIds]))).map((u) => [u.id, u])
      : [],
  );
  const person = (id: string | null) => (id ? (people.get(id) ?? { id, name: '' }) : null);
  return drills.map((drill) => {
    const tier = versions.get(drill.playbookVersion)!;
    const timings = drillTimings(drill.startedAt, drill.finishedAt, recordsOf(drill), tier.responseMinutes);
    return {
      id: drill.id,
      playbookId: drill.playbookId,
      version: drill.playbookVersion,
      tier,
      startedBy: person(drill.startedBy),
      startedAt: drill.startedAt.toISOString(),
      finishedAt: drill.finishedAt?.toISOString() ?? null,
      notes: drill.notes,
      steps: timings.steps.map((step) => ({ ...step, doneBy: person(step.doneBy) })),
      doneCount: timings.doneCount,
      totalSeconds: timings.totalSeconds,
      withinTarget: timings.withinTarget,
    };
  });
}

export async function listDrills(db: Db, brandId: string, playbookId: string, limit: number) {
  await livePlaybook(db, brandId, playbookId);
  const rows = await db
    .select()
    .from(playbookDrills)
    .where(eq(playbookDrills.playbookId, playbookId))
    .orderBy(desc(playbookDrills.startedAt), desc(playbookDrills.id))
    .limit(limit);
  return toDrills(db, rows);
}

async function drillRow(db: Db | Tx, playbookId: string, drillId: string, lock = false) {
  const query = db
    .select()
    .from(playbookDrills)
    .where(and(eq(playbookDrills.id, drillId), eq(playbookDrills.playbookId, playbookId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('This drill');
  return row;
}

export async function getDrill(db: Db, brandId: string, playbookId: string, drillId: string) {
  await livePlaybook(db, brandId, playbookId);
  return (await toDrills(db, [await drillRow(db, playbookId, drillId)]))[0]!;
}

export async function startDrill(db: Db, actor: Actor, brand: BrandRow, playbookId: string) {
  const id = await db.transaction(async (tx) => {
    const playbook = await livePlaybook(tx, brand.id, playbookId);
    const content = storedContent(await versionRow(tx, playbookId, playbook.currentVersion));
    // The drill rehearses the most severe tier, which needs every step.
    const steps: DrillStepRecord[] = content.steps.map((step, index) => ({
      step: index,
      title: step.title,
      role: step.role,
      doneAt: null,
      doneBy: null,
      note: '',
    }));
    const [drill] = await tx
      .insert(playbookDrills)
      .values({
        playbookId,
        playbookVersion: playbook.currentVersion,
        startedBy: actor.userId,
        // The application's clock, like every step's time, so durations never mix two clocks.
        startedAt: new Date(),
        steps: steps as unknown as Record<string, unknown>[],
      })
      .returning();
    await recordAudit(tx, actor, {
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      action: 'playbook.drill',
      targetType: 'playbook',
      targetId: playbookId,
      after: { drill: 'started', version: playbook.currentVersion, drillId: drill!.id },
    });
    return drill!.id;
  });
  return getDrill(db, brand.id, playbookId, id);
}

export async function markDrillStep(
  db: Db,
  actor: Actor,
  brand: BrandRow,
  playbookId: string,
  drillId: string,
  index: number,
  note: string,
) {
  await db.transaction(async (tx) => {
    await livePlaybook(tx, brand.id, playbookId);
    const drill = await drillRow(tx, playbookId, drillId, true);
    if (drill.finishedAt) throw conflict('drill_finished', M.drillFinished);
    const records = recordsOf(drill);
    const record = records[index];
    if (!record) throw notFound('This step');
    if (record.doneAt) throw conflict('step_done', M.stepDone);
    const next = records.map((r, i) => (i === index ? { ...r, doneAt: new Date().toISOString(), doneBy: actor.userId, note } : r));
    await tx
      .update(playbookDrills)
      .set({ steps: next as unknown as Record<string, unknown>[] })
      .where(eq(playbookDrills.id, drillId));
    await recordAudit(tx, actor, {
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      action: 'playbook.drill',
      targetType: 'playbook',
      targetId: playbookId,
      after: { drill: 'step_done', step: index + 1, title: record.title, drillId },
    });
  });
  return getDrill(db, brand.id, playbookId, drillId);
}

export async function finishDrill(db: Db, actor: Actor, brand: BrandRow, playbookId: string, drillId: string, notes: string) {
  await db.transaction(async (tx) => {
    await livePlaybook(tx, brand.id, playbookId);
    const drill = await drillRow(tx, playbookId, drillId, true);
    if (drill.finishedAt) throw conflict('drill_finished', M.drillFinished);
    const finishedAt = new Date();
    await tx.update(playbookDrills).set({ finishedAt, notes }).where(eq(playbookDrills.id, drillId));
    const records = recordsOf(drill);
    await recordAudit(tx, actor, {
      workspaceId: brand.workspaceId,
      brandId: brand.id,
      action: 'playbook.drill',
      targetType: 'playbook',
      targetId: playbookId,
      after: { drill: 'finished', stepsDone: records.filter((r) => r.doneAt).length, steps: records.length, drillId },
    });
  });
  return getDrill(db, brand.id, playbookId, drillId);
}
