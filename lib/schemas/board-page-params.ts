// The weekly board's URL state (`/?week=2026-W47&platform=douyin,weibo&industry=finance&domain=private&trend=roi`).
// A shared link must never crash the page: values that do not parse fall back
// to the defaults instead of erroring.
import { z } from "zod";
import { BOARD_METRIC_KEYS } from "@/lib/metrics/board-metrics";
import { isWeekLabel } from "@/lib/metrics/periods";
import type { BoardParams } from "./board-query";
import { Domain, Industry, PLATFORM_KEYS, type PlatformKey } from "@/lib/schemas/enums";

type SearchParams = Record<string, string | string[] | undefined>;

export { boardQuery, type BoardParams } from "./board-query";

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function list(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
}

export function parseBoardParams(search: SearchParams): BoardParams {
  const week = first(search.week);
  const trend = z.enum(BOARD_METRIC_KEYS).safeParse(first(search.trend));
  const domain = Domain.safeParse(first(search.domain));
  return {
    week: week && isWeekLabel(week) ? week : null,
    platforms: list(search.platform).filter((p): p is PlatformKey => (PLATFORM_KEYS as readonly string[]).includes(p)),
    industries: list(search.industry).flatMap((i) => {
      const parsed = Industry.safeParse(i);
      return parsed.success ? [parsed.data] : [];
    }),
    domain: domain.success ? domain.data : null,
    trend: trend.success ? trend.data : "ctr",
  };
}
