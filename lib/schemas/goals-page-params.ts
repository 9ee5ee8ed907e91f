// The /goals page's URL state: `?metric=ctr&platform=douyin|all&phase=running&edit=12`.
// The filters are the API's (GoalListQuery); `edit` opens a goal in the form.
// A page URL is typed by people and pasted into chats, so nothing here
// throws: an unknown value is dropped and the page says so.
import { z } from "zod";
import { GoalMetric, GoalPhaseSchema } from "@/lib/schemas/api/goals";
import { PlatformKey } from "@/lib/schemas/enums";

const lastValue = (value: unknown) => (Array.isArray(value) ? value.at(-1) : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(lastValue, schema.optional()).catch(undefined);

const GoalsPageParams = z.object({
  metric: optional(GoalMetric),
  platform: optional(z.union([PlatformKey, z.literal("all")])),
  phase: optional(GoalPhaseSchema),
  edit: optional(z.coerce.number().int().positive()),
});

export type GoalsPageState = z.infer<typeof GoalsPageParams> & {
  /** whether the URL asked for something that was dropped here */
  dropped: boolean;
};

export function parseGoalsPageParams(raw: Record<string, string | string[] | undefined>): GoalsPageState {
  const parsed = GoalsPageParams.parse(raw);
  const dropped = (["metric", "platform", "phase", "edit"] as const).some((key) => {
    const asked = lastValue(raw[key]);
    return asked !== undefined && asked !== "" && parsed[key] === undefined;
  });
  return { ...parsed, dropped };
}

/** The page's URL for a state (filters kept, `edit` only when given). */
export function goalsHref(state: Partial<Omit<GoalsPageState, "dropped">>): string {
  const params = new URLSearchParams();
  if (state.metric) params.set("metric", state.metric);
  if (state.platform) params.set("platform", state.platform);
  if (state.phase) params.set("phase", state.phase);
  if (state.edit) params.set("edit", String(state.edit));
  const query = params.toString();
  return query ? `/goals?${query}` : "/goals";
}
