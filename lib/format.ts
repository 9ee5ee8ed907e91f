// Number and date formats for display. Pure and locale-aware: 万/亿 in
// Chinese, K/M in English. Formatting never changes a value's meaning.
import type { Locale } from "@/lib/i18n/locale";
import type { Day } from "@/lib/metrics/periods";
import { currencyDigits, minorToMajor } from "@/lib/reference/currencies";

const DASH = "—";

export function formatCount(value: number | null, locale: Locale): string {
  if (value === null) return DASH;
  if (Math.abs(value) < 10_000) return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  return new Intl.NumberFormat(locale, { notation: "compact", maximumSignificantDigits: 3 }).format(value);
}

/** A fraction as a percentage: 0.0321 → "3.21%" with `digits` decimals. */
export function formatPercent(fraction: number | null, locale: Locale, digits = 2): string {
  if (fraction === null) return DASH;
  return new Intl.NumberFormat(locale, {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(fraction);
}

function signed(value: number, text: string): string {
  return value > 0 ? `+${text}` : text.replace("-", "−");
}

/** A change in percentage points: +0.30 pp / +0.30个百分点. */
export function formatPp(pp: number | null, locale: Locale, digits = 2): string {
  if (pp === null) return DASH;
  const rounded = Number(pp.toFixed(digits));
  const text = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(rounded);
  return `${signed(rounded, text)}${locale === "zh-CN" ? "个百分点" : " pp"}`;
}

/** A relative change: +12.3%. */
export function formatChange(fraction: number | null, locale: Locale, digits = 1): string {
  if (fraction === null) return DASH;
  const rounded = Number((fraction * 100).toFixed(digits)) / 100;
  return signed(rounded, formatPercent(rounded, locale, digits));
}

/**
 * Money held in minor units (fen, cents; yen are their own minor unit), shown
 * in major units: the currency's minor unit comes from lib/reference/currencies,
 * so 5,000 stored for a JPY workspace is ¥5,000 and for CNY ¥50.00.
 */
export function formatMoney(minor: number | null, currency: string, locale: Locale): string {
  if (minor === null) return DASH;
  return formatMajorMoney(minorToMajor(minor, currency), currency, locale);
}

/** An amount already in major units (a KPI in currency such as CPC or CPM): compact from 10,000, cents only below 100. */
export function formatMajorMoney(major: number | null, currency: string, locale: Locale): string {
  if (major === null) return DASH;
  const compact = Math.abs(major) >= 10_000;
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol",
    ...(compact
      ? { notation: "compact", maximumSignificantDigits: 3 }
      : Math.abs(major) >= 100 || digits === 0
        ? { minimumFractionDigits: 0, maximumFractionDigits: 0 }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  }).format(major);
}

/** ROI as the report writes it: revenue / spend = 18.2 → "1:18.2". */
export function formatRoi(roi: number | null, digits = 1): string {
  if (roi === null) return DASH;
  return `1:${roi.toFixed(digits)}`;
}

/** A score on a 1–5 scale: 4.35 → "4.35" (`digits` decimals). */
export function formatScore(score: number | null, locale: Locale, digits = 2): string {
  if (score === null) return DASH;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(score);
}

export function formatSeconds(seconds: number | null, locale: Locale, digits = 1): string {
  if (seconds === null) return DASH;
  const text = seconds.toFixed(digits);
  return locale === "zh-CN" ? `${text}秒` : `${text} s`;
}

/** A calendar day: 11月16日 / Nov 16 (with the year when `withYear`). */
export function formatDay(day: Day, locale: Locale, withYear = false): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    month: locale === "zh-CN" ? "long" : "short",
    day: "numeric",
    ...(withYear ? { year: "numeric" } : {}),
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatDayRange(from: Day, to: Day, locale: Locale): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${formatDay(from, locale, !sameYear)} – ${formatDay(to, locale, true)}`;
}

/** How a figure is shown: rates as %, ROI as 1:N, money held in minor units, seconds, counts. */
export type DisplayUnit = "percent" | "ratio" | "money_minor" | "seconds" | "count";

export function formatValue(unit: DisplayUnit, value: number | null, locale: Locale, currency: string): string {
  switch (unit) {
    case "percent":
      return formatPercent(value, locale);
    case "ratio":
      return formatRoi(value);
    case "money_minor":
      return formatMoney(value, currency, locale);
    case "seconds":
      return formatSeconds(value, locale);
    case "count":
      return formatCount(value, locale);
  }
}
