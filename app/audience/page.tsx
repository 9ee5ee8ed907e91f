import type { Metadata } from "next";
import { AudienceControls } from "@/components/audience/AudienceControls";
import { SegmentTable } from "@/components/audience/SegmentTable";
import { TierPanel } from "@/components/audience/TierPanel";
import { Forbidden } from "@/components/auth/Forbidden";
import { RankedBarChart } from "@/components/charts/RankedBarChart";
import { NOTICE_INFO, NOTICE_WARN } from "@/components/data/ui";
import { SettingsSection } from "@/components/settings/SettingsSection";
import { pageAccess } from "@/lib/auth/page-access";
import { now } from "@/lib/clock";
import { formatDayRange } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { audience as audienceMessages } from "@/lib/i18n/messages/audience";
import { getLocale, messagesFor } from "@/lib/i18n/server";
import { PLATFORMS, platformName } from "@/lib/reference/platforms";
import { PLATFORM_KEYS } from "@/lib/schemas/enums";
import { getAudienceView } from "@/lib/services/audience-view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: audienceMessages[await getLocale()].title };
}

/** /audience — traffic tiers (流量分层) and audience segments for one platform or all, over a period in the URL. */
export default async function AudienceRoute({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [locale, raw] = await Promise.all([getLocale(), searchParams]);
  const m = messagesFor(locale).audience;
  const access = await pageAccess("analysis.read", "/audience");
  if (!access.ok) return <Forbidden locale={locale} role={access.role} workspace={access.principal.workspace?.name ?? ""} />;
  const view = await getAudienceView(access.db, access.workspace, { raw, now: now() });
  const { state, tiers, segments } = view;
  const currency = tiers.currency;
  const scope = state.platform ? platformName(state.platform, locale) : m.allPlatforms;
  const dataLink = (
    <a href="/data" className="ml-1 font-medium text-indigo-700 underline hover:no-underline dark:text-indigo-300">
      {m.importData}
    </a>
  );

  return (
    <div className="flex min-w-0 flex-col gap-6" data-testid="audience-page" data-platform={state.platform ?? ""} data-from={state.from} data-to={state.to}>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{m.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="period-line">
          {fill(m.periodLine, { range: formatDayRange(state.from, state.to, locale), platform: scope })}
        </p>
        <p className="max-w-3xl text-sm text-slate-500 dark:text-slate-400">{m.subtitle}</p>
      </header>

      <AudienceControls
        state={state}
        platformOptions={PLATFORM_KEYS.map((k) => ({ value: k, label: platformName(k, locale) }))}
        presets={view.presets}
        messages={m}
      />
      {view.ignored.length > 0 && (
        <p className={NOTICE_WARN} role="status" data-testid="ignored-params">
          {fill(m.controls.ignored, { params: view.ignored.join(", ") })}
        </p>
      )}

      <SettingsSection id="tiers" title={m.tiers.title} caption={m.tiers.caption}>
        {tiers.platforms.length === 0 ? (
          <p className={NOTICE_INFO} data-testid="tiers-empty">
            {m.tiers.empty}
            {dataLink}
          </p>
        ) : (
          <div className="flex min-w-0 flex-col gap-4">
            {tiers.platforms.map((p) => (
              <TierPanel key={p.platformKey} tiers={p} platformName={platformName(p.platformKey, locale)} currency={currency} locale={locale} messages={m} />
            ))}
          </div>
        )}
      </SettingsSection>

      <SettingsSection id="segments" title={m.segments.title} caption={m.segments.caption}>
        {segments.segments.length === 0 ? (
          <p className={NOTICE_INFO} data-testid="segments-empty">
            {m.segments.empty}
            {dataLink}
          </p>
        ) : (
          <>
            <RankedBarChart
              data={segments.segments.map((s) => ({
                key: s.segment,
                name: m.segments.names[s.segment],
                value: s.conversionRate,
                color: state.platform ? PLATFORMS[state.platform].color : "#6366f1",
              }))}
              locale={locale}
              unit="percent"
              valueLabel={m.segments.conversionRate}
              benchmark={null}
              testId="segment-chart"
              title={m.segments.chartTitle}
              desc={m.segments.chartDesc}
              rowHeight={32}
            />
            <SegmentTable segments={segments.segments} locale={locale} messages={m} />
          </>
        )}
      </SettingsSection>
    </div>
  );
}
