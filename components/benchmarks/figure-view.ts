// A set's figures worded for /benchmarks in the page's language: what each
// measures, the report's sentence (or its scope in English), how it is judged,
// its page and its value as text.
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { BenchmarksMessages } from "@/lib/i18n/messages/benchmarks";
import { benchmarkValueRule } from "@/lib/metrics/benchmark-values";
import { platformName } from "@/lib/reference/platforms";
import type { BenchmarkItem } from "@/lib/schemas/api/benchmarks";
import { formatBenchmarkValue, inputKind, unitLabel } from "./format";
import type { FigureView } from "./types";

export function figureView(b: BenchmarkItem, locale: Locale, m: BenchmarksMessages): FigureView {
  const rule = benchmarkValueRule(b);
  const metrics: Record<string, string> = m.metrics;
  const input = inputKind(rule.kind);
  return {
    key: b.key,
    label: metrics[b.metric] ?? b.metric,
    detail: locale === "zh-CN" ? b.textZh : b.scope,
    value: b.value,
    valueText: formatBenchmarkValue(b.value, b.unit, rule.kind, locale, m.units),
    valueKind: rule.kind,
    inputKind: input,
    inputUnit: input === "percent" ? "%" : input === "plain" ? unitLabel(b.unit, m.units) : null,
    directionText: m.direction[b.direction],
    judged: b.direction !== "info",
    platformText: b.platformKey ? fill(m.platformOnly, { platform: platformName(b.platformKey, locale) }) : null,
    pageText: b.page === null ? null : fill(m.pageRef, { page: b.page }),
    ambiguous: b.ambiguous,
    // The report's notes are English; the ambiguous ROI figures' note is said in the page's language.
    note: b.ambiguous ? m.ambiguousNote : b.note,
  };
}
