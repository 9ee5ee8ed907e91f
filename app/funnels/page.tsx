import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/Forbidden";
import { BUTTON_SECONDARY, CAPTION, NOTICE_INFO, NOTICE_WARN } from "@/components/data/ui";
import { FunnelBars } from "@/components/funnels/FunnelBars";
import { FunnelControls } from "@/components/funnels/FunnelControls";
import { FunnelTable } from "@/components/funnels/FunnelTable";
import { JourneyEditPanel } from "@/components/funnels/JourneyEditPanel";
import { TimeToConvertChart } from "@/components/funnels/TimeToConvertChart";
import { EmptyState } from "@/components/layout/EmptyState";
import { SettingsSection } from "@/components/settings/SettingsSection";
import { pageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { formatCount, formatDayRange, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { funnels as funnelMessages } from "@/lib/i18n/messages/funnels";
import { getLocale, messagesFor } from "@/lib/i18n/server";
import { addDays } from "@/lib/metrics/periods";
import { PLATFORMS } from "@/lib/reference/platforms";
import { parseFunnelsPageParams, type FunnelsPageParams } from "@/lib/schemas/funnels-page-params";
import { getFunnelPage } from "@/lib/services/funnel-page";
import { JOURNEY_MATURITY_DAYS } from "@/lib/services/journey-funnel";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: funnelMessages[await getLocale()].title };
}

function hrefOf(p: FunnelsPageParams & { journey: string }): string {
  const q = new URLSearchParams({ journey: p.journey });
  if (p.from && p.to) {
    q.set("from", p.from);
    q.set("to", p.to);
  }
  if (p.mature) q.set("mature", "1");
  if (!p.compare) q.set("compare", "0");
  return `/funnels?${q}`;
}

/** /funnels — a journey's funnel over a range of cohort days, compared with the days before. */
export default async function FunnelsRoute({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await getLocale();
  const all = messagesFor(locale);
  const m = all.funnels;
  const access = await pageAccess("analysis.read", "/funnels");
  if (!access.ok) return <Forbidden locale={locale} role={access.role} workspace={access.principal.workspace?.name ?? ""} />;
  const params = parseFunnelsPageParams(await searchParams);
  const page = await getFunnelPage(access.db, access.workspace, params);
  const editor = can({ kind: "user", role: access.role }, "journeys.write") ? (
    <JourneyEditPanel key={page.journey?.id ?? "none"} journey={page.journey} locale={locale} messages={m} errors={all.settings.errors} />
  ) : null;

  const header = (
    <header className="flex flex-col gap-1">
      <h1 className="text-2xl font-semibold tracking-tight">{m.title}</h1>
      <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">{m.subtitle}</p>
    </header>
  );
  if (!page.journey) {
    return (
      <div className="flex flex-col gap-6" data-testid="funnels-page">
        {header}
        {editor}
        <EmptyState title={m.empty.noJourneys} body={m.empty.noJourneysBody} />
      </div>
    );
  }

  const { journey, funnel, range } = page;
  const name = (j: { nameZh: string; nameEn: string }) => (locale === "zh-CN" ? j.nameZh : j.nameEn);
  const last = journey.observed?.lastCohortDay ?? null;
  const presets = last
    ? [
        { label: m.controls.last28, href: hrefOf({ ...params, journey: journey.key, from: addDays(last, -27), to: last }) },
        { label: m.controls.last90, href: hrefOf({ ...params, journey: journey.key, from: addDays(last, -89), to: last }) },
      ]
    : [];
  const lastStep = funnel?.steps.at(-1) ?? null;

  return (
    <div className="flex flex-col gap-6" data-testid="funnels-page" data-journey={journey.key} data-from={range?.from ?? ""} data-to={range?.to ?? ""}>
      {header}
      <FunnelControls
        // remounted when the shown journey or range changes: its fields are uncontrolled, and a client navigation (after creating a journey) would keep the old choice
        key={`${journey.key}|${range?.from ?? ""}|${range?.to ?? ""}`}
        journeys={page.journeys.map((j) => ({ key: j.key, name: name(j) }))}
        journey={journey.key}
        from={range?.from ?? ""}
        to={range?.to ?? ""}
        mature={params.mature}
        compare={params.compare}
        matureDays={JOURNEY_MATURITY_DAYS}
        presets={presets}
        locale={locale}
        messages={m}
      />
      {editor}
      {page.unknownJourney && (
        <p role="status" className={NOTICE_WARN} data-testid="unknown-journey">
          {fill(m.unknownJourney, { key: params.journey ?? "", name: name(journey) })}
        </p>
      )}

      {!funnel || !range || funnel.entered === 0 ? (
        <EmptyState
          title={range ? fill(m.empty.noData, { from: range.from, to: range.to }) : m.empty.neverObserved}
          body={journey.observed ? fill(m.empty.noDataBody, { first: journey.observed.firstCohortDay, last: journey.observed.lastCohortDay }) : undefined}
        />
      ) : (
        <>
          <section aria-label={name(journey)} className="grid gap-3 sm:grid-cols-3" data-testid="funnel-summary">
            {[
              { key: "entered", label: m.summary.entered, value: formatCount(funnel.entered, locale) },
              { key: "converted", label: m.summary.converted, value: formatCount(lastStep?.reached ?? 0, locale) },
              { key: "overall", label: m.summary.overall, value: formatPercent(lastStep?.overallConversion ?? null, locale) },
            ].map((c) => (
              <div key={c.key} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
                <p className={CAPTION}>{c.label}</p>
                <p className="text-2xl font-semibold tabular-nums" data-testid={`summary-${c.key}`}>
                  {c.value}
                </p>
              </div>
            ))}
          </section>
          <div className="-mt-3 flex flex-col gap-1">
            <p className={CAPTION} data-testid="funnel-cohorts">
              {fill(m.summary.cohorts, { n: funnel.cohorts, range: formatDayRange(range.from, range.to, locale) })}
              {funnel.comparison && ` · ${fill(m.summary.previous, { range: formatDayRange(funnel.comparison.range.from, funnel.comparison.range.to, locale) })}`}
            </p>
            {funnel.maturity.immatureCohorts > 0 && (
              <p className={NOTICE_INFO} data-testid="funnel-immature">
                {fill(funnel.maturity.excluded ? m.summary.immatureExcluded : m.summary.immature, { n: funnel.maturity.immatureCohorts, days: funnel.maturity.minAgeDays })}
              </p>
            )}
          </div>

          <SettingsSection id="funnel" title={m.funnel.title} caption={m.funnel.caption}>
            <FunnelBars funnel={funnel} locale={locale} messages={m} />
          </SettingsSection>

          <SettingsSection id="steps" title={m.table.title} caption={m.table.caption}>
            <FunnelTable funnel={funnel} locale={locale} messages={m} />
            <div>
              <a
                href={`/api/v1/journeys/${encodeURIComponent(journey.key)}?format=csv&from=${range.from}&to=${range.to}${params.mature ? "&mature=true" : ""}`}
                className={BUTTON_SECONDARY}
                download
                data-testid="funnel-csv"
              >
                {m.csv}
              </a>
            </div>
          </SettingsSection>

          <SettingsSection id="time" title={m.ttc.title} caption={m.ttc.caption}>
            <div className="grid gap-4 lg:grid-cols-2">
              {funnel.steps.slice(1).map((s) => {
                const stepName = fill(m.ttc.stepLabel, { n: s.position, name: locale === "zh-CN" ? s.nameZh : s.nameEn });
                return (
                  <figure key={s.position} className="flex flex-col gap-1" data-testid="ttc-step" data-position={s.position}>
                    <figcaption className="text-sm font-medium">{stepName}</figcaption>
                    {s.distribution.length === 0 ? (
                      <p className={CAPTION}>{m.ttc.none}</p>
                    ) : (
                      <TimeToConvertChart
                        data={s.distribution.map((d) => ({ days: d.days, share: d.share }))}
                        color={PLATFORMS[s.platformKey].color}
                        locale={locale}
                        benchmark={s.timeToConvert ? { days: s.timeToConvert.benchmark.value, label: fill(m.ttc.benchmark, { days: s.timeToConvert.benchmark.value }) } : null}
                        daysLabel={m.ttc.days}
                        shareLabel={m.ttc.share}
                        title={fill(m.ttc.chartTitle, { step: stepName })}
                        desc={m.ttc.chartDesc}
                        testId={`ttc-chart-${s.position}`}
                      />
                    )}
                  </figure>
                );
              })}
            </div>
          </SettingsSection>
        </>
      )}
    </div>
  );
}
