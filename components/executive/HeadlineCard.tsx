import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/en";
import { fill } from "@/lib/i18n/fill";
import { periodLabel } from "@/lib/metrics/executive-findings";
import type { HeadlineKpi } from "@/lib/services/executive-summary";
import { formatHeadline, formatHeadlineChange, formatReference } from "./format";
import { TrafficLight } from "./TrafficLight";

type M = Messages["executive"];

export interface HeadlineCardProps {
  kpi: HeadlineKpi;
  label: string;
  definition: string;
  /** "Q3 2026" or "the same days of Q3 2026" */
  comparedWith: string;
  locale: Locale;
  currency: string;
  messages: M;
}

/** One headline KPI: value, change on the previous period, and two traffic lights (benchmark, goal) with their figures in words. */
export function HeadlineCard({ kpi, label, definition, comparedWith, locale, currency, messages: m }: HeadlineCardProps) {
  const id = `headline-${kpi.key}-label`;
  const ref = (v: number) => formatReference(kpi.unit, v, locale, currency);
  const good = kpi.change === null || kpi.change === 0 ? null : (kpi.change > 0) === (kpi.direction === "higher");
  const changeColor =
    good === null
      ? "text-slate-600 dark:text-slate-300"
      : good
        ? "text-emerald-700 dark:text-emerald-400 print:text-emerald-800"
        : "text-red-700 dark:text-red-400 print:text-red-800";
  const significance =
    kpi.significance === "significant"
      ? m.significant
      : kpi.significance === "not_significant"
        ? m.notSignificant
        : kpi.significance === "too_little_data"
          ? m.tooLittleData
          : null;

  const b = kpi.benchmark;
  const benchmarkLabel = b?.status ? { above: m.statusAbove, near: m.statusNear, below: m.statusBelow }[b.status] : null;
  const benchmarkLong = b?.status ? { above: m.statusAboveLong, near: m.statusNearLong, below: m.statusBelowLong }[b.status] : undefined;
  const benchmarkText = b ? fill(b.page ? m.benchmarkFigure : m.benchmarkFigureNoPage, { value: ref(b.value), page: b.page ?? "" }) : m.noBenchmark;

  const g = kpi.goal;
  const goalLabel = g?.status ? { above: m.goalOnPace, near: m.goalNear, below: m.goalOffPace }[g.status] : null;
  const goalLong = g?.status ? { above: m.goalOnPaceLong, near: m.goalNearLong, below: m.goalOffPaceLong }[g.status] : undefined;

  return (
    <section
      aria-labelledby={id}
      data-testid={`headline-${kpi.key}`}
      className="exec-card @container flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h3 id={id} className="text-sm font-medium text-slate-600 dark:text-slate-300" title={definition}>
        {label}
      </h3>
      <p data-testid="headline-value" className="text-3xl font-semibold tracking-tight tabular-nums">
        {formatHeadline(kpi.unit, kpi.value, locale, currency)}
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-300">
        {kpi.value === null ? (
          m.noValue
        ) : kpi.change === null ? (
          fill(m.noComparison, { period: comparedWith })
        ) : (
          <>
            <span data-testid="headline-change" className={`font-semibold tabular-nums ${changeColor}`}>
              {formatHeadlineChange(kpi.changeKind, kpi.change, locale)}
            </span>{" "}
            {fill(m.vsPrevious, { period: comparedWith })}
            {significance && <> · {significance}</>}
          </>
        )}
      </p>
      <dl className="mt-auto grid grid-cols-1 items-start gap-x-3 gap-y-1 border-t border-slate-100 pt-3 text-xs @xs:grid-cols-[auto_1fr] @xs:gap-y-2 dark:border-slate-800 print:grid-cols-[auto_1fr] print:gap-y-1 print:border-slate-200 print:pt-2">
        <dt className="pt-0.5 text-slate-500 dark:text-slate-400">{m.benchmark}</dt>
        <dd className="flex flex-wrap items-center gap-x-2 gap-y-1" data-testid="headline-benchmark">
          {b?.status && benchmarkLabel && <TrafficLight status={b.status} label={benchmarkLabel} title={benchmarkLong} />}
          <span className={b ? "tabular-nums" : "text-slate-500 dark:text-slate-400"} title={b?.note ?? undefined}>
            {benchmarkText}
          </span>
        </dd>
        <dt className="pt-0.5 text-slate-500 dark:text-slate-400">{m.goal}</dt>
        <dd className="flex flex-wrap items-center gap-x-2 gap-y-1" data-testid="headline-goal">
          {g ? (
            <>
              {g.status && goalLabel && <TrafficLight status={g.status} label={goalLabel} title={goalLong} />}
              <span className="tabular-nums" title={fill(m.goalProjectedTitle, { elapsed: g.daysElapsed, total: g.daysTotal })}>
                {g.projected === null
                  ? `${fill(m.goalFigure, { period: periodLabel(g.key, locale), target: ref(g.target), projected: "—" })} (${m.goalNoData})`
                  : fill(m.goalFigure, { period: periodLabel(g.key, locale), target: ref(g.target), projected: formatHeadline(kpi.unit, g.projected, locale, currency) })}
              </span>
            </>
          ) : (
            <span className="text-slate-500 dark:text-slate-400">{m.noGoal}</span>
          )}
        </dd>
      </dl>
    </section>
  );
}
