import { CAPTION, TABLE, TABLE_WRAP, TD, TH } from "@/components/data/ui";
import { StatusChip } from "@/components/kpi/StatusChip";
import { formatCount, formatPercent, formatPp } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { FunnelsMessages } from "@/lib/i18n/messages/funnels";
import { platformName } from "@/lib/reference/platforms";
import type { JourneyFunnelResponse } from "@/lib/schemas/api/journeys";

/** Every step's figures as the service gives them, with the change on the days before and its significance. */
export function FunnelTable({ funnel, locale, messages: m }: { funnel: JourneyFunnelResponse; locale: Locale; messages: FunnelsMessages }) {
  const t = m.table;
  const roleName = (role: string) => (m.roles as Record<string, string>)[role] ?? role;
  const comparison = new Map((funnel.comparison?.steps ?? []).map((c) => [c.position, c]));
  const num = `${TD} text-right tabular-nums`;
  return (
    // focusable so a keyboard can scroll it sideways on a phone (the table has nothing else to focus)
    <div className={TABLE_WRAP} tabIndex={0} role="region" aria-label={t.title}>
      <table className={TABLE} data-testid="funnel-table">
        <caption className="sr-only">{t.title}</caption>
        <thead className="bg-slate-50 dark:bg-slate-800/60">
          <tr>
            <th scope="col" className={TH}>{t.step}</th>
            <th scope="col" className={`${TH} text-right`}>{t.reached}</th>
            <th scope="col" className={`${TH} text-right`}>{t.stepConversion}</th>
            <th scope="col" className={`${TH} text-right`}>{t.overallConversion}</th>
            <th scope="col" className={`${TH} text-right`}>{t.dropOff}</th>
            <th scope="col" className={`${TH} text-right`}>{t.median}</th>
            <th scope="col" className={`${TH} text-right`}>{t.p75}</th>
            <th scope="col" className={TH}>{t.benchmark}</th>
            {funnel.comparison && <th scope="col" className={`${TH} text-right`}>{t.change}</th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {funnel.steps.map((s) => {
            const c = comparison.get(s.position);
            const ttc = s.timeToConvert;
            return (
              <tr key={s.position} data-testid="funnel-row" data-position={s.position}>
                <th scope="row" className={`${TD} min-w-48 text-left font-medium`}>
                  <span className="block">
                    {s.position}. {locale === "zh-CN" ? s.nameZh : s.nameEn}
                  </span>
                  <span className={CAPTION}>
                    {platformName(s.platformKey, locale)} · {roleName(s.role)}
                  </span>
                </th>
                <td className={num} data-column="reached">{formatCount(s.reached, locale)}</td>
                <td className={num} data-column="stepConversion">{formatPercent(s.stepConversion, locale)}</td>
                <td className={num} data-column="overallConversion">{formatPercent(s.overallConversion, locale)}</td>
                <td className={num} data-column="dropOff">{formatPercent(s.dropOff, locale)}</td>
                <td className={num} data-column="median">{s.medianDays ?? "—"}</td>
                <td className={num} data-column="p75">{s.p75Days ?? "—"}</td>
                <td className={TD} data-column="benchmark">
                  {ttc && ttc.status ? (
                    <StatusChip
                      status={ttc.status}
                      label={t.status[ttc.status]}
                      title={fill(t.benchmarkTitle, { value: ttc.benchmark.value, source: ttc.benchmark.page ? fill(t.sourcePage, { page: ttc.benchmark.page }) : ttc.benchmark.key })}
                    />
                  ) : (
                    t.noBenchmark
                  )}
                </td>
                {funnel.comparison && (
                  <td className={num} data-column="change">
                    <span className="block">{s.position === 1 ? "—" : formatPp(c?.changePp ?? null, locale)}</span>
                    {c?.significance && <span className={CAPTION}>{t.significance[c.significance]}</span>}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
