import type { Metadata } from "next";
import { CodeText } from "@/components/executive/CodeText";
import { DomainSplitCard } from "@/components/executive/DomainSplitCard";
import { FindingsCard } from "@/components/executive/FindingsCard";
import { ForecastCard } from "@/components/executive/ForecastCard";
import { HeadlineCard } from "@/components/executive/HeadlineCard";
import { PeriodPicker } from "@/components/executive/PeriodPicker";
import { PlatformRankingCard } from "@/components/executive/PlatformRankingCard";
import { PrintButton } from "@/components/executive/PrintButton";
import { Forbidden } from "@/components/auth/Forbidden";
import { now } from "@/lib/clock";
import { pageAccess } from "@/lib/auth/page-access";
import { formatDay, formatDayRange } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { getLocale, messagesFor } from "@/lib/i18n/server";
import { comparedWithLabel, executiveFindings, periodLabel } from "@/lib/metrics/executive-findings";
import { parseExecutivePageParams } from "@/lib/schemas/executive-page-params";
import { getExecutiveSummary } from "@/lib/services/executive-summary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messagesFor(await getLocale()).executive.title };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ExecutivePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [locale, raw] = await Promise.all([getLocale(), searchParams]);
  const m = messagesFor(locale).executive;
  const state = parseExecutivePageParams(raw);
  const access = await pageAccess("dashboard.read", "/executive");
  if (!access.ok) return <Forbidden locale={locale} role={access.role} workspace={access.principal.workspace?.name ?? ""} />;
  const result = await getExecutiveSummary(access.db, access.workspace, { kind: state.kind, at: state.at, now: now() });

  if (result.status !== "ready") {
    return (
      <div className="flex flex-col gap-6" data-testid="executive-page">
        <h1 className="text-2xl font-semibold tracking-tight">{m.title}</h1>
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center dark:border-slate-700 dark:bg-slate-900" data-testid="executive-empty">
          <p className="text-base font-medium">{m.emptyTitle}</p>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            <CodeText text={m.emptyBody} />
          </p>
        </div>
      </div>
    );
  }

  const s = result.summary;
  const { period, previous } = s;
  const comparedWith = comparedWithLabel(previous.key, period.partial, locale);
  const findings = executiveFindings(s);
  const options = [...s.options[period.kind]].reverse().map((o) => ({
    value: o.key,
    label: o.partial ? `${periodLabel(o.key, locale)} (${m.soFar})` : periodLabel(o.key, locale),
  }));
  const labels = {
    revenue: m.revenue,
    roi: m.roi,
    ctr: m.ctr,
    interactionRate: m.interactionRate,
    conversionRate: m.conversionRate,
    followerGrowthRate: m.followerGrowthRate,
  };
  const definitions = {
    ...m.definitions,
    interactionRate: fill(m.definitions.interactionRate, { denominator: m.denominators[s.workspace.interactionDenominator] }),
  };
  const notice = s.requestedUnavailable
    ? fill(m.unavailable, { requested: periodLabel(s.requestedUnavailable, locale) })
    : state.dropped
      ? m.notUnderstood
      : null;

  return (
    <div
      className="exec-sheet flex flex-col gap-6"
      data-testid="executive-page"
      data-period-kind={period.kind}
      data-period-key={period.key}
      data-period-start={period.covered.start}
      data-period-end={period.covered.end}
      data-partial={period.partial ? "true" : "false"}
    >
      <header className="flex flex-col gap-4 lg:flex-row lg:items-start lg:justify-between">
        <div className="flex min-w-0 flex-col gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">{m.title}</h1>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700 dark:text-slate-200">
            <span className="font-semibold" data-testid="period-label">
              {periodLabel(period.key, locale)}
              {period.partial && ` · ${m.soFar}`}
            </span>
            <span
              title={period.partial ? m.partialTitle : undefined}
              data-testid="period-badge"
              className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${
                period.partial
                  ? "bg-amber-50 text-amber-800 ring-amber-600/30 dark:bg-amber-950 dark:text-amber-300 print:bg-amber-50 print:text-amber-800"
                  : "bg-slate-100 text-slate-700 ring-slate-500/20 dark:bg-slate-800 dark:text-slate-200 print:bg-slate-100 print:text-slate-700"
              }`}
            >
              {period.partial ? m.partialBadge : m.completeBadge}
            </span>
            <span className="tabular-nums">{formatDayRange(period.covered.start, period.covered.end, locale)}</span>
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {m.comparedWith} {comparedWith} ({formatDayRange(previous.start, previous.end, locale)}) · {s.workspace.name}
          </p>
          <p className="text-xs text-slate-500 dark:text-slate-400">
            {s.dataRange && fill(m.dataRange, { from: formatDay(s.dataRange.start, locale, true), to: formatDay(s.dataRange.end, locale, true) })}{" "}
            <span className="print:hidden">{m.subtitle}</span>
          </p>
        </div>
        <div className="no-print flex shrink-0 flex-wrap items-center gap-2 print:hidden">
          <PeriodPicker
            kind={period.kind}
            current={period.key}
            options={options}
            labels={{ picker: m.pickerLabel, kind: m.kindLabel, month: m.month, quarter: m.quarter, period: m.periodLabel, show: m.show }}
          />
          <PrintButton label={m.print} title={m.printTitle} />
        </div>
      </header>

      {notice && (
        <p role="status" data-testid="period-unavailable" className="no-print rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {notice}
        </p>
      )}

      <section aria-labelledby="headline-title" className="flex flex-col gap-3">
        <h2 id="headline-title" className="sr-only">
          {m.headlineTitle}
        </h2>
        <div className="exec-headline grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-3" data-testid="headline-grid">
          {s.headline.map((kpi) => (
            <HeadlineCard
              key={kpi.key}
              kpi={kpi}
              label={labels[kpi.key]}
              definition={definitions[kpi.key]}
              comparedWith={comparedWith}
              locale={locale}
              currency={s.workspace.currency}
              messages={m}
            />
          ))}
        </div>
      </section>

      <FindingsCard findings={findings} locale={locale} labels={{ title: m.findingsTitle, caption: m.findingsCaption, none: m.noFindings }} />

      <div className="grid gap-4 lg:grid-cols-2">
        <ForecastCard forecast={s.forecast} locale={locale} messages={m} />
        <DomainSplitCard domains={s.domains} locale={locale} currency={s.workspace.currency} messages={m} />
      </div>

      <PlatformRankingCard ranking={s.platforms} locale={locale} messages={m} />

      <section aria-labelledby="definitions-title" className="exec-card text-xs text-slate-600 dark:text-slate-400">
        <h2 id="definitions-title" className="mb-1 font-semibold text-slate-700 dark:text-slate-300">
          {m.definitionsTitle}
        </h2>
        <ul className="grid list-disc gap-x-8 gap-y-0.5 pl-5 sm:grid-cols-2">
          {Object.entries(definitions).map(([key, text]) => (
            <li key={key}>{text}</li>
          ))}
        </ul>
        <p className="mt-1">{m.rulesNote}</p>
      </section>
    </div>
  );
}
