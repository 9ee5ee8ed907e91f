// How /goals writes a goal's figures, and how its form turns a typed target
// into the API's unit and back: one place, so the list, the form and the e2e
// test (which compares the page with the API) agree.
import { formatMoney, formatPercent, formatRoi } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { currencyDigits, minorPerMajor } from "@/lib/reference/currencies";
import type { GoalJson } from "@/lib/schemas/api/goals";

export type GoalUnit = GoalJson["unit"];

/** A goal's target, value so far or projection: rates in %, ROI as 1:N (whole targets as 1:18), money from minor units. */
export function formatGoalValue(unit: GoalUnit, value: number | null, locale: Locale, currency: string): string {
  if (unit === "money_minor") return formatMoney(value, currency, locale);
  if (unit === "ratio") return formatRoi(value, value !== null && Number.isInteger(value) ? 0 : 1);
  return formatPercent(value, locale);
}

/** The stored target as the form shows it: 0.032 → "3.2" (%), 18 → "18" (1:N), 25000000 fen → "250000". */
export function targetToDraft(unit: GoalUnit, target: number, currency: string): string {
  if (unit === "percent") return String(Number((target * 100).toFixed(6)));
  if (unit === "money_minor") return String(Number((target / minorPerMajor(currency)).toFixed(currencyDigits(currency))));
  return String(target);
}

/**
 * A typed target in the API's unit, or null when it is not a number. Money
 * becomes minor units; a fraction of a minor unit is kept so that the server
 * refuses it (naming the field) rather than the page rounding it silently.
 */
export function draftToTarget(unit: GoalUnit, draft: string, currency: string): number | null {
  const text = draft.trim().replace(/[,\s，]/g, "").replace("。", ".");
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  const n = Number(text);
  if (unit === "percent") return Number((n / 100).toFixed(10));
  if (unit === "money_minor") return Number((n * minorPerMajor(currency)).toFixed(6));
  return n;
}

/** The target's limits in the form's unit, for the field's message. */
export function targetLimitsText(unit: GoalUnit, range: { min: number; max: number }, locale: Locale, currency: string): { min: string; max: string } {
  const write = (v: number) => {
    if (unit === "percent") return `${Number((v * 100).toFixed(4))}%`;
    if (unit === "money_minor") return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(v / minorPerMajor(currency));
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(v);
  };
  return { min: write(range.min), max: write(range.max) };
}
