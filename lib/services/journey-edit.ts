// Creating, editing and deleting journeys. Each edit is one transaction with
// its audit event (journey_edit). Imported step data (JourneyObservation) is
// keyed by step position, so once a journey has data an edit may rename steps
// and add steps at the end, but not move, remove or re-platform a step: that
// would silently put the old figures under another step's name.
import { audit } from "@/lib/auth/audit";
import type { Db } from "@/lib/db";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import type { JourneyDeleteResponse, JourneyEditResponse, JourneyPatchBody, JourneyStepInput, JourneyStepPatch, NewJourneyBody } from "@/lib/schemas/api/journeys";
import { firstFreeKey, slugOf } from "@/lib/slug";
import { getJourneyList } from "./journey-funnel";

interface Who {
  actor: string;
  userId: number | null;
}

/** Why an edit would re-label imported data; `position` is the step (as it was) concerned. */
export type RelabelReason = "step_removed" | "steps_reordered" | "platform_changed";

export type JourneyEdit =
  | { kind: "ok"; value: JourneyEditResponse }
  | { kind: "not_found" }
  | { kind: "unknown_step"; index: number; from: number }
  | { kind: "would_relabel"; reason: RelabelReason; position: number; observations: number };

interface OldStep {
  position: number;
  platformKey: string;
}

/** The position each sent step had before the edit (null: new): its `from`, else its place in the list if the journey had that many steps. */
export function originsOf(old: readonly OldStep[], steps: readonly JourneyStepPatch[]): (number | null)[] {
  return steps.map((s, i) => (s.from !== undefined ? s.from : i < old.length ? i + 1 : null));
}

/** The first way `steps` would re-label data recorded under `old`'s positions; null when it keeps every old step where it was, on its platform. */
export function relabelOf(old: readonly OldStep[], steps: readonly JourneyStepPatch[]): { reason: RelabelReason; position: number } | null {
  const origins = originsOf(old, steps);
  for (const o of old) {
    if (!origins.includes(o.position)) return { reason: "step_removed", position: o.position };
  }
  for (const [i, origin] of origins.entries()) {
    if (origin !== null && origin !== i + 1) return { reason: "steps_reordered", position: origin };
  }
  for (const [i, origin] of origins.entries()) {
    const was = old.find((o) => o.position === origin);
    if (was && was.platformKey !== steps[i]!.platformKey) {
      // Sent without `from`, the old steps' platforms in another order read as a move, which is what the client most likely did.
      const sorted = (keys: string[]) => [...keys].sort().join(",");
      const moved = steps.every((s) => s.from === undefined) && sorted(steps.slice(0, old.length).map((s) => s.platformKey)) === sorted(old.map((o) => o.platformKey));
      return { reason: moved ? "steps_reordered" : "platform_changed", position: origin! };
    }
  }
  return null;
}

const stepRows = (journeyId: number, steps: readonly JourneyStepInput[]) =>
  steps.map((s, i) => ({ journeyId, position: i + 1, platformKey: s.platformKey, role: s.role, nameZh: s.nameZh, nameEn: s.nameEn }));

async function answer(db: Db, workspace: Workspace, id: number): Promise<JourneyEdit> {
  const { journeys } = await getJourneyList(db, workspace);
  const journey = journeys.find((j) => j.id === id);
  if (!journey) return { kind: "not_found" };
  return { kind: "ok", value: { journey } };
}

/** A new journey; its key comes from the English name (the first free of name, name-2, …). */
export async function createJourney(db: Db, workspace: Workspace, params: Who & { body: NewJourneyBody }): Promise<JourneyEdit> {
  const { nameZh, nameEn, industry, steps } = params.body;
  const id = await db.$transaction(async (tx) => {
    const key = await firstFreeKey(slugOf(nameEn, "journey"), async (k) => (await tx.journey.findUnique({ where: { workspaceId_key: { workspaceId: workspace.id, key: k } }, select: { id: true } })) !== null);
    const journey = await tx.journey.create({ data: { workspaceId: workspace.id, key, nameZh, nameEn, industry: industry ?? null } });
    await tx.journeyStep.createMany({ data: stepRows(journey.id, steps) });
    await audit(tx, {
      workspaceId: workspace.id,
      userId: params.userId,
      actor: params.actor,
      action: "journey_edit",
      target: `journey ${key}`,
      detail: { created: key, steps: steps.map((s) => s.platformKey) },
    });
    return journey.id;
  });
  return answer(db, workspace, id);
}

/** Renames, re-industries or re-steps a journey (the key stays, so links to it keep working). */
export async function updateJourney(db: Db, workspace: Workspace, params: Who & { id: number; body: JourneyPatchBody }): Promise<JourneyEdit> {
  const found = await db.journey.findFirst({ where: { id: params.id, workspaceId: workspace.id }, include: { steps: { orderBy: { position: "asc" } } } });
  if (!found) return { kind: "not_found" };
  const { nameZh, nameEn, industry, steps } = params.body;
  if (steps) {
    const unknown = steps.findIndex((s) => s.from != null && !found.steps.some((o) => o.position === s.from));
    if (unknown >= 0) return { kind: "unknown_step", index: unknown, from: steps[unknown]!.from! };
    const observations = await db.journeyObservation.count({ where: { journeyId: found.id } });
    const relabel = observations > 0 ? relabelOf(found.steps, steps) : null;
    if (relabel) return { kind: "would_relabel", ...relabel, observations };
  }
  await db.$transaction(async (tx) => {
    if (nameZh !== undefined || nameEn !== undefined || industry !== undefined) {
      await tx.journey.update({ where: { id: found.id }, data: { nameZh, nameEn, industry } });
    }
    if (steps) {
      await tx.journeyStep.deleteMany({ where: { journeyId: found.id } });
      await tx.journeyStep.createMany({ data: stepRows(found.id, steps) });
    }
    await audit(tx, {
      workspaceId: workspace.id,
      userId: params.userId,
      actor: params.actor,
      action: "journey_edit",
      target: `journey ${found.key}`,
      detail: {
        changed: { nameZh, nameEn, industry },
        ...(steps ? { stepsBefore: found.steps.map((s) => `${s.platformKey}:${s.role}`), stepsAfter: steps.map((s) => `${s.platformKey}:${s.role}`) } : {}),
      },
    });
  });
  return answer(db, workspace, found.id);
}

export type JourneyRemoval = { kind: "ok"; value: JourneyDeleteResponse } | { kind: "not_found" };

/** Deletes a journey with its steps and its imported step data. */
export async function deleteJourney(db: Db, workspace: Workspace, params: Who & { id: number }): Promise<JourneyRemoval> {
  const found = await db.journey.findFirst({ where: { id: params.id, workspaceId: workspace.id }, include: { _count: { select: { steps: true, observations: true } } } });
  if (!found) return { kind: "not_found" };
  const { steps, observations } = found._count;
  await db.$transaction(async (tx) => {
    // explicit rather than left to the cascade, so the count in the audit row is what went
    await tx.journeyObservation.deleteMany({ where: { journeyId: found.id } });
    await tx.journey.delete({ where: { id: found.id } });
    await audit(tx, {
      workspaceId: workspace.id,
      userId: params.userId,
      actor: params.actor,
      action: "journey_edit",
      target: `journey ${found.key}`,
      detail: { deleted: found.key, steps, observations },
    });
  });
  return { kind: "ok", value: { deleted: { id: found.id, key: found.key, steps, observations } } };
}
