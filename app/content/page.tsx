import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/Forbidden";
import { ContentControls } from "@/components/content/ContentControls";
import { DeleteTestButton } from "@/components/content/DeleteTestButton";
import { NewTestForm } from "@/components/content/NewTestForm";
import { DwellChart } from "@/components/content/DwellChart";
import { OriginsTable } from "@/components/content/OriginsTable";
import { TopContentTable } from "@/components/content/TopContentTable";
import { VariantTable } from "@/components/content/VariantTable";
import { VerdictCard } from "@/components/content/VerdictCard";
import { BUTTON_SECONDARY, CAPTION, NOTICE_WARN } from "@/components/data/ui";
import { EmptyState } from "@/components/layout/EmptyState";
import { SettingsSection } from "@/components/settings/SettingsSection";
import { pageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { formatDay, formatDayRange } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { content as contentMessages } from "@/lib/i18n/messages/content";
import { getLocale, messagesFor } from "@/lib/i18n/server";
import { ORIGIN_COLORS } from "@/lib/reference/content-origins";
import { platformName } from "@/lib/reference/platforms";
import { parseContentPageParams } from "@/lib/schemas/content-page-params";
import { ContentOrigin, PLATFORM_KEYS } from "@/lib/schemas/enums";
import { getContentPage } from "@/lib/services/content-page";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: contentMessages[await getLocale()].title };
}

/** /content — the content lab: a test's variants and verdict, content by origin, and the top posts. */
export default async function ContentRoute({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await getLocale();
  const all = messagesFor(locale);
  const m = all.content;
  const access = await pageAccess("analysis.read", "/content");
  if (!access.ok) return <Forbidden locale={locale} role={access.role} workspace={access.principal.workspace?.name ?? ""} />;
  const params = parseContentPageParams(await searchParams);
  const page = await getContentPage(access.db, access.workspace, params);
  const { report, origins, top, range } = page;
  const canEdit = can({ kind: "user", role: access.role }, "content_tests.write");
  const errors = all.settings.errors;

  const header = (
    <header className="flex flex-col gap-1">
      <h1 className="text-2xl font-semibold tracking-tight">{m.title}</h1>
      <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">{m.subtitle}</p>
    </header>
  );
  if (page.tests.length === 0 && !page.lastDay) {
    return (
      <div className="flex flex-col gap-6" data-testid="content-page">
        {header}
        <EmptyState title={m.empty.noContent} body={m.empty.noContentBody} action={{ href: "/data", label: messagesFor(locale).nav.data }} />
      </div>
    );
  }

  const rangeQuery = range ? `from=${range.from}&to=${range.to}${params.platform ? `&platform=${params.platform}` : ""}` : "";
  const platformSuffix = params.platform ? (locale === "zh-CN" ? `在${platformName(params.platform, locale)}上` : ` on ${platformName(params.platform, locale)}`) : "";
  const dwellLine = origins?.dwellBenchmark ?? null;

  return (
    <div className="flex flex-col gap-6" data-testid="content-page" data-test={report?.test.key ?? ""} data-from={range?.from ?? ""} data-to={range?.to ?? ""}>
      {header}
      <ContentControls
        tests={page.tests.map((t) => ({ key: t.key, name: t.name }))}
        test={report?.test.key ?? null}
        from={range?.from ?? ""}
        to={range?.to ?? ""}
        platforms={PLATFORM_KEYS.map((key) => ({ key, name: platformName(key, locale) }))}
        origins={ContentOrigin.options.map((key) => ({ key, name: m.originNames[key] }))}
        params={params}
        locale={locale}
        messages={m}
      />
      {page.unknownTest && report && (
        <p role="status" className={NOTICE_WARN} data-testid="unknown-test">
          {fill(m.unknownTest, { key: params.test ?? "", name: report.test.name })}
        </p>
      )}

      {report ? (
        <SettingsSection id="test" title={report.test.name} caption={m.test.caption}>
          <div className="flex flex-col gap-1 text-sm">
            <p className={CAPTION} data-testid="test-period">
              {report.test.endDay ? fill(m.test.ended, { start: formatDay(report.test.startDay, locale, true), end: formatDay(report.test.endDay, locale, true) }) : fill(m.test.running, { start: formatDay(report.test.startDay, locale, true) })}
              {report.platforms.length > 0 && ` · ${fill(m.test.platforms, { list: report.platforms.map((p) => platformName(p, locale)).join(", ") })}`}
            </p>
            {report.test.hypothesis && <p className="text-slate-700 dark:text-slate-200">{fill(m.test.hypothesis, { text: report.test.hypothesis })}</p>}
          </div>
          <VerdictCard report={report} locale={locale} messages={m} />
          <VariantTable report={report} locale={locale} messages={m} />
          <div>
            <a href={`/api/v1/content/tests/${encodeURIComponent(report.test.key)}?format=csv`} className={BUTTON_SECONDARY} download data-testid="test-csv">
              {m.test.csv}
            </a>
          </div>
          {canEdit && <DeleteTestButton testId={report.test.id} name={report.test.name} params={params} locale={locale} messages={m} errors={errors} />}
        </SettingsSection>
      ) : (
        <EmptyState title={m.empty.noTests} body={m.empty.noTestsBody} />
      )}
      {canEdit && <NewTestForm params={params} locale={locale} messages={m} errors={errors} />}

      {!range || !origins || origins.total.items === 0 ? (
        <EmptyState
          title={range ? fill(m.empty.noPosts, { from: formatDay(range.from, locale, true), to: formatDay(range.to, locale, true), platform: platformSuffix }) : m.empty.noContent}
          body={page.lastDay ? fill(m.empty.noPostsBody, { last: formatDay(page.lastDay, locale, true) }) : m.empty.noContentBody}
        />
      ) : (
        <>
          <SettingsSection
            id="origins"
            title={m.origins.title}
            caption={`${formatDayRange(range.from, range.to, locale)}${platformSuffix ? ` · ${platformName(params.platform!, locale)}` : ""} · ${dwellLine ? fill(m.origins.caption, { value: dwellLine.value }) : m.origins.captionNoBenchmark}`}
          >
            <OriginsTable origins={origins} locale={locale} messages={m} />
            <DwellChart
              data={origins.origins.map((o) => ({ key: o.origin, name: m.originNames[o.origin], seconds: o.avgDwell, color: ORIGIN_COLORS[o.origin] }))}
              locale={locale}
              benchmark={dwellLine ? { value: dwellLine.value, label: fill(m.origins.dwellLine, { value: dwellLine.value }) } : null}
              valueLabel={m.origins.seconds}
              title={m.origins.chartTitle}
              desc={m.origins.chartDesc}
              testId="dwell-chart"
            />
            <div>
              <a href={`/api/v1/content/origins?format=csv&${rangeQuery}`} className={BUTTON_SECONDARY} download data-testid="origins-csv">
                {m.origins.csv}
              </a>
            </div>
          </SettingsSection>

          {top && (
            <SettingsSection id="top" title={m.top.title} caption={fill(m.top.caption, { n: top.items.length, total: top.total })}>
              {top.items.length === 0 ? (
                <p className={CAPTION} data-testid="top-none">{m.top.none}</p>
              ) : (
                <TopContentTable
                  top={top}
                  params={params}
                  locale={locale}
                  messages={m}
                  assign={canEdit && report ? { testId: report.test.id, testKey: report.test.key, testName: report.test.name, errors } : null}
                />
              )}
              <div>
                <a
                  href={`/api/v1/content/items?format=csv&${rangeQuery}${params.origin ? `&origin=${params.origin}` : ""}&sort=${top.sort}&dir=${top.dir}&limit=500`}
                  className={BUTTON_SECONDARY}
                  download
                  data-testid="top-csv"
                >
                  {m.top.csv}
                </a>
              </div>
            </SettingsSection>
          )}
        </>
      )}
    </div>
  );
}
