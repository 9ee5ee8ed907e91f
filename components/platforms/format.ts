// How the platform comparison writes a KPI value, an axis tick and a bucket
// label: a thin dispatch by unit onto lib/format, shared by the server page
// and the client charts so both write the same text for the same number.
import { formatDay, formatDayRange, formatMajorMoney, formatPercent, formatRoi, formatSeconds } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import type { KpiUnit } from "@/lib/metrics/definitions";
import type { PlatformPageGranularity } from "@/lib/schemas/platform-page-params";

export interface ValueFormat {
  unit: KpiUnit;
  locale: Locale;
  currency: string;
}

/** A KPI value as the table and tooltips show it: 3.21%, 1:18.2, ¥12.50, 8.4 s. */
export function formatKpiValue(value: number | null, f: ValueFormat): string {
  switch (f.unit) {
    case "percent":
      return formatPercent(value, f.locale);
    case "ratio":
      return formatRoi(value);
    case "currency":
      // KPIs in currency (CPC, CPM, CPA) are in major units already: kpisFromPairs divides by the currency's minor unit
      return formatMajorMoney(value, f.currency, f.locale);
    case "seconds":
      return formatSeconds(value, f.locale);
  }
}

/** An axis tick or a benchmark figure: fewer digits (3.2%, 1:18, ¥12, 8 s). */
export function formatKpiShort(value: number, f: ValueFormat): string {
  switch (f.unit) {
    case "percent":
      return formatPercent(value, f.locale, 1);
    case "ratio":
      return formatRoi(value, Number.isInteger(value) ? 0 : 1);
    case "currency":
      return formatMajorMoney(value, f.currency, f.locale);
    case "seconds":
      return formatSeconds(value, f.locale, Number.isInteger(value) ? 0 : 1);
  }
}

/** A month (2026-11-01) as 2026年11月 / Nov 2026. lib/format has no month format yet. */
function formatMonth(day: string, locale: Locale): string {
  const [y, m] = day.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", year: "numeric", month: "short" }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** A trend bucket's axis label: the day, the week's first day, or the month. */
export function formatBucketShort(bucket: { start: string }, granularity: PlatformPageGranularity, locale: Locale): string {
  return granularity === "month" ? formatMonth(bucket.start, locale) : formatDay(bucket.start, locale);
}

/** A trend bucket in full, for tooltips and the data table: 2026-W47 · Nov 16 – Nov 22, 2026. */
export function formatBucketLong(
  bucket: { key: string; start: string; end: string },
  granularity: PlatformPageGranularity,
  locale: Locale,
): string {
  if (granularity === "day") return formatDay(bucket.start, locale, true);
  if (granularity === "month") return formatMonth(bucket.start, locale);
  return `${bucket.key} · ${formatDayRange(bucket.start, bucket.end, locale)}`;
}
