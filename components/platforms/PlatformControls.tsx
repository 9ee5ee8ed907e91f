"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages/en";
import type { InteractionDenominator, PlatformKey } from "@/lib/schemas/enums";
import { INTERACTION_DENOMINATORS } from "@/lib/schemas/interaction-denominators";
import { PLATFORM_PAGE_GRANULARITIES, PLATFORM_PAGE_KPIS, type PlatformPageGranularity, type PlatformPageKpi } from "@/lib/schemas/platform-page-kpis";
import type { PlatformPageState } from "@/lib/schemas/platform-page-params";
import { platformsHref, PLATFORMS_PATH } from "./href";

export interface PlatformControlsProps {
  state: PlatformPageState;
  workspaceDenominator: InteractionDenominator;
  kpiOptions: { value: PlatformPageKpi; label: string }[];
  platformOptions: { value: PlatformKey; label: string; color: string }[];
  presets: { label: string; href: string; active: boolean }[];
  messages: Messages["platforms"];
}

const FOCUS = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500";
const INPUT =
  "h-9 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 shadow-sm dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:[color-scheme:dark]";
const LABEL = "text-xs font-medium text-slate-500 dark:text-slate-400";
const SEGMENT =
  "cursor-pointer rounded px-2.5 py-1 text-sm font-medium text-slate-600 hover:text-slate-900 has-[:checked]:bg-slate-900 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-indigo-500 dark:text-slate-300 dark:hover:text-white dark:has-[:checked]:bg-slate-100 dark:has-[:checked]:text-slate-900";

function oneOf<T extends string>(values: readonly T[], value: FormDataEntryValue | null, fallback: T): T {
  return typeof value === "string" && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

/**
 * The page's pickers as one GET form: it works as a plain form without
 * JavaScript, and with it every choice becomes a router.push of the page's
 * canonical URL. Selects and radio groups apply at once; dates and the
 * platform list apply with the Apply button.
 */
export function PlatformControls({ state, workspaceDenominator, kpiOptions, platformOptions, presets, messages: m }: PlatformControlsProps) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [from, setFrom] = useState(state.from);
  const [to, setTo] = useState(state.to);
  const [checked, setChecked] = useState<ReadonlySet<PlatformKey>>(
    () => new Set(state.platforms ?? platformOptions.map((p) => p.value)),
  );
  const c = m.controls;

  const submit = () => form.current?.requestSubmit();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const chosen = platformOptions.map((p) => p.value).filter((k) => checked.has(k));
    const next: PlatformPageState = {
      kpi: oneOf(PLATFORM_PAGE_KPIS, data.get("kpi"), state.kpi),
      from: typeof data.get("from") === "string" && data.get("from") ? String(data.get("from")) : state.from,
      to: typeof data.get("to") === "string" && data.get("to") ? String(data.get("to")) : state.to,
      granularity: oneOf<PlatformPageGranularity>(PLATFORM_PAGE_GRANULARITIES, data.get("granularity"), state.granularity),
      platforms: chosen.length === 0 || chosen.length === platformOptions.length ? null : chosen,
      denominator: oneOf(INTERACTION_DENOMINATORS, data.get("denominator"), state.denominator),
    };
    if (next.from > next.to) return;
    startTransition(() => router.push(platformsHref(next), { scroll: false }));
  };

  const toggle = (key: PlatformKey) =>
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const platformSummary =
    checked.size === 0 || checked.size === platformOptions.length
      ? c.allPlatforms
      : fill(c.someOf, { n: checked.size, total: platformOptions.length });

  return (
    <form
      ref={form}
      action={PLATFORMS_PATH}
      method="get"
      onSubmit={onSubmit}
      aria-label={c.label}
      data-testid="platform-controls"
      aria-busy={pending}
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
        <label className="flex w-full flex-col gap-1 sm:w-auto">
          <span className={LABEL}>{c.kpi}</span>
          <select
            name="kpi"
            defaultValue={state.kpi}
            onChange={submit}
            data-testid="kpi-select"
            className={`${INPUT} ${FOCUS} w-full sm:w-64`}
          >
            {kpiOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>

        <fieldset className="flex flex-wrap items-end gap-2">
          <legend className="sr-only">{c.period}</legend>
          <label className="flex flex-col gap-1">
            <span className={LABEL}>{c.from}</span>
            <input
              type="date"
              name="from"
              value={from}
              max={to}
              required
              onChange={(e) => setFrom(e.target.value)}
              data-testid="period-from"
              className={`${INPUT} ${FOCUS} w-[9.5rem]`}
            />
          </label>
          <label className="flex flex-col gap-1">
            <span className={LABEL}>{c.to}</span>
            <input
              type="date"
              name="to"
              value={to}
              min={from}
              required
              onChange={(e) => setTo(e.target.value)}
              data-testid="period-to"
              className={`${INPUT} ${FOCUS} w-[9.5rem]`}
            />
          </label>
          <button
            type="submit"
            data-testid="controls-apply"
            className={`h-9 rounded-md bg-indigo-600 px-3 text-sm font-medium text-white shadow-sm hover:bg-indigo-700 disabled:opacity-60 ${FOCUS}`}
          >
            {c.apply}
          </button>
          <p role="status" className="self-center text-xs text-slate-500 dark:text-slate-400">
            {pending ? m.updating : from > to ? c.rangeHint : ""}
          </p>
        </fieldset>

      </div>

      <nav aria-label={c.presets} className="flex flex-wrap items-center gap-1.5 text-xs">
        <span className={LABEL}>{c.presets}:</span>
        {presets.map((p) => (
          <Link
            key={p.href}
            href={p.href}
            scroll={false}
            aria-current={p.active ? "true" : undefined}
            className={`rounded-full border px-2.5 py-1 font-medium ${FOCUS} ${
              p.active
                ? "border-slate-900 bg-slate-900 text-white dark:border-slate-100 dark:bg-slate-100 dark:text-slate-900"
                : "border-slate-300 text-slate-600 hover:border-slate-400 hover:text-slate-900 dark:border-slate-600 dark:text-slate-300 dark:hover:text-white"
            }`}
          >
            {p.label}
          </Link>
        ))}
      </nav>

      <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
        <fieldset className="flex flex-col gap-1">
          <legend className={`${LABEL} mb-1`}>{c.granularity}</legend>
          <div className="inline-flex rounded-md border border-slate-200 p-0.5 dark:border-slate-700" data-testid="granularity-group">
            {PLATFORM_PAGE_GRANULARITIES.map((g) => (
              <label key={g} className={SEGMENT}>
                <input
                  type="radio"
                  name="granularity"
                  value={g}
                  defaultChecked={state.granularity === g}
                  onChange={submit}
                  className="sr-only"
                />
                {m.granularity[g]}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="flex flex-col gap-1">
          <legend className={`${LABEL} mb-1`}>{c.denominator}</legend>
          <div className="inline-flex flex-wrap rounded-md border border-slate-200 p-0.5 dark:border-slate-700" data-testid="denominator-group">
            {INTERACTION_DENOMINATORS.map((d) => (
              <label key={d} className={SEGMENT} title={d === workspaceDenominator ? c.workspaceDefault : undefined}>
                <input
                  type="radio"
                  name="denominator"
                  value={d}
                  defaultChecked={state.denominator === d}
                  onChange={submit}
                  className="sr-only"
                />
                {m.denominator[d]}
                {d === workspaceDenominator && <span className="sr-only"> ({c.workspaceDefault})</span>}
              </label>
            ))}
          </div>
        </fieldset>

        <details className="group w-full sm:w-auto" data-testid="platform-filter">
          <summary
            className={`mt-5 flex h-9 cursor-pointer list-none items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium shadow-sm dark:border-slate-600 dark:bg-slate-800 ${FOCUS}`}
          >
            <span className="text-slate-500 dark:text-slate-400">{c.platforms}:</span>
            <span>{platformSummary}</span>
            <span aria-hidden className="ml-auto text-xs transition-transform group-open:rotate-180">
              ▾
            </span>
          </summary>
          <fieldset className="mt-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <legend className="sr-only">{c.platforms}</legend>
            <div className="grid grid-cols-2 gap-x-4 gap-y-1.5 sm:grid-cols-3 lg:grid-cols-4">
              {platformOptions.map((p) => (
                <label key={p.value} className="flex cursor-pointer items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="platform"
                    value={p.value}
                    checked={checked.has(p.value)}
                    onChange={() => toggle(p.value)}
                    className={`h-4 w-4 rounded border-slate-300 accent-indigo-600 ${FOCUS}`}
                  />
                  <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: p.color }} />
                  {p.label}
                </label>
              ))}
            </div>
            <div className="mt-3 flex flex-wrap gap-2">
              <button
                type="button"
                onClick={() => setChecked(new Set(platformOptions.map((p) => p.value)))}
                className={`rounded-md px-2 py-1 text-xs font-medium text-indigo-700 hover:underline dark:text-indigo-300 ${FOCUS}`}
              >
                {c.selectAll}
              </button>
              <button
                type="button"
                onClick={() => setChecked(new Set())}
                className={`rounded-md px-2 py-1 text-xs font-medium text-indigo-700 hover:underline dark:text-indigo-300 ${FOCUS}`}
              >
                {c.clearAll}
              </button>
              <button
                type="submit"
                className={`ml-auto rounded-md bg-indigo-600 px-3 py-1 text-xs font-medium text-white hover:bg-indigo-700 ${FOCUS}`}
              >
                {c.apply}
              </button>
            </div>
          </fieldset>
        </details>
      </div>
    </form>
  );
}
