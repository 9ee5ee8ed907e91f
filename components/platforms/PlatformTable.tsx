"use client";

import { useState, type ReactNode } from "react";
import { StatusChip } from "@/components/kpi/StatusChip";
import { toCsv, type CsvCell } from "@/lib/api/csv";
import { formatCount, formatMoney, formatPercent, formatRoi } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/en";
import type { BenchmarkStatus } from "@/lib/metrics/benchmarks";
import type { KpiUnit } from "@/lib/metrics/definitions";
import { PLATFORMS, platformName } from "@/lib/reference/platforms";
import type { InteractionDenominator } from "@/lib/schemas/enums";
import { FIXED_KPIS, type FixedKpi, type PlatformPageKpi } from "@/lib/schemas/platform-page-kpis";
import type { PlatformComparisonRow } from "@/lib/services/platform-comparison";
import { formatKpiShort, formatKpiValue } from "./format";

type SortDirection = "ascending" | "descending";
type SortValue = number | string | null;

interface Column {
  id: string;
  header: string;
  /** a second header line, e.g. "by reach" */
  subheader?: string;
  numeric: boolean;
  highlight?: boolean;
  sortValue: (r: PlatformComparisonRow) => SortValue;
  /** direction of the first click on this header */
  firstSort: SortDirection;
  /** the CSV columns it becomes: stable English keys and raw values */
  csv: { key: string; value: (r: PlatformComparisonRow) => CsvCell }[];
  cell: (r: PlatformComparisonRow) => ReactNode;
}

const STATUS_RANK: Record<BenchmarkStatus, number> = { above: 0, near: 1, below: 2 };

export interface PlatformTableProps {
  rows: PlatformComparisonRow[];
  kpi: {
    key: PlatformPageKpi;
    label: string;
    unit: KpiUnit;
    direction: "higher" | "lower";
    /** set when the chosen KPI is one of the fixed columns, which is then highlighted instead of repeated */
    fixedColumn: FixedKpi | null;
  };
  locale: Locale;
  currency: string;
  denominator: InteractionDenominator;
  messages: Messages["platforms"];
  csvFileName: string;
}

function compareValues(a: SortValue, b: SortValue, direction: SortDirection, locale: Locale): number {
  // rows without a value stay at the bottom whichever way the column is sorted
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === "string" && typeof b === "string" ? a.localeCompare(b, locale) : (a as number) - (b as number);
  return direction === "ascending" ? order : -order;
}

export function PlatformTable({ rows, kpi, locale, currency, denominator, messages: m, csvFileName }: PlatformTableProps) {
  const t = m.table;
  const valueFormat = { unit: kpi.unit, locale, currency };
  const best: SortDirection = kpi.direction === "higher" ? "descending" : "ascending";
  const kpiColumnId = kpi.fixedColumn ?? "kpi";
  const [sort, setSort] = useState<{ column: string; direction: SortDirection }>({ column: kpiColumnId, direction: best });

  const num = (id: string, header: string, get: (r: PlatformComparisonRow) => number | null, text: (v: number | null) => string, csvKey = id, extra: Partial<Column> = {}): Column => ({
    id,
    header,
    numeric: true,
    sortValue: get,
    firstSort: "descending",
    csv: [{ key: csvKey, value: get }],
    cell: (r) => text(get(r)),
    highlight: id === kpiColumnId,
    ...extra,
  });
  const pct = (v: number | null) => formatPercent(v, locale);
  const count = (v: number | null) => formatCount(v, locale);
  const money = (v: number | null) => formatMoney(v, currency, locale);
  const fixedFirstSort = (k: FixedKpi): Partial<Column> => (k === kpi.fixedColumn ? { firstSort: best } : {});

  const benchmarkTitle = (r: PlatformComparisonRow) => {
    const b = r.benchmark;
    if (!b) return undefined;
    const source = b.page ? fill(m.benchmarkSource, { page: b.page }) : "";
    const value = formatKpiShort(b.value, valueFormat);
    return b.platformKey
      ? fill(m.platformBenchmark, { platform: platformName(b.platformKey, locale), value, source })
      : fill(m.benchmarkLabel, { value, source });
  };

  const columns: Column[] = [
    {
      id: "platform",
      header: t.platform,
      numeric: false,
      sortValue: (r) => platformName(r.platformKey, locale),
      firstSort: "ascending",
      csv: [{ key: "platform", value: (r) => r.platformKey }],
      cell: (r) => platformName(r.platformKey, locale),
    },
  ];
  const fixed: Record<FixedKpi, Column> = {
    ctr: num("ctr", t.ctr, (r) => r.kpis.ctr, pct, "ctr", fixedFirstSort("ctr")),
    interactionRate: num("interactionRate", t.interactionRate, (r) => r.kpis.interactionRate, pct, "interactionRate", {
      subheader: fill(t.byDenominator, { denominator: m.denominatorNoun[denominator] }),
      ...fixedFirstSort("interactionRate"),
    }),
    conversionRate: num("conversionRate", t.conversionRate, (r) => r.kpis.conversionRate, pct, "conversionRate", fixedFirstSort("conversionRate")),
    roi: num("roi", t.roi, (r) => r.kpis.roi, (v) => formatRoi(v), "roi", fixedFirstSort("roi")),
  };
  // The chosen KPI and its benchmark come right after the platform, so they
  // are in view on a phone without scrolling the table sideways.
  const chosen =
    kpi.fixedColumn === null
      ? num("kpi", kpi.label, (r) => r.value, (v) => formatKpiValue(v, valueFormat), kpi.key, { firstSort: best })
      : fixed[kpi.fixedColumn];
  columns.push(
    chosen,
    {
      id: "benchmark",
      header: t.benchmark,
      numeric: false,
      sortValue: (r) => (r.status ? STATUS_RANK[r.status] : null),
      firstSort: "ascending",
      csv: [
        { key: "benchmark", value: (r) => r.benchmark?.value ?? null },
        { key: "benchmarkStatus", value: (r) => r.status },
      ],
      cell: (r) => (
        <span className="inline-flex items-center gap-2">
          {r.status ? (
            <StatusChip status={r.status} label={m.statusShort[r.status]} title={benchmarkTitle(r)} />
          ) : (
            <span className="text-slate-400 dark:text-slate-500">
              <span aria-hidden>—</span>
              <span className="sr-only">{m.status.none}</span>
            </span>
          )}
          {r.benchmark && (
            <span className="text-xs text-slate-500 dark:text-slate-400" title={benchmarkTitle(r)}>
              {r.benchmark.platformKey && <span aria-label={m.platformSpecific}>◆ </span>}
              {formatKpiShort(r.benchmark.value, valueFormat)}
            </span>
          )}
        </span>
      ),
    },
    num("accounts", t.accounts, (r) => r.accounts, count),
    num("impressions", t.impressions, (r) => r.impressions, count),
    num("clicks", t.clicks, (r) => r.clicks, count),
    ...FIXED_KPIS.filter((k) => k !== kpi.fixedColumn).map((k) => fixed[k]),
    num("spend", t.spend, (r) => r.spendMinor, money, "spendMinor"),
    num("revenue", t.revenue, (r) => r.revenueMinor, money, "revenueMinor"),
  );

  const sortColumn = columns.find((c) => c.id === sort.column) ?? columns[0]!;
  const sorted = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compareValues(sortColumn.sortValue(a.row), sortColumn.sortValue(b.row), sort.direction, locale) || a.index - b.index)
    .map(({ row }) => row);

  const onSort = (column: Column) =>
    setSort((current) =>
      current.column === column.id
        ? { column: column.id, direction: current.direction === "ascending" ? "descending" : "ascending" }
        : { column: column.id, direction: column.firstSort },
    );

  const download = () => {
    const header = [...columns.flatMap((c) => c.csv.map((x) => x.key)), "currency", "interactionDenominator"];
    const lines = sorted.map((r) => [...columns.flatMap((c) => c.csv.map((x) => x.value(r))), currency, denominator]);
    const blob = new Blob([toCsv(header, lines)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = csvFileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h2 className="text-base font-semibold">{t.title}</h2>
        <button
          type="button"
          onClick={download}
          data-testid="platform-table-csv"
          className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
        >
          <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8">
            <path d="M10 3v10m0 0-4-4m4 4 4-4M4 15v2h12v-2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {t.download}
        </button>
      </div>
      <p aria-hidden className="text-xs text-slate-500 dark:text-slate-400">
        {t.caption}
      </p>
      <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <table data-testid="platform-table" className="min-w-full text-sm">
          <caption className="sr-only">{t.caption}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
              {columns.map((c, i) => {
                const active = c.id === sortColumn.id;
                return (
                  <th
                    key={c.id}
                    scope="col"
                    data-column={c.id}
                    aria-sort={active ? sort.direction : undefined}
                    className={`whitespace-nowrap px-1 py-1 align-bottom font-medium ${c.numeric ? "text-right" : "text-left"} ${
                      i === 0 ? "sticky left-0 z-10 bg-white dark:bg-slate-900" : ""
                    } ${c.highlight ? "bg-indigo-50/70 dark:bg-indigo-950/40" : ""}`}
                  >
                    <button
                      type="button"
                      onClick={() => onSort(c)}
                      className={`inline-flex items-center gap-1 rounded px-1.5 py-1 uppercase tracking-wide hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:text-white ${
                        c.numeric ? "flex-row-reverse text-right" : "text-left"
                      } ${active ? "text-slate-900 dark:text-white" : ""}`}
                    >
                      <span className="flex flex-col">
                        <span>{c.header}</span>
                        {c.subheader && <span className="normal-case tracking-normal text-slate-500 dark:text-slate-400">{c.subheader}</span>}
                      </span>
                      <span aria-hidden className={`text-[0.65rem] ${active ? "" : "opacity-30"}`}>
                        {active ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {sorted.map((r) => (
              <tr key={r.platformKey} data-platform={r.platformKey} className="group hover:bg-slate-50 dark:hover:bg-slate-800/50">
                {columns.map((c, i) =>
                  i === 0 ? (
                    <th
                      key={c.id}
                      scope="row"
                      data-column={c.id}
                      className="sticky left-0 min-w-[8.5rem] max-w-[9.5rem] bg-white px-3 py-2 text-left font-medium group-hover:bg-slate-50 sm:max-w-none sm:whitespace-nowrap dark:bg-slate-900 dark:group-hover:bg-slate-800"
                    >
                      <span className="flex items-baseline gap-2">
                        <span aria-hidden className="inline-block h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: PLATFORMS[r.platformKey].color }} />
                        <span>{c.cell(r)}</span>
                      </span>
                    </th>
                  ) : (
                    <td
                      key={c.id}
                      data-column={c.id}
                      className={`whitespace-nowrap px-2.5 py-2 tabular-nums ${c.numeric ? "text-right" : "text-left"} ${
                        c.highlight ? "bg-indigo-50/70 font-semibold dark:bg-indigo-950/40" : ""
                      }`}
                    >
                      {c.cell(r)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
