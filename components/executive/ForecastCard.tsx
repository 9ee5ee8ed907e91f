import { ForecastChart, type ForecastChartPoint } from "@/components/charts/ForecastChart";
import { formatDay, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/en";
import type { WeeklyForecast } from "@/lib/services/executive-summary";
import { Card, LegendItem } from "./Card";

/** Weekly CTR, its 4-week forecast and the benchmark, with a sentence and a hidden table as text alternatives. */
export function ForecastCard({ forecast, locale, messages: m }: { forecast: WeeklyForecast | null; locale: Locale; messages: Messages["executive"] }) {
  const pct = (v: number | null) => formatPercent(v, locale);
  if (!forecast || forecast.points.length === 0) {
    return (
      <Card title={m.forecastTitle} testId="executive-forecast">
        <p className="text-sm text-slate-600 dark:text-slate-300">{m.forecastNone}</p>
      </Card>
    );
  }
  const weeks = forecast.weeks;
  const lastActual = [...weeks].reverse().find((w) => w.value !== null);
  const data: ForecastChartPoint[] = [
    ...weeks.map((w) => {
      const joins = w === lastActual && w.value !== null;
      return {
        key: w.key,
        label: formatDay(w.start, locale),
        actual: w.value,
        // the dashed line and the band start from the last actual week
        forecast: joins ? w.value : null,
        band: joins && w.value !== null ? ([w.value, w.value] as [number, number]) : null,
      };
    }),
    ...forecast.points.map((p) => ({
      key: p.key,
      label: formatDay(p.start, locale),
      actual: null,
      forecast: p.value,
      band: [p.lower, p.upper] as [number, number],
    })),
  ];
  const first = weeks.find((w) => w.value !== null);
  const last = forecast.points.at(-1);
  const end = weeks.at(-1)?.end;
  const weekOf = (day: string) => fill(m.weekOf, { day: formatDay(day, locale) });
  const summary =
    first && lastActual && last
      ? fill(m.forecastSummary, {
          first: pct(first.value),
          firstWeek: weekOf(first.start),
          last: pct(lastActual.value),
          lastWeek: weekOf(lastActual.start),
          forecast: pct(last.value),
          forecastWeek: weekOf(last.start),
          lower: pct(last.lower),
          upper: pct(last.upper),
          benchmark: forecast.benchmark ? pct(forecast.benchmark.value) : "—",
        })
      : null;
  const benchmarkLabel = forecast.benchmark ? `${m.benchmark} ${formatPercent(forecast.benchmark.value, locale, 1)}` : null;

  return (
    <Card
      title={m.forecastTitle}
      caption={fill(m.forecastCaption, { weeks: weeks.length, end: end ? formatDay(end, locale, true) : "—" })}
      testId="executive-forecast"
    >
      <figure className="flex flex-col gap-2">
        <ForecastChart
          testId="forecast-chart"
          title={m.forecastTitle}
          desc={summary ?? ""}
          data={data}
          locale={locale}
          labels={{ actual: m.actual, forecast: m.forecast, interval: m.interval }}
          benchmark={forecast.benchmark && benchmarkLabel ? { value: forecast.benchmark.value, label: benchmarkLabel } : null}
        />
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
          <LegendItem swatch="line" label={m.actual} />
          <LegendItem swatch="dashed" label={m.forecast} />
          <LegendItem swatch="band" label={m.interval} />
          {benchmarkLabel && <LegendItem swatch="benchmark" label={benchmarkLabel} />}
        </div>
        {summary && <figcaption className="text-xs text-slate-600 dark:text-slate-400">{summary}</figcaption>}
        <table className="sr-only">
          <caption>{m.forecastTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{m.week}</th>
              <th scope="col">{m.actual}</th>
              <th scope="col">{m.forecast}</th>
              <th scope="col">{m.interval}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.key}>
                <th scope="row">{weekOf(w.start)}</th>
                <td>{pct(w.value)}</td>
                <td>—</td>
                <td>—</td>
              </tr>
            ))}
            {forecast.points.map((p) => (
              <tr key={p.key}>
                <th scope="row">{weekOf(p.start)}</th>
                <td>—</td>
                <td>{pct(p.value)}</td>
                <td>
                  {pct(p.lower)} – {pct(p.upper)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    </Card>
  );
}
