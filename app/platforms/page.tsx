import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/auth/Forbidden";
import { EmptyState } from "@/components/layout/EmptyState";
import { StatusChip } from "@/components/kpi/StatusChip";
import { PlatformKpiBars, PlatformScatter, PlatformTrend } from "@/components/platforms/PlatformCharts";
import { PlatformControls } from "@/components/platforms/PlatformControls";
import { PlatformTable } from "@/components/platforms/PlatformTable";
import { TrendDataTable } from "@/components/platforms/TrendDataTable";
import { formatBucketLong, formatBucketShort, formatKpiShort, formatKpiValue, type ValueFormat } from "@/components/platforms/format";
import { platformsHref } from "@/components/platforms/href";
import { now } from "@/lib/clock";
import { pageAccess } from "@/lib/auth/page-access";
import { formatDayRange } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/en";
import { getLocale, messagesFor } from "@/lib/i18n/server";
import { addDays, lastCompleteWeek } from "@/lib/metrics/periods";
import { PLATFORMS, platformName } from "@/lib/reference/platforms";
import { PLATFORM_KEYS } from "@/lib/schemas/enums";
import {
  DEFAULT_WEEKS,
  FIXED_KPIS,
  parsePlatformPageParams,
  PLATFORM_PAGE_KPIS,
  type FixedKpi,
  type PlatformPageState,
} from "@/lib/schemas/platform-page-params";
import {
  getPlatformComparison,
  type BenchmarkRef,
  type KpiDefinition,
  type PlatformComparison,
} from "@/lib/services/platform-comparison";

const CARD = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900";
const CAPTION = "text-xs text-slate-500 dark:text-slate-400";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messagesFor(await getLocale()).platforms.title };
}

function formula(def: KpiDefinition | undefined, locale: Locale): string {
  if (!def) return "";
  return locale === "zh-CN" ? def.formulaZh : def.formulaEn;
}

function benchmarkText(b: BenchmarkRef, f: ValueFormat, m: Messages["platforms"]): string {
  const value = formatKpiShort(b.value, f);
  const source = b.page ? fill(m.benchmarkSource, { page: b.page }) : "";
  return b.platformKey
    ? fill(m.platformBenchmark, { platform: platformName(b.platformKey, f.locale), value, source })
    : fill(m.benchmarkLabel, { value, source });
}

/** Quick periods: the last N complete weeks, and the last 12 with the current week so far (partial). */
function presetsFor(data: PlatformComparison, m: Messages["platforms"]) {
  const lastWeek = lastCompleteWeek(data.today, data.workspace.weekStart);
  const base: PlatformPageState = { ...data.state };
  const link = (label: string, from: string, to: string) => {
    const href = platformsHref({ ...base, from, to });
    return { label, href, active: data.state.from === from && data.state.to === to };
  };
  return [
    ...[4, DEFAULT_WEEKS, 26, 52].map((n) => link(fill(m.controls.lastWeeks, { n }), addDays(lastWeek.start, -7 * (n - 1)), lastWeek.end)),
    link(m.controls.withCurrentWeek, addDays(lastWeek.start, -7 * (DEFAULT_WEEKS - 1)), data.today),
  ];
}

export default async function PlatformsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [locale, raw] = await Promise.all([getLocale(), searchParams]);
  const m = messagesFor(locale).platforms;
  const access = await pageAccess("dashboard.read", "/platforms");
  if (!access.ok) return <Forbidden locale={locale} role={access.role} workspace={access.principal.workspace?.name ?? ""} />;
  const data = await getPlatformComparison(access.db, access.workspace, {
    query: parsePlatformPageParams(raw),
    now: now(),
  });

  const { state, kpi, rows, total, benchmarks } = data;
  const currency = data.workspace.currency;
  const kpiFormat: ValueFormat = { unit: kpi.definition.unit, locale, currency };
  const pctFormat: ValueFormat = { unit: "percent", locale, currency };
  const kpiLabel = m.kpis[kpi.key];
  const kpiFormula = formula(kpi.definition, locale);
  const definitionLine = `${kpiLabel} = ${kpiFormula}`;
  const direction = kpi.definition.direction === "higher" ? m.higherIsBetter : m.lowerIsBetter;
  const general = benchmarks.general ? { value: benchmarks.general.value, label: benchmarkText(benchmarks.general, kpiFormat, m) } : null;
  const name = (key: (typeof rows)[number]["platformKey"]) => platformName(key, locale);
  const irLabel = `${m.kpis.interactionRate} (${fill(m.table.byDenominator, { denominator: m.denominatorNoun[state.denominator] })})`;
  const granularityNoun = m.granularityNoun[state.granularity];

  const controls = (
    <PlatformControls
      key={platformsHref(state)}
      state={state}
      workspaceDenominator={data.workspace.interactionDenominator}
      kpiOptions={PLATFORM_PAGE_KPIS.map((k) => ({
        value: k,
        label: data.directions[k] === "lower" ? `${m.kpis[k]} · ${m.lowerIsBetter}` : m.kpis[k],
      }))}
      platformOptions={PLATFORM_KEYS.map((k) => ({ value: k, label: platformName(k, locale), color: PLATFORMS[k].color }))}
      presets={presetsFor(data, m)}
      messages={m}
    />
  );

  const header = (
    <header className="flex flex-col gap-1">
      <h1 className="text-2xl font-semibold tracking-tight">{m.title}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="period-line">
        {fill(m.periodLine, { range: formatDayRange(data.period.start, data.period.end, locale), days: data.period.days, granularity: granularityNoun })}{" "}
        · {data.workspace.name}
      </p>
      <p className="text-sm text-slate-500 dark:text-slate-400">{m.subtitle}</p>
    </header>
  );

  const denominatorNote = (
    <p className="text-xs text-slate-600 dark:text-slate-300" data-testid="denominator-note" data-denominator={state.denominator}>
      <span className="mr-1.5 inline-flex rounded bg-indigo-50 px-1.5 py-0.5 font-medium text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300">
        {irLabel}
      </span>
      {fill(m.denominatorInUse, { formula: formula(data.definitions.interactionRate, locale) })}
    </p>
  );

  if (rows.length === 0) {
    return (
      <div className="flex flex-col gap-6">
        {header}
        {controls}
        <div data-testid="platforms-empty" className="flex flex-col items-center gap-4">
          <EmptyState title={m.emptyTitle} body={m.emptyBody} />
          {/* /data (import) is a stable product URL; not prefetched, so a build without it yet logs no 404 */}
          <Link
            href="/data"
            prefetch={false}
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500"
          >
            {m.importData}
          </Link>
        </div>
      </div>
    );
  }

  const bestRow = rows[0]!;
  const lastWithValue = [...rows].reverse().find((r) => r.value !== null) ?? bestRow;
  const withBenchmark = rows.filter((r) => r.status !== null);
  const barSummary = fill(withBenchmark.length ? m.bar.summary : m.bar.summaryNoBenchmark, {
    best: name(bestRow.platformKey),
    bestValue: formatKpiValue(bestRow.value, kpiFormat),
    worst: name(lastWithValue.platformKey),
    worstValue: formatKpiValue(lastWithValue.value, kpiFormat),
    above: withBenchmark.filter((r) => r.status === "above").length,
    count: withBenchmark.length,
  });

  const scatterRows = rows.filter((r) => r.kpis.ctr !== null && r.kpis.interactionRate !== null);
  const omitted = rows.filter((r) => !scatterRows.includes(r)).map((r) => name(r.platformKey));
  const shortPct = (v: number) => formatKpiShort(v, pctFormat);

  const buckets = data.trend.buckets.map((b) => ({
    key: b.key,
    label: formatBucketShort(b, state.granularity, locale),
    longLabel: formatBucketLong(b, state.granularity, locale),
    partial: b.partial,
  }));
  const lines = data.trend.lines.map((l) => ({ id: l.platformKey, name: name(l.platformKey), color: PLATFORMS[l.platformKey].color, values: l.values }));
  const fixedColumn = (FIXED_KPIS as readonly string[]).includes(kpi.key) ? (kpi.key as FixedKpi) : null;

  return (
    <div className="flex flex-col gap-6">
      {header}
      {controls}
      {denominatorNote}

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="bar-title" className={`${CARD} flex flex-col gap-1`}>
          <h2 id="bar-title" className="text-base font-semibold">
            {fill(m.bar.title, { kpi: kpiLabel })}
          </h2>
          <p className={CAPTION} data-testid="kpi-definition">
            {fill(m.bar.caption, { direction, kpi: kpiLabel, formula: kpiFormula })}
          </p>
          <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="kpi-total">
            <span className="tabular-nums">{fill(m.allPlatformsValue, { value: formatKpiValue(total.value, kpiFormat) })}</span>
            {total.status && general && <StatusChip status={total.status} label={m.status[total.status]} title={general.label} />}
          </div>
          <figure className="mt-1" aria-describedby="bar-summary">
            <PlatformKpiBars
              format={kpiFormat}
              valueLabel={kpiLabel}
              definition={definitionLine}
              benchmark={general}
              data={rows.map((r) => ({
                id: r.platformKey,
                name: name(r.platformKey),
                value: r.value,
                color: PLATFORMS[r.platformKey].color,
                marker: r.benchmark?.platformKey ? { value: r.benchmark.value, label: benchmarkText(r.benchmark, kpiFormat, m) } : null,
              }))}
            />
            <figcaption id="bar-summary" className={`${CAPTION} mt-1`}>
              {barSummary}
              {!general && <> {m.noGeneralBenchmark}</>}
              {benchmarks.platformSpecific.length > 0 && (
                <>
                  {" "}
                  {m.markerNote} {benchmarks.platformSpecific.map((b) => benchmarkText(b, kpiFormat, m)).join("; ")}
                </>
              )}
            </figcaption>
          </figure>
        </section>

        <section aria-labelledby="scatter-title" className={`${CARD} flex flex-col gap-1`}>
          <h2 id="scatter-title" className="text-base font-semibold">
            {m.scatter.title}
          </h2>
          <p className={CAPTION}>
            {fill(m.scatter.caption, {
              ctr: benchmarks.ctr ? shortPct(benchmarks.ctr.value) : "—",
              ir: benchmarks.interactionRate ? shortPct(benchmarks.interactionRate.value) : "—",
            })}
          </p>
          <figure className="mt-1">
            <PlatformScatter
              locale={locale}
              currency={currency}
              labels={{ x: m.kpis.ctr, y: irLabel, z: m.table.spend }}
              xBenchmark={benchmarks.ctr ? { value: benchmarks.ctr.value, label: fill(m.scatter.ctrBenchmark, { value: shortPct(benchmarks.ctr.value) }) } : null}
              yBenchmark={
                benchmarks.interactionRate
                  ? { value: benchmarks.interactionRate.value, label: fill(m.scatter.irBenchmark, { value: shortPct(benchmarks.interactionRate.value) }) }
                  : null
              }
              points={scatterRows.map((r) => ({
                id: r.platformKey,
                name: name(r.platformKey),
                color: PLATFORMS[r.platformKey].color,
                x: r.kpis.ctr!,
                y: r.kpis.interactionRate!,
                z: r.spendMinor,
              }))}
            />
            <figcaption className={`${CAPTION} mt-1`}>
              <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-hidden>
                {scatterRows.map((r) => (
                  <li key={r.platformKey} className="inline-flex items-center gap-1">
                    <span className="inline-block h-2 w-2 rounded-full" style={{ background: PLATFORMS[r.platformKey].color }} />
                    {name(r.platformKey)}
                  </li>
                ))}
              </ul>
              {omitted.length > 0 && <p className="mt-1">{fill(m.scatter.omitted, { platforms: omitted.join(locale === "zh-CN" ? "、" : ", ") })}</p>}
            </figcaption>
          </figure>
        </section>
      </div>

      <section aria-labelledby="trend-title" className={`${CARD} flex flex-col gap-1`}>
        <h2 id="trend-title" className="text-base font-semibold">
          {fill(m.trend.title, { kpi: kpiLabel, granularity: granularityNoun })}
        </h2>
        <p className={CAPTION}>
          {fill(m.trend.caption, { definition: definitionLine })}
        </p>
        <div className="mt-1">
          <PlatformTrend
            format={kpiFormat}
            definition={definitionLine}
            benchmark={general}
            buckets={buckets}
            lines={lines}
            labels={{ legend: m.trend.legend, showAll: m.trend.showAll, hideAll: m.trend.hideAll, partial: m.trend.partial }}
          />
        </div>
        <TrendDataTable
          summary={m.trend.tableToggle}
          periodHeader={m.trend.period}
          partialLabel={m.trend.partial}
          buckets={buckets}
          lines={lines.map((l) => ({ id: l.id, name: l.name, values: l.values.map((v) => formatKpiValue(v, kpiFormat)) }))}
        />
      </section>

      <section aria-label={m.table.title}>
        <PlatformTable
          // a new KPI starts sorted best-first again
          key={kpi.key}
          rows={rows}
          kpi={{ key: kpi.key, label: kpiLabel, unit: kpi.definition.unit, direction: kpi.definition.direction, fixedColumn }}
          locale={locale}
          currency={currency}
          denominator={state.denominator}
          messages={m}
          csvFileName={`platforms-${state.from}-${state.to}-${state.kpi}-${state.denominator}.csv`}
        />
      </section>

      <details className={CAPTION} data-testid="definitions">
        <summary className="cursor-pointer rounded focus-visible:outline-2 focus-visible:outline-indigo-500">{m.definitions}</summary>
        <ul className="mt-2 list-disc pl-5">
          {[...new Set([kpi.key, ...FIXED_KPIS])].map((k) => (
            <li key={k}>
              {k === "interactionRate" ? irLabel : m.kpis[k]} = {formula(data.definitions[k], locale)}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
