"use client";

// The list's filters; every choice is written to the URL, which the server page reads.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { FIELD, LABEL } from "@/components/data/ui";
import type { GoalsMessages } from "@/lib/i18n/messages/goals";
import { goalsHref, type GoalsPageState } from "@/lib/schemas/goals-page-params";

type Filters = Pick<GoalsPageState, "metric" | "platform" | "phase">;

export function GoalFilters({
  state,
  metrics,
  platforms,
  messages,
}: {
  state: Filters;
  metrics: { key: string; label: string }[];
  platforms: { key: string; name: string }[];
  messages: GoalsMessages;
}) {
  const m = messages.filters;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (change: Partial<Record<keyof Filters, string>>) => {
    const next = { ...state, ...change };
    startTransition(() => router.push(goalsHref({ metric: next.metric || undefined, platform: next.platform || undefined, phase: next.phase || undefined } as Filters), { scroll: false }));
  };
  const select = `${FIELD} w-full`;
  const filtered = Boolean(state.metric || state.platform || state.phase);
  return (
    <div role="group" aria-label={m.label} aria-busy={pending} className="grid grid-cols-1 items-end gap-3 sm:grid-cols-[repeat(3,minmax(0,12rem))_auto]" data-testid="goal-filters">
      <label className={LABEL}>
        {m.metric}
        <select className={select} value={state.metric ?? ""} onChange={(e) => go({ metric: e.target.value })} data-testid="filter-metric">
          <option value="">{m.allMetrics}</option>
          {metrics.map((x) => (
            <option key={x.key} value={x.key}>
              {x.label}
            </option>
          ))}
        </select>
      </label>
      <label className={LABEL}>
        {m.platform}
        <select className={select} value={state.platform ?? ""} onChange={(e) => go({ platform: e.target.value })} data-testid="filter-platform">
          <option value="">{m.allScopes}</option>
          <option value="all">{m.workspaceWide}</option>
          {platforms.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className={LABEL}>
        {m.phase}
        <select className={select} value={state.phase ?? ""} onChange={(e) => go({ phase: e.target.value })} data-testid="filter-phase">
          <option value="">{m.allPhases}</option>
          {(["running", "upcoming", "ended"] as const).map((p) => (
            <option key={p} value={p}>
              {messages.phases[p]}
            </option>
          ))}
        </select>
      </label>
      {filtered && (
        <Link href="/goals" scroll={false} className="h-9 self-end py-2 text-sm font-medium text-indigo-700 underline hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-indigo-300" data-testid="filter-reset">
          {m.reset}
        </Link>
      )}
    </div>
  );
}
