// The weekly board (`/`): arranges the weekly report; every figure comes
// computed from lib/services/weekly-report.ts and is only formatted here.
import Link from "next/link";
import { TrendChart } from "@/components/charts/TrendChart";
import { EmptyState } from "@/components/layout/EmptyState";
import { formatChange, formatDay, formatDayRange, formatPp, formatValue } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/en";
import { BOARD_METRICS, BOARD_METRIC_KEYS, type BoardMetricKey } from "@/lib/metrics/board-metrics";
import { kpiDefinitions } from "@/lib/metrics/definitions";
import { PLATFORMS, platformName } from "@/lib/reference/platforms";
import { boardQuery, type BoardParams } from "@/lib/schemas/board-page-params";
import type { BoardCell } from "@/lib/schemas/api/weekly-report";
import { Industry, PLATFORM_KEYS, type PlatformKey } from "@/lib/schemas/enums";
import type { WeeklyBoard as Board } from "@/lib/services/weekly-board";
import { AttentionList, type AttentionEntry } from "./AttentionList";
import { BoardControls } from "./BoardControls";
import { BoardKpiCard, type BoardKpiCardProps } from "./BoardKpiCard";
import { KpiMatrix, type MatrixRow } from "./KpiMatrix";

interface Props {
  board: Board;
  params: BoardParams;
  locale: Locale;
  messages: Messages["weekly"];
}

const card = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900";

export function WeeklyBoard({ board, params, locale, messages: m }: Props) {
  const { report } = board;
  const currency = report.workspace.currency;
  const value = (key: BoardMetricKey, v: number | null) => formatValue(BOARD_METRICS[key].unit, v, locale, currency);
  const change = (cell: BoardCell) =>
    cell.change === null ? null : cell.changeKind === "pp" ? formatPp(cell.change, locale) : formatChange(cell.change, locale);
  const definitions = kpiDefinitions(report.interactionDenominator);
  const definition = (key: BoardMetricKey) => {
    const metric = BOARD_METRICS[key];
    if (metric.kind !== "kpi") return m.metrics[key];
    const d = definitions[metric.kpi];
    return locale === "zh-CN" ? `${d.nameZh} = ${d.formulaZh}` : `${d.nameEn} = ${d.formulaEn}`;
  };
  const subject = (platformKey: PlatformKey | null, key: BoardMetricKey) =>
    `${platformKey ? platformName(platformKey, locale) : m.attention.all} · ${m.metrics[key]}`;
  const compareHref = (key: BoardMetricKey, platformKey?: PlatformKey) => {
    const kpi = BOARD_METRICS[key].kind === "kpi" ? key : "roi";
    const q = new URLSearchParams({ kpi });
    if (platformKey) q.set("platform", platformKey);
    return `/platforms?${q.toString()}`;
  };

  const weekText = (w: Board["weeks"][number]) => (w.partial ? fill(m.filters.currentWeek, { week: w.label }) : w.label) + ` · ${formatDayRange(w.start, w.end, locale)}`;
  const controls = (
    <BoardControls
      params={params}
      week={report.week.label}
      weeks={board.weeks.map((w) => ({ label: w.label, text: weekText(w) }))}
      platforms={PLATFORM_KEYS.map((key) => ({ key, name: platformName(key, locale), color: PLATFORMS[key].color }))}
      industries={Industry.options.map((key) => ({ key, name: m.industries[key] }))}
      labels={m.filters}
    />
  );
  const header = (
    <header className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{m.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="board-summary">
          {fill(m.summary, {
            week: report.week.label,
            range: formatDayRange(report.week.start, report.week.end, locale),
            previous: report.previousWeek.label,
          })}{" "}
          · {report.workspace.name}
        </p>
        {report.week.partial && (
          <p className="w-fit rounded-md bg-amber-50 px-2 py-1 text-xs font-medium text-amber-800 ring-1 ring-amber-600/20 ring-inset dark:bg-amber-950 dark:text-amber-200" data-testid="partial-week">
            {fill(m.partial, { day: formatDay(report.week.covered.end, locale) })}
          </p>
        )}
      </div>
      {controls}
    </header>
  );

  if (!board.hasData) return <div className="flex flex-col gap-6">{header}<EmptyState title={m.noDataTitle} body={m.noDataBody} action={{ href: "/data", label: m.importData }} /></div>;
  if (!report.platforms.some((p) => p.accounts > 0)) return <div className="flex flex-col gap-6">{header}<EmptyState title={m.emptyTitle} body={m.emptyBody} action={{ href: "/data", label: m.importData }} /></div>;

  const cards: BoardKpiCardProps[] = BOARD_METRIC_KEYS.map((key) => {
    const cell = report.total.metrics[key];
    const better = BOARD_METRICS[key].direction === "higher" ? (cell.change ?? 0) > 0 : (cell.change ?? 0) < 0;
    const b = cell.benchmark;
    return {
      metricKey: key,
      label: m.metrics[key],
      value: value(key, cell.value),
      change: change(cell)
        ? {
            text: change(cell) as string,
            good: !cell.change ? null : better,
            significance: cell.significance ? m.significance[cell.significance] : null,
            label: m.vsLastWeek,
          }
        : null,
      status: b?.status ? { status: b.status, label: m.status[b.status], title: fill(m.benchmarkTitle, { value: value(key, b.value), page: b.page ?? "—" }) } : null,
      goal: cell.goal
        ? {
            text: `${fill(m.goal, { target: value(key, cell.goal.target) })}${cell.goal.projected !== null ? ` · ${fill(m.goalProjected, { projected: value(key, cell.goal.projected) })}` : ""}`,
            status: cell.goal.status,
            paceLabel: cell.goal.status === null ? null : m.pace[cell.goal.status],
            progress: cell.goal.progress,
          }
        : null,
      unusual: cell.anomaly?.isAnomaly ? m.unusual : null,
      sparkline: {
        values: cell.sparkline,
        benchmark: b?.value ?? null,
        label: fill(m.sparklineLabel, { metric: m.metrics[key], values: cell.sparkline.map((v) => value(key, v)).join(", ") }),
      },
      definition: definition(key),
    };
  });

  const rows: MatrixRow[] = report.platforms.map((p) => ({
    platformKey: p.platformKey,
    name: platformName(p.platformKey, locale),
    color: PLATFORMS[p.platformKey].color,
    note: p.accounts === 0 ? m.matrix.stale : null,
    cells: Object.fromEntries(
      BOARD_METRIC_KEYS.map((key) => {
        const cell = p.metrics[key];
        const status = cell.benchmark?.status ?? null;
        return [
          key,
          {
            text: value(key, cell.value),
            value: cell.value,
            status,
            statusLabel: status ? m.status[status] : null,
            href: compareHref(key, p.platformKey),
            linkLabel: fill(m.matrix.openComparison, { metric: m.metrics[key] }),
          },
        ];
      }),
    ),
  }));

  const attention: AttentionEntry[] = report.attention.map((a, i) => {
    const key = `${a.kind}-${a.platformKey ?? "all"}-${a.metric ?? ""}-${i}`;
    if (a.kind === "stale_data" || !a.metric) {
      return {
        key,
        kind: a.kind,
        severity: a.severity,
        text: fill(m.attention.stale_data, { platform: a.platformKey ? platformName(a.platformKey, locale) : m.attention.all, count: a.count ?? 0 }),
        href: null,
      };
    }
    const metric = a.metric;
    const text = fill(m.attention[a.kind], {
      subject: subject(a.platformKey, metric),
      value: value(metric, a.value),
      reference: value(metric, a.reference),
      change: a.change === null ? "—" : BOARD_METRICS[metric].unit === "percent" ? formatPp(a.change, locale) : formatChange(a.change, locale),
    });
    return { key, kind: a.kind, severity: a.severity, text, href: compareHref(metric, a.platformKey ?? undefined) };
  });

  const trendKey = params.trend;
  const trendCell = report.total.metrics[trendKey];
  const annotationWeeks = [...new Set(report.annotations.map((a) => a.week))].filter((w) => report.weeks.includes(w));
  return (
    <div className="flex flex-col gap-6">
      {header}

      <section aria-label={m.title} className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {cards.map((c) => (
          <BoardKpiCard key={c.metricKey} {...c} />
        ))}
      </section>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <section className={`${card} lg:col-span-2`} aria-labelledby="trend-title">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="trend-title" className="text-base font-semibold">
              {m.trend.title} · {m.metrics[trendKey]}
            </h2>
            <nav aria-label={m.trend.choose} className="no-print flex flex-wrap gap-1 text-xs">
              {BOARD_METRIC_KEYS.map((key) => (
                <Link
                  key={key}
                  href={`/${boardQuery(params, { trend: key })}`}
                  scroll={false}
                  aria-current={key === trendKey ? "true" : undefined}
                  className={`rounded-md px-2 py-1 ${key === trendKey ? "bg-indigo-600 text-white" : "bg-slate-100 text-slate-700 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-200"}`}
                >
                  {m.metrics[key]}
                </Link>
              ))}
            </nav>
          </div>
          <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">{m.trend.caption}</p>
          <TrendChart
            testId="trend-chart"
            points={report.weeks.map((week, i) => ({ week, label: week.slice(5), value: trendCell.sparkline[i] ?? null }))}
            benchmark={trendCell.benchmark ? { value: trendCell.benchmark.value, label: fill(m.benchmarkTitle, { value: value(trendKey, trendCell.benchmark.value), page: trendCell.benchmark.page ?? "—" }) } : null}
            annotations={annotationWeeks.map((week, i) => ({ week, mark: i + 1 }))}
            unit={BOARD_METRICS[trendKey].unit}
            locale={locale}
            currency={currency}
            valueLabel={m.metrics[trendKey]}
          />
          {report.annotations.length > 0 && (
            <ol className="mt-3 flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-300" aria-label={m.trend.annotations} data-testid="annotations">
              {report.annotations.map((a, i) => {
                const mark = annotationWeeks.indexOf(a.week) + 1;
                return (
                  <li key={`${a.day}-${i}`} className="flex gap-2">
                    <span className="grid h-4 w-4 shrink-0 place-items-center rounded-full border border-violet-600 text-[0.6rem] font-semibold text-violet-600 dark:border-violet-400 dark:text-violet-400">{mark}</span>
                    <span>
                      {formatDay(a.day, locale)}
                      {a.platformKey ? ` · ${platformName(a.platformKey, locale)}` : ""} · {a.text}
                    </span>
                  </li>
                );
              })}
            </ol>
          )}
        </section>

        <section className={card} aria-labelledby="attention-title">
          <h2 id="attention-title" className="mb-2 text-base font-semibold">
            {m.attention.title} <span className="text-sm font-normal text-slate-500 dark:text-slate-400">({attention.length})</span>
          </h2>
          <AttentionList items={attention} empty={m.attention.empty} moreLabel={m.attention.more} />
        </section>
      </div>

      <section className="flex flex-col gap-2" aria-labelledby="matrix-title">
        <h2 id="matrix-title" className="text-base font-semibold">
          {m.matrix.title}
        </h2>
        <KpiMatrix rows={rows} columns={BOARD_METRIC_KEYS.map((key) => ({ key, label: m.metrics[key] }))} labels={m.matrix} />
      </section>

      {report.findings.length > 0 && (
        <section className={card} aria-labelledby="findings-title">
          <h2 id="findings-title" className="mb-2 text-base font-semibold">
            {m.findings}
          </h2>
          <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="findings">
            {report.findings.map((f, i) => (
              <li key={i}>{locale === "zh-CN" ? f.zh : f.en}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
