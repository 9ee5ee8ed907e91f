// GET /api/v1/report/weekly — everything the weekly board needs in one response.
import { z } from "zod";
import { BOARD_METRIC_KEYS } from "@/lib/metrics/board-metrics";
import { isWeekLabel } from "@/lib/metrics/periods";
import { Domain, Industry, InteractionDenominator, PlatformKey } from "@/lib/schemas/enums";
import { Significance } from "./kpis";
import { ownIssue } from "./own-issue";
import { Format, PlatformList } from "./params";

export const WeekLabel = z.string().refine(isWeekLabel, ownIssue("not_an_iso_week"));

export const WeeklyReportQuery = z
  .object({
    workspace: z.string().optional(),
    week: WeekLabel.optional(),
    platform: PlatformList.optional(),
    industry: z.preprocess((v) => (typeof v === "string" ? v.split(",") : v), z.array(Industry)).optional(),
    domain: Domain.optional(),
    interactionDenominator: InteractionDenominator.optional(),
    format: Format,
  })
  .strict();

const n = z.number().nullable();
const Period = z.object({ start: z.string(), end: z.string() }).strict();
export const BoardMetricKey = z.enum(BOARD_METRIC_KEYS);

export const BoardCell = z
  .object({
    value: n,
    previous: n,
    change: n,
    changeKind: z.enum(["pp", "percent"]),
    significance: Significance.nullable(),
    pValue: n,
    benchmark: z
      .object({
        key: z.string(),
        value: z.number(),
        page: z.number().int().nullable(),
        direction: z.enum(["higher", "lower"]),
        status: z.enum(["above", "near", "below"]).nullable(),
      })
      .strict()
      .nullable(),
    goal: z
      .object({
        id: z.number().int(),
        periodType: z.string(),
        start: z.string(),
        end: z.string(),
        target: z.number(),
        projected: n,
        progress: n,
        onPace: z.boolean().nullable(),
        expectedSoFar: n,
        /** above = on pace, near = off pace within the benchmark tolerance, below (lib/metrics/goals) */
        status: z.enum(["above", "near", "below"]).nullable(),
      })
      .strict()
      .nullable(),
    anomaly: z
      .object({
        isAnomaly: z.boolean(),
        robustZ: n,
        median: n,
        direction: z.enum(["high", "low"]).nullable(),
        reason: z.enum(["too_little_history", "zero_mad"]).nullable(),
      })
      .strict()
      .nullable(),
    /** one value per week of `weeks`, oldest first; the last is this week */
    sparkline: z.array(n),
  })
  .strict();

export const BoardRow = z
  .object({ accounts: z.number().int(), metrics: z.record(BoardMetricKey, BoardCell) })
  .strict();

export const PlatformBoardRow = BoardRow.extend({
  platformKey: PlatformKey,
  /** accounts with rows in the four weeks before but none this week */
  staleAccounts: z.number().int(),
  lastDataDay: z.string().nullable(),
}).strict();

export const AttentionKind = z.enum(["below_benchmark", "significant_drop", "anomaly", "goal_off_pace", "stale_data"]);
export const AttentionItem = z
  .object({
    kind: AttentionKind,
    severity: z.enum(["high", "medium"]),
    platformKey: PlatformKey.nullable(),
    metric: BoardMetricKey.nullable(),
    value: n,
    reference: n,
    change: n,
    count: z.number().int().nullable(),
  })
  .strict();

const Status = z.enum(["above", "near", "below"]);
/** What a sentence judges against a benchmark: `on` is "total", a platform key, a domain or "forecast". */
export const Verdict = z.object({ on: z.string(), metric: z.string(), status: Status }).strict();
export const Finding = z
  .object({
    kind: z.string(),
    zh: z.string(),
    en: z.string(),
    /** the status the sentence states when it judges one figure against a benchmark; the chip's status */
    verdict: Status.nullable(),
    verdicts: z.array(Verdict),
  })
  .strict();

export const WeeklyReportResponse = z
  .object({
    workspace: z.object({ slug: z.string(), name: z.string(), currency: z.string(), timeZone: z.string(), weekStart: z.number().int() }).strict(),
    week: Period.extend({ label: z.string(), covered: Period, partial: z.boolean(), lastComplete: z.string() }).strict(),
    previousWeek: Period.extend({ label: z.string() }).strict(),
    interactionDenominator: InteractionDenominator,
    weeks: z.array(z.string()),
    total: BoardRow,
    platforms: z.array(PlatformBoardRow),
    attention: z.array(AttentionItem),
    findings: z.array(Finding),
    annotations: z.array(z.object({ day: z.string(), week: z.string(), text: z.string(), platformKey: PlatformKey.nullable() }).strict()),
  })
  .strict();
export type WeeklyReportResponse = z.infer<typeof WeeklyReportResponse>;
export type BoardCell = z.infer<typeof BoardCell>;
export type AttentionItem = z.infer<typeof AttentionItem>;
