// How /benchmarks writes a figure's value and how its edit field reads it,
// by the kind of number its unit describes (lib/metrics/benchmark-values):
// rates, changes and growth as percentages, ROI as the report writes it
// (1:18), amounts with their unit. The browser tests format the API's values
// with the same functions, so the page and the API are compared figure by figure.
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { BenchmarksMessages } from "@/lib/i18n/messages/benchmarks";
import type { BenchmarkValueRule } from "@/lib/metrics/benchmark-values";

export type ValueKind = BenchmarkValueRule["kind"];

/** How the edit field takes the value: percent for ratios, N of 1:N for ROI, the number itself otherwise. */
export type InputKind = "percent" | "roi" | "plain";

export function inputKind(kind: ValueKind): InputKind {
  return kind === "roi" ? "roi" : kind === "amount" ? "plain" : "percent";
}

function number(value: number, locale: Locale, compact: boolean): string {
  return new Intl.NumberFormat(locale, compact ? { notation: "compact", maximumSignificantDigits: 3 } : { maximumFractionDigits: 2 }).format(value);
}

function percent(fraction: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(fraction).replace("-", "−");
}

/** 0.032 → "3.2%"; ROI 18 → "1:18"; 8 s → "8 s" / "8秒"; 5e9 people → "5B people" / "50亿人". */
export function formatBenchmarkValue(value: number, unit: string, kind: ValueKind, locale: Locale, m: BenchmarksMessages["units"]): string {
  if (kind === "roi") return `1:${number(value, locale, false)}`;
  if (kind === "growth") return fill(m.perYear, { value: percent(value, locale) });
  if (kind === "rate" || kind === "change") return percent(value, locale);
  const label = unitLabel(unit, m);
  const text = number(value, locale, Math.abs(value) >= 1_000_000);
  return locale === "zh-CN" ? `${text}${label}` : `${text} ${label}`;
}

/** An amount's unit in the page's language ("days" / "天"); units without a translation as stored. */
export function unitLabel(unit: string, m: BenchmarksMessages["units"]): string {
  const units: Record<string, string> = m;
  return unit === "perYear" ? unit : (units[unit] ?? unit);
}

/** The value as its edit field first shows it (3.2 for 0.032 as a percentage), without float noise. */
export function draftOf(value: number, kind: InputKind): string {
  return String(kind === "percent" ? Number((value * 100).toFixed(8)) : value);
}

/** The typed text as the stored value, or null when it is not a number. */
export function valueOfDraft(text: string, kind: InputKind): number | null {
  const trimmed = text.trim().replace(",", ".").replace("−", "-").replace(/%$/, "").replace(/^1:/, "");
  if (trimmed === "") return null;
  const n = Number(trimmed);
  if (!Number.isFinite(n)) return null;
  return kind === "percent" ? Number((n / 100).toFixed(12)) : n;
}
