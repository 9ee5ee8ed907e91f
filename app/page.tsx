import { KpiSummaryCard, type KpiSummaryCardProps } from "@/components/kpi/KpiSummaryCard";
import { PlatformBarChart } from "@/components/charts/PlatformBarChart";
import { PlatformWeekTable } from "@/components/tables/PlatformWeekTable";
import { EmptyState } from "@/components/layout/EmptyState";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formatChange, formatCount, formatDayRange, formatPercent, formatPp, formatRoi } from "@/lib/format";
import { getLocale, messagesFor } from "@/lib/i18n/server";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages/en";
import { PLATFORMS, platformName } from "@/lib/reference/platforms";
import { getPlatformWeekOverview, type KpiCell } from "@/lib/services/platform-week-overview";

function statusOf(cell: KpiCell, m: Messages["home"], format: (v: number) => string) {
  if (!cell.status || !cell.benchmark) return null;
  const label = { above: m.statusAbove, near: m.statusNear, below: m.statusBelow }[cell.status];
  const source = cell.benchmark.page ? ` · ${fill(m.benchmarkSource, { page: cell.benchmark.page })}` : "";
  return { status: cell.status, label, title: `${m.benchmark} ${format(cell.benchmark.value)}${source}` };
}

export default async function HomePage() {
  const locale = await getLocale();
  const m = messagesFor(locale).home;
  const overview = await getPlatformWeekOverview(db(), { workspaceSlug: env().DEFAULT_WORKSPACE, now: new Date() });
  if (!overview) return <EmptyState title={m.noWorkspace} />;

  const { total, week, previousWeek } = overview;
  const pct = (v: number) => formatPercent(v, locale, 1);
  const rateCard = (label: string, cell: KpiCell, definition: string): KpiSummaryCardProps => ({
    label,
    value: formatPercent(cell.value, locale),
    change: cell.changePp === null ? null : formatPp(cell.changePp, locale),
    changeIsGood: cell.changePp === null || cell.changePp === 0 ? null : cell.changePp > 0,
    changeLabel: m.vsPreviousWeek,
    status: statusOf(cell, m, pct),
    definition,
  });
  const cards: KpiSummaryCardProps[] = [
    {
      label: m.impressions,
      value: formatCount(total.impressions, locale),
      change: total.impressionsChange === null ? null : formatChange(total.impressionsChange, locale),
      changeIsGood: total.impressionsChange === null || total.impressionsChange === 0 ? null : total.impressionsChange > 0,
      changeLabel: m.vsPreviousWeek,
      status: null,
      definition: m.impressions,
    },
    rateCard(m.ctr, total.kpis.ctr, m.ctrDefinition),
    rateCard(m.interactionRate, total.kpis.interactionRate, m.interactionRateDefinition),
    {
      label: m.roi,
      value: formatRoi(total.kpis.roi.value),
      change: null,
      changeIsGood: null,
      changeLabel: m.vsPreviousWeek,
      status: statusOf(total.kpis.roi, m, (v) => formatRoi(v, 0)),
      definition: m.roiDefinition,
    },
  ];
  const ctrBenchmark = total.kpis.ctr.benchmark;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{m.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          <span className="font-medium">{week.label}</span> · {formatDayRange(week.start, week.end, locale)} · {m.comparedWith}{" "}
          {previousWeek.label} · {overview.workspace.name}
        </p>
        <p className="text-sm text-slate-500 dark:text-slate-400">{m.subtitle}</p>
      </header>

      {overview.platforms.length === 0 ? (
        <EmptyState title={m.emptyTitle} body={m.emptyBody} />
      ) : (
        <>
          <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            {cards.map((card) => (
              <KpiSummaryCard key={card.label} {...card} />
            ))}
          </div>

          <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
            <h2 className="text-base font-semibold">{m.chartTitle}</h2>
            <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">{m.chartCaption}</p>
            <PlatformBarChart
              testId="platform-week-chart"
              locale={locale}
              valueLabel={m.ctr}
              benchmark={ctrBenchmark ? { value: ctrBenchmark.value, label: `${m.benchmark} ${pct(ctrBenchmark.value)}` } : null}
              data={overview.platforms.map((p) => ({
                platformKey: p.platformKey,
                name: platformName(p.platformKey, locale),
                value: p.kpis.ctr.value,
                color: PLATFORMS[p.platformKey].color,
              }))}
            />
          </section>

          <section className="flex flex-col gap-2">
            <h2 className="text-base font-semibold">{m.tableTitle}</h2>
            <PlatformWeekTable
              rows={overview.platforms}
              total={total}
              locale={locale}
              currency={overview.workspace.currency}
              messages={m}
              caption={m.tableCaption}
            />
          </section>

          <details className="text-xs text-slate-500 dark:text-slate-400">
            <summary className="cursor-pointer">{m.definitions}</summary>
            <ul className="mt-2 list-disc pl-5">
              <li>{m.ctrDefinition}</li>
              <li>{m.interactionRateDefinition}</li>
              <li>{m.conversionRateDefinition}</li>
              <li>{m.roiDefinition}</li>
            </ul>
          </details>
        </>
      )}
    </div>
  );
}
