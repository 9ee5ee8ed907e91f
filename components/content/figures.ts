// Display of the content lab's statistics (formatting only; the values come from the API's service).
import { formatPercent, formatPp } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";

/** A rate with its 95% interval: "3.75% (3.20–4.38%)". */
export function formatRateInterval(rate: number | null, interval: { low: number; high: number } | null, locale: Locale): { value: string; interval: string | null } {
  return {
    value: formatPercent(rate, locale),
    interval: interval ? `${formatPercent(interval.low, locale).replace(/%$/, "")}–${formatPercent(interval.high, locale)}` : null,
  };
}

/** A difference in pp with its interval: "+2.25 pp" and "+1.31 … +3.19". */
export function formatPpInterval(interval: { low: number; high: number } | null, locale: Locale): string | null {
  if (!interval) return null;
  const strip = (s: string) => s.replace(/( pp|个百分点)$/, "");
  return `${strip(formatPp(interval.low, locale))} … ${strip(formatPp(interval.high, locale))}`;
}

/** A p-value to three decimals, or "< 0.001". */
export function formatPValue(p: number | null): string {
  if (p === null) return "—";
  return p < 0.001 ? "< 0.001" : p.toFixed(3);
}

/** A probability to one decimal, without claiming certainty: "> 99.9%" rather than "100.0%". */
export function formatProbability(p: number | null, locale: Locale): string {
  if (p === null) return "—";
  if (p > 0.999) return `> ${formatPercent(0.999, locale, 1)}`;
  if (p < 0.001) return `< ${formatPercent(0.001, locale, 1)}`;
  return formatPercent(p, locale, 1);
}
