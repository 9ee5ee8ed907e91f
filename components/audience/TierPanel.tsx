import { STAGE_COLORS } from "@/components/audience/stage-colors";
import { RankedBarChart } from "@/components/charts/RankedBarChart";
import { CAPTION, TABLE, TABLE_WRAP, TD, TH } from "@/components/data/ui";
import { formatCount, formatDay, formatMajorMoney, formatMoney, formatPercent, formatScore } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/en";
import type { TiersResponse } from "@/lib/schemas/api/tiers";

/** Header cells may wrap: "Contacts per member / week" would otherwise force the table wider than half a screen. */
const TH_WRAP = TH.replace("whitespace-nowrap ", "");

const FOCUS = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500";

type PlatformTiers = TiersResponse["platforms"][number];

/** One platform's lifecycle stages: share chart and the figures per stage, all as the service gives them. */
export function TierPanel({
  tiers,
  platformName,
  currency,
  locale,
  messages: m,
}: {
  tiers: PlatformTiers;
  platformName: string;
  currency: string;
  locale: Locale;
  messages: Messages["audience"];
}) {
  const headingId = `tiers-${tiers.platformKey}`;
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800" data-testid="tier-panel" data-platform={tiers.platformKey}>
      <h3 id={headingId} className="text-base font-semibold">
        {platformName}
      </h3>
      <p className={CAPTION} data-testid="tier-summary">
        {fill(m.tiers.summary, {
          weeks: tiers.weeks,
          members: formatCount(tiers.members, locale),
          churn: formatPercent(tiers.churnShare, locale),
          contacts: formatScore(tiers.contactsPerMemberWeek, locale),
        })}
      </p>
      <div className="grid min-w-0 items-start gap-3 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <RankedBarChart
          data={tiers.stages.map((s) => ({ key: s.stage, name: m.stagesShort[s.stage], value: s.share, color: STAGE_COLORS[s.stage] }))}
          locale={locale}
          unit="percent"
          valueLabel={m.tiers.share}
          benchmark={null}
          testId="tier-share-chart"
          title={fill(m.tiers.chartTitle, { platform: platformName })}
          desc={m.tiers.chartDesc}
          rowHeight={30}
        />
        <div className={`${TABLE_WRAP} ${FOCUS}`} tabIndex={0} role="region" aria-label={fill(m.tiers.tableLabel, { platform: platformName })}>
          <table className={TABLE}>
            <thead className="bg-slate-50 dark:bg-slate-800/60">
              <tr>
                <th scope="col" className={TH}>
                  {m.tiers.stage}
                </th>
                <th scope="col" className={`${TH_WRAP} text-right`}>
                  {m.tiers.members}
                </th>
                <th scope="col" className={`${TH_WRAP} text-right`}>
                  {m.tiers.share}
                </th>
                <th scope="col" className={`${TH_WRAP} text-right`}>
                  {m.tiers.value}
                </th>
                <th scope="col" className={`${TH_WRAP} text-right`}>
                  {m.tiers.valuePerMember}
                </th>
                <th scope="col" className={`${TH_WRAP} text-right`}>
                  {m.tiers.contactRate}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {tiers.stages.map((s) => (
                <tr key={s.stage} data-testid="tier-row" data-platform={tiers.platformKey} data-stage={s.stage}>
                  <th scope="row" className={`${TD} whitespace-nowrap text-left font-medium`}>
                    <span className="mr-2 inline-block h-2.5 w-2.5 rounded-sm" style={{ background: STAGE_COLORS[s.stage] }} aria-hidden />
                    {m.stages[s.stage]}
                  </th>
                  <td className={`${TD} whitespace-nowrap text-right tabular-nums`} data-testid="tier-members">
                    {formatCount(s.members, locale)}
                  </td>
                  <td className={`${TD} whitespace-nowrap text-right tabular-nums`} data-testid="tier-share">
                    {formatPercent(s.share, locale)}
                  </td>
                  <td className={`${TD} whitespace-nowrap text-right tabular-nums`} data-testid="tier-value">
                    {formatMoney(s.valueMinor, currency, locale)}
                  </td>
                  <td className={`${TD} whitespace-nowrap text-right tabular-nums`} data-testid="tier-value-per-member">
                    {formatMajorMoney(s.valuePerMember, currency, locale)}
                  </td>
                  <td className={`${TD} whitespace-nowrap text-right tabular-nums`} data-testid="tier-contact-rate">
                    {formatScore(s.contactsPerMemberWeek, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <details className="text-sm" data-testid="tier-weekly">
        <summary className={`cursor-pointer rounded text-xs font-medium text-slate-600 dark:text-slate-300 ${FOCUS}`}>{m.tiers.weekly}</summary>
        <div className={`${TABLE_WRAP} mt-2`}>
          <table className={TABLE}>
            <thead className="bg-slate-50 dark:bg-slate-800/60">
              <tr>
                <th scope="col" className={TH}>
                  {m.tiers.week}
                </th>
                <th scope="col" className={`${TH_WRAP} text-right`}>
                  {m.tiers.weekMembers}
                </th>
                <th scope="col" className={`${TH_WRAP} text-right`}>
                  {m.tiers.weekContacts}
                </th>
                <th scope="col" className={`${TH_WRAP} text-right`}>
                  {m.tiers.weekChurn}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {tiers.weekly.map((w) => (
                <tr key={w.weekStart} data-testid="tier-week-row" data-week={w.weekStart}>
                  <th scope="row" className={`${TD} whitespace-nowrap text-left font-normal`}>
                    {formatDay(w.weekStart, locale, true)}
                  </th>
                  <td className={`${TD} whitespace-nowrap text-right tabular-nums`}>{formatCount(w.members, locale)}</td>
                  <td className={`${TD} whitespace-nowrap text-right tabular-nums`} data-testid="week-contacts">
                    {formatScore(w.contactsPerMember, locale)}
                  </td>
                  <td className={`${TD} whitespace-nowrap text-right tabular-nums`} data-testid="week-churn">
                    {formatPercent(w.churnShare, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
