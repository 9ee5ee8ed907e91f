import { TH } from "@/components/data/ui";
import { formatCount, formatDay, formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import type { CohortsResponse } from "@/lib/schemas/api/cohorts";
import { HEAT_LEGEND, heatColors } from "./heat";

type Row = CohortsResponse["platforms"][number]["triangle"][number];

/**
 * The cohort triangle as a table: a row per cohort (start day, size), a
 * column per period index, each known cell coloured by its rate. It scrolls
 * sideways inside its own focusable region, never the page.
 */
export function CohortTriangle(props: {
  rows: Row[];
  locale: Locale;
  periodShort: (index: number) => string;
  labels: { cohort: string; size: string; scrollHint: string; notRecorded: string; caption: string };
}) {
  const { rows, locale, labels } = props;
  const columns = Math.max(0, ...rows.map((r) => r.cells.length));
  return (
    <div className="flex flex-col gap-2">
      <div
        role="region"
        aria-label={labels.scrollHint}
        tabIndex={0}
        className="max-w-full overflow-x-auto rounded-lg border border-slate-200 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-slate-800"
        data-testid="cohort-triangle"
      >
        <table className="min-w-full border-separate border-spacing-0.5 text-xs tabular-nums">
          <caption className="sr-only">{labels.caption}</caption>
          <thead>
            <tr>
              <th scope="col" className={`${TH} sticky left-0 z-10 bg-white dark:bg-slate-900`}>
                {labels.cohort}
              </th>
              <th scope="col" className={`${TH} text-right`}>
                {labels.size}
              </th>
              {Array.from({ length: columns }, (_, i) => (
                <th key={i} scope="col" className={`${TH} text-center`}>
                  {props.periodShort(i)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.cohortStart} data-testid="triangle-row" data-cohort={row.cohortStart}>
                <th scope="row" className="sticky left-0 z-10 whitespace-nowrap bg-white px-3 py-1.5 text-left font-medium dark:bg-slate-900">
                  {formatDay(row.cohortStart, locale, true)}
                </th>
                <td className="whitespace-nowrap px-3 py-1.5 text-right" data-testid="triangle-size">
                  {formatCount(row.size, locale)}
                </td>
                {Array.from({ length: columns }, (_, i) => {
                  const cell = row.cells[i] ?? null;
                  if (cell === null || cell.rate === null) return <td key={i} data-index={i} className="min-w-14 px-2 py-1.5" aria-label={labels.notRecorded} />;
                  const colors = heatColors(cell.rate);
                  return (
                    <td
                      key={i}
                      data-testid="triangle-cell"
                      data-index={i}
                      title={`${formatCount(cell.active, locale)} / ${formatCount(row.size, locale)}`}
                      className="min-w-14 rounded px-2 py-1.5 text-center font-medium"
                      style={colors}
                    >
                      {formatPercent(cell.rate, locale, 1)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-wrap items-center gap-1 text-xs" aria-hidden data-testid="heat-legend">
        {HEAT_LEGEND.map((s) => (
          <li key={s.from} className="rounded px-2 py-0.5 font-medium tabular-nums" style={{ background: s.background, color: s.color }}>
            ≥ {formatPercent(s.from, locale, 0)}
          </li>
        ))}
      </ul>
    </div>
  );
}
