// The /retention page's URL: cohort unit, the triangle's platform and the
// retention figure's period index. A value that does not parse falls back to
// its default instead of failing the page: a hand-edited link still opens.
import { z } from "zod";
import { PlatformKey } from "./enums";

export const RETENTION_UNITS = ["week", "month"] as const;
export const RetentionUnit = z.enum(RETENTION_UNITS);
export type RetentionUnit = z.infer<typeof RetentionUnit>;

/** Same bound as GET /api/v1/cohorts' `period`. */
const PeriodIndex = z.coerce.number().int().min(0).max(520);

export interface RetentionPageState {
  unit: RetentionUnit;
  /** the triangle's platform; null: the first platform with cohorts */
  platform: PlatformKey | null;
  /** the retention figure's period index; null: the service's default for the unit */
  period: number | null;
}

type Raw = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function parseRetentionPageParams(raw: Raw): RetentionPageState {
  const unit = RetentionUnit.safeParse(first(raw.unit));
  const platform = PlatformKey.safeParse(first(raw.platform));
  const periodText = first(raw.period);
  const period = periodText === undefined || periodText === "" ? null : PeriodIndex.safeParse(periodText);
  return {
    unit: unit.success ? unit.data : "week",
    platform: platform.success ? platform.data : null,
    period: period?.success ? period.data : null,
  };
}
