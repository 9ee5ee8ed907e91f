import { RankedBars } from "@/components/charts/RankedBars";
import { formatPercent, formatRoi } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/en";
import { PLATFORMS, platformName } from "@/lib/reference/platforms";
import type { PlatformKey } from "@/lib/schemas/enums";
import type { PlatformRank, PlatformRanking } from "@/lib/services/executive-summary";
import { Card } from "./Card";
import { TrafficLight } from "./TrafficLight";

type M = Messages["executive"];

type Figure = (row: PlatformRank) => { text: string; status: PlatformRank["roiStatus"] };

function RankList({ keys, rows, figure, testId, locale, m }: { keys: PlatformKey[]; rows: PlatformRank[]; figure: Figure; testId: string; locale: Locale; m: M }) {
  return (
    <ol className="flex flex-col gap-1.5" data-testid={testId}>
      {keys.map((k) => {
        const row = rows.find((r) => r.platformKey === k);
        if (!row) return null;
        const f = figure(row);
        const label = f.status ? { above: m.statusAbove, near: m.statusNear, below: m.statusBelow }[f.status] : null;
        const long = f.status ? { above: m.statusAboveLong, near: m.statusNearLong, below: m.statusBelowLong }[f.status] : undefined;
        return (
          <li key={k} data-platform={k} className="flex items-center gap-2">
            <span aria-hidden className="inline-block h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: PLATFORMS[k].color }} />
            <span className="min-w-0 flex-1 font-medium">{platformName(k, locale)}</span>
            <span className="shrink-0 tabular-nums text-slate-600 dark:text-slate-300">{f.text}</span>
            {f.status && label && <TrafficLight status={f.status} label={label} title={long} />}
          </li>
        );
      })}
    </ol>
  );
}

/** The best and worst platforms by ROI and by CTR against its benchmark, with the rule in the caption. */
export function PlatformRankingCard({ ranking, locale, messages: m }: { ranking: PlatformRanking; locale: Locale; messages: M }) {
  const share = formatPercent(ranking.minShare, locale, 0);
  const ranked = ranking.rows.filter((r) => r.roiRank !== null);
  const roiFigure: Figure = (r) => ({ text: formatRoi(r.roi), status: r.roiStatus });
  const ctrFigure: Figure = (r) => ({
    text: r.ctrBenchmark ? `${formatPercent(r.ctr, locale)} / ${formatPercent(r.ctrBenchmark.value, locale, 1)}` : formatPercent(r.ctr, locale),
    status: r.ctrStatus,
  });
  const groups = [
    { key: "roi", title: m.byRoi, ends: ranking.byRoi, figure: roiFigure, note: m.notRanked },
    { key: "ctr", title: m.byCtr, ends: ranking.byCtr, figure: ctrFigure, note: m.notRankedCtr },
  ] as const;
  const benchmarkLabel = ranking.roiBenchmark ? `${m.benchmark} ${formatRoi(ranking.roiBenchmark.value, 0)}` : null;

  return (
    <Card title={m.platformsTitle} caption={fill(m.platformsCaption, { share })} testId="executive-platforms" className="@container">
      {ranking.byRoi.ranked === 0 && ranking.byCtr.ranked === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{m.noRanking}</p>
      ) : (
        <div className="grid gap-6 @xl:grid-cols-2 @5xl:grid-cols-3">
          {groups.map((g) => (
            <div key={g.key} className="flex min-w-0 flex-col gap-2">
              <h3 className="text-sm font-semibold">{g.title}</h3>
              <div className="flex flex-col gap-3 text-sm">
                <div>
                  <h4 className="mb-1 text-xs font-medium tracking-wide text-emerald-700 uppercase dark:text-emerald-400 print:text-emerald-800">{m.best}</h4>
                  <RankList keys={g.ends.best} rows={ranking.rows} figure={g.figure} testId={`ranking-${g.key}-best`} locale={locale} m={m} />
                </div>
                <div>
                  <h4 className="mb-1 text-xs font-medium tracking-wide text-red-700 uppercase dark:text-red-400 print:text-red-800">{m.worst}</h4>
                  <RankList keys={g.ends.worst} rows={ranking.rows} figure={g.figure} testId={`ranking-${g.key}-worst`} locale={locale} m={m} />
                </div>
              </div>
              {g.ends.unranked > 0 && <p className="text-xs text-slate-500 dark:text-slate-400">{fill(g.note, { count: g.ends.unranked, share })}</p>}
            </div>
          ))}
          {ranked.length > 0 && (
            <figure className="flex min-w-0 flex-col gap-1 @xl:col-span-2 @5xl:col-span-1">
              <figcaption className="text-xs font-medium text-slate-700 dark:text-slate-200">{m.roiByPlatform}</figcaption>
              <RankedBars
                testId="platform-roi-chart"
                title={m.roiByPlatform}
                desc={ranked.map((r) => `${platformName(r.platformKey, locale)} ${formatRoi(r.roi)}`).join(locale === "zh-CN" ? "，" : ", ")}
                locale={locale}
                unit="roi"
                valueLabel={m.roi}
                rowHeight={26}
                benchmark={ranking.roiBenchmark && benchmarkLabel ? { value: ranking.roiBenchmark.value, label: benchmarkLabel } : null}
                data={ranked.map((r) => ({ key: r.platformKey, name: platformName(r.platformKey, locale), value: r.roi, color: PLATFORMS[r.platformKey].color }))}
              />
              <table className="sr-only">
                <caption>{m.roiByPlatform}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.rank}</th>
                    <th scope="col">{m.platform}</th>
                    <th scope="col">{m.roi}</th>
                    <th scope="col">{m.ctr}</th>
                  </tr>
                </thead>
                <tbody>
                  {ranked.map((r) => (
                    <tr key={r.platformKey}>
                      <td>{r.roiRank}</td>
                      <th scope="row">{platformName(r.platformKey, locale)}</th>
                      <td>{formatRoi(r.roi)}</td>
                      <td>{formatPercent(r.ctr, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </figure>
          )}
        </div>
      )}
    </Card>
  );
}
