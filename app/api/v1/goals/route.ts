// GET /api/v1/goals[?metric=…&platform=<key>|all&phase=upcoming|running|ended]
// → { workspace, today, asOf, goals }: every goal with its figure so far,
// projected end value and status, paced to `asOf` (lib/services/goal-list).
// Read by every role that sees the board (its goal chips come from them).
// POST /api/v1/goals { metric, platformKey?, accountId?, periodType, period,
// target } → 201 { goal }: managers and admins; recorded as goal_edit. A bad
// field → 400 naming it.
import { readJson } from "@/lib/api/import-requests";
import { badField, json } from "@/lib/api/response";
import { apiRoute, InputError, parseInput, queryObject } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { GoalBody, GoalListQuery, GoalListResponse, GoalQuery, GoalResponse } from "@/lib/schemas/api/goals";
import { createGoal } from "@/lib/services/goal-edits";
import { listGoals } from "@/lib/services/goal-list";

export const dynamic = "force-dynamic";

export const GET = apiRoute("dashboard.read", async (_request, { db, workspace, query }) => {
  const { workspace: _slug, ...filters } = parseInput(GoalListQuery, queryObject(query));
  return json(GoalListResponse.parse(await listGoals(db, workspace, { ...filters, now: now() })));
});

export const POST = apiRoute("goals.write", async (request, { db, workspace, query, actor, userId, locale }) => {
  parseInput(GoalQuery, queryObject(query));
  const read = await readJson(request, GoalBody, 8 * 1024);
  if (!read.ok) return read.response;
  const result = await createGoal(db, workspace, { body: read.body, actor, userId, now: now() });
  switch (result.kind) {
    case "ok":
      return json(GoalResponse.parse({ goal: result.goal }), { status: 201 });
    case "invalid":
      return badField(result.field, result.message, locale);
    case "invalid_body":
      throw new InputError(result.error);
    case "not_found":
      throw new Error("a new goal cannot be missing");
  }
});
