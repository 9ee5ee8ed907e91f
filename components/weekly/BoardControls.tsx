"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { boardQuery, type BoardParams } from "@/lib/schemas/board-query";
import type { Domain, Industry, PlatformKey } from "@/lib/schemas/enums";

export interface BoardControlsProps {
  params: BoardParams;
  /** the week on show (the default when `params.week` is null) */
  week: string;
  weeks: { label: string; text: string }[];
  platforms: { key: PlatformKey; name: string; color: string }[];
  industries: { key: Industry; name: string }[];
  labels: {
    label: string;
    week: string;
    previousWeek: string;
    nextWeek: string;
    platforms: string;
    allPlatforms: string;
    platformsChosen: string;
    industry: string;
    allIndustries: string;
    domain: string;
    allDomains: string;
    public: string;
    private: string;
    reset: string;
  };
}

const selectClass =
  "h-9 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";

/** Week picker and filters; every choice is written to the URL, which the server page reads. */
export function BoardControls({ params, week, weeks, platforms, industries, labels }: BoardControlsProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (change: Partial<BoardParams>) => startTransition(() => router.push(`/${boardQuery(params, change)}`, { scroll: false }));

  const index = weeks.findIndex((w) => w.label === week);
  const newer = index > 0 ? weeks[index - 1] : undefined;
  const older = index >= 0 && index < weeks.length - 1 ? weeks[index + 1] : undefined;
  const chosen = new Set(params.platforms);
  const togglePlatform = (key: PlatformKey) => {
    const next = platforms.map((p) => p.key).filter((k) => (k === key ? !chosen.has(k) : chosen.has(k)));
    go({ platforms: next.length === platforms.length ? [] : next });
  };
  const filtered = params.platforms.length > 0 || params.industries.length > 0 || params.domain !== null;

  return (
    <div role="group" aria-label={labels.label} aria-busy={pending} className="no-print flex flex-wrap items-end gap-3" data-testid="board-controls">
      <div className="flex w-full min-w-0 items-end gap-1 sm:w-auto">
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-300">
          {labels.week}
          <select className={`${selectClass} w-full min-w-0`} value={week} onChange={(e) => go({ week: e.target.value })} data-testid="week-picker">
            {weeks.map((w) => (
              <option key={w.label} value={w.label}>
                {w.text}
              </option>
            ))}
          </select>
        </label>
        <Link
          aria-label={labels.previousWeek}
          aria-disabled={!older}
          href={older ? `/${boardQuery(params, { week: older.label })}` : "#"}
          className={`grid h-9 w-9 shrink-0 place-items-center rounded-md border border-slate-300 dark:border-slate-700 ${older ? "hover:bg-slate-100 dark:hover:bg-slate-800" : "pointer-events-none opacity-40"}`}
        >
          ‹
        </Link>
        <Link
          aria-label={labels.nextWeek}
          aria-disabled={!newer}
          href={newer ? `/${boardQuery(params, { week: newer.label })}` : "#"}
          className={`grid h-9 w-9 shrink-0 place-items-center rounded-md border border-slate-300 dark:border-slate-700 ${newer ? "hover:bg-slate-100 dark:hover:bg-slate-800" : "pointer-events-none opacity-40"}`}
        >
          ›
        </Link>
      </div>

      <details className="relative" data-testid="platform-filter">
        <summary className={`${selectClass} flex cursor-pointer list-none items-center gap-2`}>
          <span className="text-xs font-medium text-slate-500 dark:text-slate-400">{labels.platforms}</span>
          {params.platforms.length ? labels.platformsChosen.replace("{count}", String(params.platforms.length)) : labels.allPlatforms}
          <span aria-hidden>▾</span>
        </summary>
        <fieldset className="absolute z-30 mt-1 grid w-64 grid-cols-2 gap-1 rounded-lg border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <legend className="sr-only">{labels.platforms}</legend>
          {platforms.map((p) => (
            <label key={p.key} className="flex items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50 dark:hover:bg-slate-800">
              <input
                type="checkbox"
                checked={chosen.size === 0 || chosen.has(p.key)}
                onChange={() => togglePlatform(p.key)}
                className="accent-indigo-600"
                value={p.key}
              />
              <span aria-hidden className="h-2 w-2 rounded-full" style={{ background: p.color }} />
              {p.name}
            </label>
          ))}
        </fieldset>
      </details>

      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-300">
        {labels.industry}
        <select
          className={selectClass}
          value={params.industries[0] ?? ""}
          onChange={(e) => go({ industries: e.target.value ? [e.target.value as Industry] : [] })}
          data-testid="industry-filter"
        >
          <option value="">{labels.allIndustries}</option>
          {industries.map((i) => (
            <option key={i.key} value={i.key}>
              {i.name}
            </option>
          ))}
        </select>
      </label>

      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-300">
        {labels.domain}
        <select
          className={selectClass}
          value={params.domain ?? ""}
          onChange={(e) => go({ domain: (e.target.value || null) as Domain | null })}
          data-testid="domain-filter"
        >
          <option value="">{labels.allDomains}</option>
          <option value="public">{labels.public}</option>
          <option value="private">{labels.private}</option>
        </select>
      </label>

      {filtered && (
        <Link href={`/${boardQuery(params, { platforms: [], industries: [], domain: null })}`} className="h-9 px-2 text-sm leading-9 text-indigo-600 hover:underline dark:text-indigo-400">
          {labels.reset}
        </Link>
      )}
    </div>
  );
}
