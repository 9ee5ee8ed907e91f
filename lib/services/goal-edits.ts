// Creating, changing and deleting goals (POST /api/v1/goals, PATCH and DELETE
// /api/v1/goals/[id]). Each write checks what the body's schema cannot — the
// account is this workspace's and on the goal's platform, the period exists,
// no other goal has the same figure, scope and period — and is written with
// its goal_edit audit event in one transaction. The answer is the goal as the
// list shows it, paced, so the page needs no second request.
import { audit } from "@/lib/auth/audit";
import type { Db } from "@/lib/db";
import type { ApiMessage } from "@/lib/api/response";
import { goalPeriodKey, goalPeriodOf } from "@/lib/metrics/goals";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { GoalPeriod, WeekStart } from "@/lib/schemas/enums";
import { GoalBody, GoalMetric, PERIOD_EXAMPLE, type GoalJson, type GoalPatchBody } from "@/lib/schemas/api/goals";
import type { z } from "zod";
import { listGoals } from "./goal-list";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type GoalEdit =
  | { kind: "ok"; goal: GoalJson }
  | { kind: "not_found" }
  | { kind: "invalid"; field: "accountId" | "period"; message: ApiMessage }
  /** the stored goal with the patch applied breaks GoalBody's rules: the route answers with zod's issues */
  | { kind: "invalid_body"; error: z.ZodError };

interface Actor {
  actor: string;
  userId: number | null;
  now: Date;
}

class Refused extends Error {
  constructor(readonly result: Exclude<GoalEdit, { kind: "ok" }>) {
    super(result.kind);
  }
}

/** The row a valid body stands for, or why it cannot be stored. */
async function rowOf(tx: Tx, workspace: Workspace, body: GoalBody, selfId: number | null) {
  const weekStart = WeekStart.parse(workspace.weekStart);
  let platformKey = body.platformKey;
  if (body.accountId !== null) {
    const account = await tx.account.findFirst({ where: { id: body.accountId, workspaceId: workspace.id }, select: { platformKey: true } });
    if (!account) throw new Refused({ kind: "invalid", field: "accountId", message: { code: "unknown_account", values: { id: body.accountId } } });
    if (platformKey !== null && platformKey !== account.platformKey) {
      throw new Refused({ kind: "invalid", field: "accountId", message: { code: "account_platform", values: { id: body.accountId, actual: account.platformKey, platformKey } } });
    }
    platformKey = account.platformKey as typeof platformKey;
  }
  const period = goalPeriodOf(body.periodType, body.period, weekStart);
  if (!period) throw new Refused({ kind: "invalid", field: "period", message: { code: "goal_period_key", values: { periodType: body.periodType, example: PERIOD_EXAMPLE[body.periodType] } } });
  const row = { metric: body.metric, platformKey, accountId: body.accountId, periodType: body.periodType, startDay: period.start, endDay: period.end, target: body.target };
  const twin = await tx.goal.findFirst({
    where: { workspaceId: workspace.id, metric: row.metric, platformKey: row.platformKey, accountId: row.accountId, startDay: row.startDay, endDay: row.endDay, ...(selfId === null ? {} : { id: { not: selfId } }) },
    select: { id: true },
  });
  if (twin) throw new Refused({ kind: "invalid", field: "period", message: { code: "goal_duplicate", values: { id: twin.id } } });
  return row;
}

async function answer(db: Db, workspace: Workspace, id: number, now: Date): Promise<GoalEdit> {
  const [goal] = (await listGoals(db, workspace, { now, ids: [id] })).goals;
  if (!goal) throw new Error(`goal ${id} vanished after its write`);
  return { kind: "ok", goal };
}

async function refusedOr(run: () => Promise<GoalEdit>): Promise<GoalEdit> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

export function createGoal(db: Db, workspace: Workspace, params: Actor & { body: GoalBody }): Promise<GoalEdit> {
  return refusedOr(async () => {
    const id = await db.$transaction(async (tx) => {
      const row = await rowOf(tx, workspace, params.body, null);
      const created = await tx.goal.create({ data: { workspaceId: workspace.id, ...row } });
      await audit(tx, { workspaceId: workspace.id, userId: params.userId, actor: params.actor, action: "goal_edit", target: `goal ${created.id}`, detail: { op: "create", goal: row } });
      return created.id;
    });
    return answer(db, workspace, id, params.now);
  });
}

/**
 * Applies the fields the patch gives to the stored goal, then checks the
 * result with the create body's schema (GoalBody), so a goal changed in
 * parts obeys the same rules as one made whole.
 */
export function updateGoal(db: Db, workspace: Workspace, params: Actor & { id: number; patch: GoalPatchBody }): Promise<GoalEdit> {
  return refusedOr(async () => {
    const weekStart = WeekStart.parse(workspace.weekStart);
    await db.$transaction(async (tx) => {
      const stored = await tx.goal.findFirst({ where: { id: params.id, workspaceId: workspace.id } });
      if (!stored) throw new Refused({ kind: "not_found" });
      const periodType = GoalPeriod.parse(stored.periodType);
      const before = {
        metric: GoalMetric.parse(stored.metric),
        platformKey: stored.platformKey,
        accountId: stored.accountId,
        periodType,
        period: goalPeriodKey(periodType, stored.startDay, weekStart),
        target: stored.target,
      };
      const merged = GoalBody.safeParse({ ...before, ...params.patch }, { reportInput: true });
      if (!merged.success) throw new Refused({ kind: "invalid_body", error: merged.error });
      const row = await rowOf(tx, workspace, merged.data, stored.id);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const key of ["metric", "platformKey", "accountId", "periodType", "startDay", "endDay", "target"] as const) {
        if (row[key] !== stored[key]) changes[key] = { from: stored[key], to: row[key] };
      }
      if (Object.keys(changes).length === 0) return;
      await tx.goal.update({ where: { id: stored.id }, data: row });
      await audit(tx, { workspaceId: workspace.id, userId: params.userId, actor: params.actor, action: "goal_edit", target: `goal ${stored.id}`, detail: { op: "update", changes } });
    });
    return answer(db, workspace, params.id, params.now);
  });
}

export async function deleteGoal(db: Db, workspace: Workspace, params: Omit<Actor, "now"> & { id: number }): Promise<{ kind: "ok"; id: number } | { kind: "not_found" }> {
  return db.$transaction(async (tx) => {
    const stored = await tx.goal.findFirst({ where: { id: params.id, workspaceId: workspace.id } });
    if (!stored) return { kind: "not_found" as const };
    await tx.goal.delete({ where: { id: stored.id } });
    const { id, workspaceId: _ws, createdAt: _c, ...goal } = stored;
    await audit(tx, { workspaceId: workspace.id, userId: params.userId, actor: params.actor, action: "goal_edit", target: `goal ${id}`, detail: { op: "delete", goal } });
    return { kind: "ok" as const, id };
  });
}
