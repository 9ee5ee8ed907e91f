"use client";

import Form from "next/form";
import Link from "next/link";
import { executiveHref } from "@/lib/schemas/executive-href";
import type { ExecutivePeriodKind } from "@/lib/schemas/executive-page-params";

export interface PeriodPickerProps {
  kind: ExecutivePeriodKind;
  current: string;
  options: { value: string; label: string }[];
  labels: { picker: string; kind: string; month: string; quarter: string; period: string; show: string };
}

/**
 * Month / quarter switch (links) and a period list with a "Show" button.
 * A plain GET form: the URL carries the state (`?period=quarter&at=2026-Q3`),
 * it works before hydration, and arrow keys in the list do not navigate on
 * every step the way an auto-submitting select would.
 */
export function PeriodPicker({ kind, current, options, labels }: PeriodPickerProps) {
  const kinds: { value: ExecutivePeriodKind; label: string }[] = [
    { value: "quarter", label: labels.quarter },
    { value: "month", label: labels.month },
  ];
  return (
    // Two items for the caller's flex row, so that they wrap one by one on a phone.
    <>
      <div role="group" aria-label={labels.kind} data-testid="period-picker" className="flex rounded-md border border-slate-200 p-0.5 text-sm dark:border-slate-700">
        {kinds.map((k) => (
          <Link
            key={k.value}
            href={executiveHref(k.value)}
            aria-current={k.value === kind ? "page" : undefined}
            data-testid={`period-kind-${k.value}`}
            className={`rounded px-3 py-1 font-medium focus-visible:outline-2 focus-visible:outline-indigo-500 ${
              k.value === kind
                ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
                : "text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"
            }`}
          >
            {k.label}
          </Link>
        ))}
      </div>
      <Form action="/executive" className="flex items-center gap-2" aria-label={labels.picker}>
        <input type="hidden" name="period" value={kind} />
        <label className="sr-only" htmlFor="executive-period-at">
          {labels.period}
        </label>
        <select
          id="executive-period-at"
          name="at"
          defaultValue={current}
          key={`${kind}:${current}`}
          data-testid="period-select"
          className="h-8 rounded-md border border-slate-200 bg-white px-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <button
          type="submit"
          data-testid="period-submit"
          className="h-8 rounded-md bg-indigo-600 px-3 text-sm font-medium text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500"
        >
          {labels.show}
        </button>
      </Form>
    </>
  );
}
