// How the executive page writes its numbers: one place, so the cards, the
// tables and the e2e test (which compares with the API) agree.
import { formatChange, formatMoney, formatPercent, formatPp, formatRoi } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import type { HeadlineUnit } from "@/lib/services/executive-summary";

export function formatHeadline(unit: HeadlineUnit, value: number | null, locale: Locale, currency: string): string {
  if (unit === "money") return formatMoney(value, currency, locale);
  if (unit === "roi") return formatRoi(value);
  return formatPercent(value, locale);
}

/** A benchmark or goal figure: whole ROI figures as the report writes them (1:18, not 1:18.0). */
export function formatReference(unit: HeadlineUnit, value: number, locale: Locale, currency: string): string {
  if (unit === "roi") return formatRoi(value, Number.isInteger(value) ? 0 : 1);
  return formatHeadline(unit, value, locale, currency);
}

export function formatHeadlineChange(kind: "pp" | "percent", change: number | null, locale: Locale): string {
  return kind === "pp" ? formatPp(change, locale) : formatChange(change, locale);
}
