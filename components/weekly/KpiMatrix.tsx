"use client";

import { useState } from "react";

type Status = "above" | "near" | "below" | null;

export interface MatrixCell {
  text: string;
  /** the raw value, for sorting */
  value: number | null;
  status: Status;
  statusLabel: string | null;
  href: string;
  linkLabel: string;
}

export interface MatrixRow {
  platformKey: string;
  name: string;
  color: string;
  note: string | null;
  cells: Record<string, MatrixCell>;
}

const CELL: Record<Exclude<Status, null>, string> = {
  above: "bg-emerald-50 text-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-200",
  near: "bg-amber-50 text-amber-800 dark:bg-amber-950/60 dark:text-amber-200",
  below: "bg-red-50 text-red-800 dark:bg-red-950/60 dark:text-red-200",
};

/** Platform × KPI table coloured by benchmark status; sortable; each value links to the platform comparison. */
export function KpiMatrix({
  rows,
  columns,
  labels,
}: {
  rows: MatrixRow[];
  columns: { key: string; label: string }[];
  labels: { platform: string; sortBy: string; caption: string };
}) {
  const [sort, setSort] = useState<{ key: string; desc: boolean } | null>(null);
  const sorted = sort
    ? [...rows].sort((a, b) => {
        if (sort.key === "platform") return sort.desc ? b.name.localeCompare(a.name) : a.name.localeCompare(b.name);
        const x = a.cells[sort.key]?.value ?? null;
        const y = b.cells[sort.key]?.value ?? null;
        if (x === null) return 1;
        if (y === null) return -1;
        return sort.desc ? y - x : x - y;
      })
    : rows;
  const header = (key: string, label: string, align: string) => {
    const active = sort?.key === key;
    return (
      <th key={key} scope="col" aria-sort={active ? (sort.desc ? "descending" : "ascending") : "none"} className={`px-2 py-2 font-medium ${align}`}>
        <button
          type="button"
          onClick={() => setSort({ key, desc: active ? !sort.desc : key !== "platform" })}
          className="inline-flex items-center gap-1 whitespace-nowrap rounded px-1 uppercase tracking-wide hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:text-white"
          aria-label={labels.sortBy.replace("{column}", label)}
        >
          {label}
          <span aria-hidden className="text-[0.6rem]">{active ? (sort.desc ? "▼" : "▲") : "↕"}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <table className="min-w-full text-sm" data-testid="kpi-matrix">
        <caption className="px-4 pt-3 text-left text-xs text-slate-500 dark:text-slate-400">{labels.caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
            {header("platform", labels.platform, "sticky left-0 bg-white text-left dark:bg-slate-900")}
            {columns.map((c) => header(c.key, c.label, "text-right"))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {sorted.map((row) => (
            <tr key={row.platformKey} data-platform={row.platformKey}>
              <th scope="row" className="sticky left-0 whitespace-nowrap bg-white px-3 py-2 text-left font-medium dark:bg-slate-900">
                <span aria-hidden className="mr-2 inline-block h-2.5 w-2.5 rounded-full" style={{ background: row.color }} />
                {row.name}
                {row.note && <span className="ml-2 text-xs font-normal text-red-600 dark:text-red-400">{row.note}</span>}
              </th>
              {columns.map((c) => {
                const cell = row.cells[c.key];
                if (!cell) return <td key={c.key} />;
                // A plain link, like the attention list's: 98 next/link instances (one per cell) were
                // a good part of the board's hydration time, for links that go to another page anyway.
                return (
                  <td key={c.key} className="p-1 text-right">
                    <a
                      href={cell.href}
                      title={cell.statusLabel ? `${cell.statusLabel} · ${cell.linkLabel}` : cell.linkLabel}
                      className={`block rounded px-2 py-1 tabular-nums hover:ring-1 hover:ring-slate-400 focus-visible:outline-2 focus-visible:outline-indigo-500 ${cell.status ? CELL[cell.status] : ""}`}
                      data-metric={c.key}
                    >
                      {cell.text}
                      {cell.statusLabel && <span className="sr-only"> ({cell.statusLabel})</span>}
                    </a>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
