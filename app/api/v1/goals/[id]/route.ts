// PATCH /api/v1/goals/[id] { metric?, platformKey?, accountId?, periodType?,
// period?, target? } → { goal }: the stored goal with the fields given
// changed, checked by the same rules as a new one. DELETE → { deleted: { id } }.
// Managers and admins; both recorded as goal_edit. The id is looked up in this
// workspace only (another workspace's → 404).
import { readJson } from "@/lib/api/import-requests";
import { badField, json, notFound } from "@/lib/api/response";
import { apiRoute, InputError, parseInput, queryObject } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { GoalDeletedResponse, GoalIdParam, GoalPatchBody, GoalQuery, GoalResponse } from "@/lib/schemas/api/goals";
import { deleteGoal, updateGoal } from "@/lib/services/goal-edits";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute<{ id: string }>("goals.write", async (request, { db, workspace, params, query, actor, userId, locale }) => {
  const { id } = parseInput(GoalIdParam, params);
  parseInput(GoalQuery, queryObject(query));
  const read = await readJson(request, GoalPatchBody, 8 * 1024);
  if (!read.ok) return read.response;
  const result = await updateGoal(db, workspace, { id, patch: read.body, actor, userId, now: now() });
  switch (result.kind) {
    case "ok":
      return json(GoalResponse.parse({ goal: result.goal }));
    case "not_found":
      return notFound(`Goal "${id}"`);
    case "invalid":
      return badField(result.field, result.message, locale);
    case "invalid_body":
      throw new InputError(result.error);
  }
});

export const DELETE = apiRoute<{ id: string }>("goals.write", async (_request, { db, workspace, params, query, actor, userId }) => {
  const { id } = parseInput(GoalIdParam, params);
  parseInput(GoalQuery, queryObject(query));
  const result = await deleteGoal(db, workspace, { id, actor, userId });
  if (result.kind === "not_found") return notFound(`Goal "${id}"`);
  return json(GoalDeletedResponse.parse({ deleted: { id: result.id } }));
});
