import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/Forbidden";
import { CAPTION, TABLE, TABLE_WRAP, TD, TH } from "@/components/data/ui";
import { StatusChip } from "@/components/kpi/StatusChip";
import { EmptyState } from "@/components/layout/EmptyState";
import { TrendDataTable } from "@/components/platforms/TrendDataTable";
import { CohortTriangle } from "@/components/retention/CohortTriangle";
import { retentionHref } from "@/components/retention/href";
import { RetentionControls } from "@/components/retention/RetentionControls";
import { RetentionCurves } from "@/components/retention/RetentionCurves";
import { SettingsSection } from "@/components/settings/SettingsSection";
import { now } from "@/lib/clock";
import { pageAccess } from "@/lib/auth/page-access";
import { formatDay, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { retention as retentionMessages } from "@/lib/i18n/messages/retention";
import { getLocale, messagesFor } from "@/lib/i18n/server";
import { DEFAULT_RETENTION_PERIOD } from "@/lib/metrics/retention";
import { PLATFORMS, platformName } from "@/lib/reference/platforms";
import type { CohortsResponse } from "@/lib/schemas/api/cohorts";
import { parseRetentionPageParams } from "@/lib/schemas/retention-page-params";
import { getCohortRetention, REFERENCE_RETENTION_BENCHMARK } from "@/lib/services/cohort-retention";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: retentionMessages[await getLocale()].title };
}

type PlatformRetention = CohortsResponse["platforms"][number];

/** The two platforms the report contrasts: the private domain keeps an audience, virtual platforms are held to 28%. */
const SIDE_BY_SIDE = ["wechat_private", "virtual"] as const;

/** /retention — cohort retention: figures per platform against the benchmark, the curves, private domain beside virtual platforms, one platform's triangle. */
export default async function RetentionRoute({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [locale, raw] = await Promise.all([getLocale(), searchParams]);
  const m = messagesFor(locale).retention;
  const access = await pageAccess("analysis.read", "/retention");
  if (!access.ok) return <Forbidden locale={locale} role={access.role} workspace={access.principal.workspace?.name ?? ""} />;
  const state = parseRetentionPageParams(raw);
  const data = await getCohortRetention(access.db, access.workspace, { unit: state.unit, period: state.period ?? undefined, now: now() });

  const unitNoun = m.unitNoun[state.unit];
  const periodLabel = (n: number) => fill(m.periodLabel[state.unit], { n });
  const periodShort = (n: number) => fill(m.periodShort[state.unit], { n });
  const pct = (v: number | null) => formatPercent(v, locale, 1);
  const name = (p: PlatformRetention) => platformName(p.platformKey, locale);

  const selected = data.platforms.find((p) => p.platformKey === state.platform) ?? data.platforms[0] ?? null;
  const periodCount = Math.max(data.period + 1, ...data.platforms.map((p) => p.curve.length));
  const periods = Array.from({ length: periodCount }, (_, i) => ({
    value: i,
    label: `${periodLabel(i)}${i === DEFAULT_RETENTION_PERIOD[state.unit] ? ` ${m.defaultPeriod}` : ""}`,
  }));
  const reference =
    data.platforms.map((p) => p.retention.benchmark).find((b) => b?.benchmark.key === REFERENCE_RETENTION_BENCHMARK) ??
    data.platforms.map((p) => p.retention.benchmark).find((b) => b !== null) ??
    null;
  const referenceLabel = reference
    ? reference.benchmark.page !== null
      ? fill(m.curves.benchmark, { value: pct(reference.benchmark.value), page: reference.benchmark.page })
      : fill(m.curves.benchmarkNoPage, { value: pct(reference.benchmark.value) })
    : null;

  const header = (
    <header className="flex flex-col gap-1">
      <h1 className="text-2xl font-semibold tracking-tight">{m.title}</h1>
      <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">{m.subtitle}</p>
      <p className={CAPTION} data-testid="as-of">
        {fill(m.asOf, { day: formatDay(data.asOf, locale, true) })} · {access.workspace.name}
      </p>
    </header>
  );
  const controls = (
    <RetentionControls
      // a new view starts from its own choices (an uncontrolled select would keep the last one)
      key={retentionHref(state)}
      state={state}
      platform={selected?.platformKey ?? null}
      platforms={data.platforms.map((p) => ({ key: p.platformKey, label: name(p), color: PLATFORMS[p.platformKey].color }))}
      periods={data.platforms.length > 0 ? periods : []}
      period={data.period}
      labels={m.controls}
    />
  );

  if (data.platforms.length === 0) {
    const other = state.unit === "week" ? "month" : "week";
    return (
      <div className="flex flex-col gap-6" data-testid="retention-page" data-unit={data.unit}>
        {header}
        {controls}
        <div data-testid="retention-empty">
          <EmptyState
            title={fill(m.empty.title, { unit: m.unitAdjective[state.unit] })}
            body={m.empty.body}
            action={{ href: retentionHref({ unit: other, platform: state.platform, period: null }), label: m.empty.action[other] }}
          />
        </div>
      </div>
    );
  }

  const buckets = Array.from({ length: periodCount }, (_, i) => ({ key: `p${i}`, label: periodShort(i), longLabel: periodLabel(i), partial: false }));
  const lines = data.platforms.map((p) => ({
    id: p.platformKey,
    name: name(p),
    color: PLATFORMS[p.platformKey].color,
    values: buckets.map((_, i) => p.curve.find((c) => c.periodIndex === i)?.rate ?? null),
  }));
  const pair = SIDE_BY_SIDE.map((key) => data.platforms.find((p) => p.platformKey === key) ?? null);
  const missing = SIDE_BY_SIDE.filter((_, i) => pair[i] === null).map((key) => platformName(key, locale));

  return (
    <div className="flex flex-col gap-6" data-testid="retention-page" data-unit={data.unit} data-period={data.period}>
      {header}
      {controls}

      <SettingsSection id="figures" title={fill(m.figures.title, { period: periodLabel(data.period) })} caption={fill(m.figures.caption, { unit: unitNoun })}>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {data.platforms.map((p) => {
            const check = p.retention.benchmark;
            return (
              <li
                key={p.platformKey}
                data-testid="retention-figure"
                data-platform={p.platformKey}
                className="flex flex-col gap-1 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
              >
                <p className="flex items-center gap-1.5 text-sm font-medium">
                  <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: PLATFORMS[p.platformKey].color }} />
                  {name(p)}
                  <span className="text-xs font-normal text-slate-500 dark:text-slate-400">· {m.domains[p.domain]}</span>
                </p>
                <p className="text-2xl font-semibold tabular-nums" data-testid="retention-rate">
                  {pct(p.retention.rate)}
                </p>
                <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
                  {check?.status && <StatusChip status={check.status} label={m.status[check.status]} />}
                  <span>{check ? fill(m.figures.benchmark, { value: pct(check.benchmark.value) }) : m.figures.noBenchmark}</span>
                </div>
                <p className={CAPTION}>{p.retention.rate === null ? m.figures.noValue : fill(m.figures.cohorts, { count: p.retention.cohorts })}</p>
              </li>
            );
          })}
        </ul>
      </SettingsSection>

      <SettingsSection id="curves" title={m.curves.title} caption={fill(m.curves.caption, { unit: unitNoun })}>
        <RetentionCurves
          locale={locale}
          buckets={buckets}
          lines={lines}
          benchmark={reference && referenceLabel ? { value: reference.benchmark.value, label: referenceLabel } : null}
          definition={m.curves.definition}
          labels={{ legend: m.curves.legend, showAll: m.curves.showAll, hideAll: m.curves.hideAll, partial: m.curves.partial }}
        />
        <TrendDataTable
          summary={m.curves.tableToggle}
          periodHeader={m.curves.period}
          partialLabel={m.curves.partial}
          buckets={buckets}
          lines={lines.map((l) => ({ id: l.id, name: l.name, values: l.values.map(pct) }))}
        />
      </SettingsSection>

      <SettingsSection id="side-by-side" title={m.sideBySide.title} caption={m.sideBySide.caption}>
        {missing.length > 0 ? (
          <p className={CAPTION} data-testid="side-by-side-missing">
            {fill(m.sideBySide.missing, { missing: missing.join(locale === "zh-CN" ? "、" : ", ") })}
          </p>
        ) : (
          <div className={TABLE_WRAP} role="region" aria-label={m.sideBySide.tableLabel} tabIndex={0}>
            <table className={`${TABLE} tabular-nums`} data-testid="side-by-side">
              <thead>
                <tr>
                  <th scope="col" className={TH}>
                    {m.curves.period}
                  </th>
                  {pair.map((p) =>
                    p ? (
                      <th key={p.platformKey} scope="col" className={`${TH} text-right`}>
                        {name(p)} <span className="font-normal">({m.domains[p.domain]})</span>
                      </th>
                    ) : null,
                  )}
                  <th scope="col" className={`${TH} text-right`}>
                    {m.sideBySide.benchmark}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {buckets.map((b, i) => (
                  <tr key={b.key} className={i === data.period ? "bg-indigo-50 dark:bg-indigo-950/60" : undefined} data-index={i}>
                    <th scope="row" className={`${TD} whitespace-nowrap text-left font-medium`}>
                      {b.longLabel}
                    </th>
                    {pair.map((p) =>
                      p ? (
                        <td key={p.platformKey} className={`${TD} text-right`} data-platform={p.platformKey}>
                          {pct(lines.find((l) => l.id === p.platformKey)?.values[i] ?? null)}
                        </td>
                      ) : null,
                    )}
                    <td className={`${TD} text-right text-slate-600 dark:text-slate-300`}>{reference ? pct(reference.benchmark.value) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </SettingsSection>

      {selected && (
        <SettingsSection
          id="triangle"
          title={fill(m.triangle.title, { platform: name(selected) })}
          caption={fill(m.triangle.caption, { unit: unitNoun })}
        >
          <div data-testid="triangle-section" data-platform={selected.platformKey}>
            <CohortTriangle
              rows={selected.triangle}
              locale={locale}
              periodShort={periodShort}
              labels={{ ...m.triangle, caption: fill(m.triangle.title, { platform: name(selected) }) }}
            />
          </div>
        </SettingsSection>
      )}
    </div>
  );
}
