// Reusable zod shapes for /api/v1 query parameters. Routes compose them so
// that every endpoint rejects bad input the same way: a 400 naming the field.
import { z } from "zod";
import { isDay } from "@/lib/metrics/periods";
import { PLATFORM_KEYS, type PlatformKey } from "@/lib/schemas/enums";
import { ownIssue } from "./own-issue";

/** A calendar day `YYYY-MM-DD` that exists (2026-02-30 does not). */
export const Day = z.string().refine(isDay, ownIssue("not_a_day"));

/**
 * `{ from, to }`, both days, from ≤ to (the error names `from`). The order
 * check only runs on two valid days, so a malformed day gets one message.
 * Add fields with `DayRange.safeExtend({ … })` (plain `.extend` would drop
 * the refinement's guarantees in zod 4).
 */
export const DayRange = z
  .object({ from: Day, to: Day })
  .refine((r) => !(isDayString(r.from) && isDayString(r.to)) || r.from <= r.to, { ...ownIssue("from_after_to"), path: ["from"] });

function isDayString(value: unknown): value is string {
  return typeof value === "string" && isDay(value);
}

const PLATFORM_SET: ReadonlySet<string> = new Set(PLATFORM_KEYS);

/**
 * Platform keys as a comma list (`douyin,weibo`), repeated keys or an array
 * (what `queryObject(query, ["platform"])` gives). Unknown keys are reported
 * on the field itself (`platform`), not on an array index. Empty = no filter.
 */
export const PlatformList = z
  .preprocess(
    (value) =>
      typeof value === "string"
        ? value.split(",")
        : Array.isArray(value)
          ? value.flatMap((v) => (typeof v === "string" ? v.split(",") : [v]))
          : value,
    z.array(z.string()),
  )
  .transform((keys, ctx) => {
    const cleaned = keys.map((k) => k.trim()).filter((k) => k !== "");
    const unknown = cleaned.filter((k) => !PLATFORM_SET.has(k));
    if (unknown.length > 0) {
      ctx.addIssue({ code: "custom", ...ownIssue("unknown_platform", { platforms: unknown.map((k) => `"${k}"`).join(", ") }) });
      return z.NEVER;
    }
    return [...new Set(cleaned)] as PlatformKey[];
  });

/** Response format of a tabular endpoint. */
export const Format = z.enum(["json", "csv"]).default("json");
export type Format = z.infer<typeof Format>;
