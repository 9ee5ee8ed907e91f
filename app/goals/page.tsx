import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/Forbidden";
import { NOTICE_INFO, NOTICE_WARN } from "@/components/data/ui";
import { formatGoalValue, targetToDraft } from "@/components/goals/format";
import { GoalFilters } from "@/components/goals/GoalFilters";
import { GoalForm, type GoalDraft } from "@/components/goals/GoalForm";
import { GoalList, type GoalCardView } from "@/components/goals/GoalList";
import { EmptyState } from "@/components/layout/EmptyState";
import { pageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { now } from "@/lib/clock";
import { formatDay, formatDayRange, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import { goals as goalsMessages, type GoalsMessages } from "@/lib/i18n/messages/goals";
import { getLocale, messagesFor } from "@/lib/i18n/server";
import { BOARD_METRIC_KEYS, BOARD_METRICS } from "@/lib/metrics/board-metrics";
import { periodLabel } from "@/lib/metrics/executive-findings";
import { goalPeriodChoices, goalPeriodKey } from "@/lib/metrics/goals";
import { getWorkspaceAccounts } from "@/lib/queries/getWorkspaceAccounts";
import { platformName } from "@/lib/reference/platforms";
import type { GoalJson } from "@/lib/schemas/api/goals";
import { PLATFORM_KEYS, type GoalPeriod } from "@/lib/schemas/enums";
import { goalsHref, parseGoalsPageParams } from "@/lib/schemas/goals-page-params";
import { listGoals } from "@/lib/services/goal-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: goalsMessages[await getLocale()].title };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** How many periods of each kind before and after the current one the form offers. */
const PERIOD_CHOICES: Record<GoalPeriod, [number, number]> = { week: [8, 12], month: [6, 6], quarter: [4, 4] };
const PERIOD_TYPES = ["week", "month", "quarter"] as const;
const PHASE_ORDER: Record<GoalJson["phase"], number> = { running: 0, upcoming: 1, ended: 2 };

function periodText(type: GoalPeriod, p: { key: string; start: string; end: string }, locale: Locale): string {
  return type === "week" ? `${p.key} · ${formatDayRange(p.start, p.end, locale)}` : periodLabel(p.key, locale);
}

function scopeName(g: GoalJson, locale: Locale, m: GoalsMessages): string {
  if (g.account) return `${g.account.displayName} (${platformName(g.account.platformKey, locale)})`;
  return g.platformKey ? platformName(g.platformKey, locale) : m.list.scopeAll;
}

function statusText(g: GoalJson, m: GoalsMessages): string {
  if (g.status === null) return g.phase === "upcoming" ? m.status.upcoming : m.status.noProjection;
  return g.phase === "ended" ? m.status.ended[g.status] : m.status.running[g.status];
}

export default async function GoalsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [locale, raw] = await Promise.all([getLocale(), searchParams]);
  const m = goalsMessages[locale];
  const metricNames = messagesFor(locale).weekly.metrics;
  const state = parseGoalsPageParams(raw);
  const access = await pageAccess("dashboard.read", "/goals");
  if (!access.ok) return <Forbidden locale={locale} role={access.role} workspace={access.principal.workspace?.name ?? ""} />;
  const { db, workspace, role } = access;
  const canEdit = can({ kind: "user", role }, "goals.write");
  const t = now();
  const filters = { metric: state.metric, platform: state.platform, phase: state.phase };

  const [list, editable, accounts] = await Promise.all([
    listGoals(db, workspace, { ...filters, now: t }),
    canEdit && state.edit ? listGoals(db, workspace, { now: t, ids: [state.edit] }) : null,
    canEdit ? getWorkspaceAccounts(db, { workspaceId: workspace.id }) : [],
  ]);
  const { currency, weekStart } = list.workspace;
  const editing = editable?.goals[0] ?? null;
  const name = (g: GoalJson) => `${metricNames[g.metric]} · ${scopeName(g, locale, m)}`;

  const metrics = BOARD_METRIC_KEYS.map((key) => ({ key, label: metricNames[key], unit: BOARD_METRICS[key].unit as GoalJson["unit"] }));
  const platforms = PLATFORM_KEYS.map((key) => ({ key, name: platformName(key, locale) }));

  const periods = Object.fromEntries(
    PERIOD_TYPES.map((type) => {
      const [before, after] = PERIOD_CHOICES[type];
      const choices = goalPeriodChoices(type, list.today, weekStart, before, after);
      // The goal being edited keeps its period even when it is outside the usual choices.
      if (editing && editing.periodType === type && !choices.some((c) => c.key === editing.period)) choices.unshift({ key: editing.period, start: editing.start, end: editing.end });
      return [type, choices.map((c) => ({ key: c.key, label: periodText(type, c, locale) }))];
    }),
  ) as Record<GoalPeriod, { key: string; label: string }[]>;
  const currentPeriods = Object.fromEntries(PERIOD_TYPES.map((type) => [type, goalPeriodKey(type, list.today, weekStart)])) as Record<GoalPeriod, string>;

  const initial: GoalDraft = editing
    ? {
        metric: editing.metric,
        platformKey: editing.platformKey ?? "",
        accountId: editing.account ? String(editing.account.id) : "",
        periodType: editing.periodType,
        period: editing.period,
        target: targetToDraft(editing.unit, editing.target, currency),
      }
    : { metric: "revenue", platformKey: "", accountId: "", periodType: "quarter", period: currentPeriods.quarter, target: "" };

  // Goals under way first, then those to come, then those over; by start within each.
  const ordered = [...list.goals].sort((a, b) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase]);
  const cards: GoalCardView[] = ordered.map((g) => {
    const value = (v: number | null) => formatGoalValue(g.unit, v, locale, currency);
    return {
      id: g.id,
      name: name(g),
      period: periodLabel(g.period, locale),
      dates: formatDayRange(g.start, g.end, locale),
      phase: g.phase,
      phaseText: g.phase === "running" ? `${m.phases.running} · ${fill(m.list.day, { elapsed: g.daysElapsed, total: g.daysTotal })}` : m.phases[g.phase],
      target: value(g.target),
      soFar: g.phase === "upcoming" ? "—" : g.valueSoFar === null ? m.list.noValue : value(g.valueSoFar),
      projected: value(g.projected),
      status: g.status,
      statusText: statusText(g, m),
      progress: g.phase === "upcoming" ? null : g.progress,
      progressText: g.progress !== null && g.phase !== "upcoming" ? fill(g.phase === "ended" ? m.list.progressEnded : m.list.progress, { percent: formatPercent(g.progress, locale, 0) }) : null,
      expectedText: g.expectedSoFar !== null && g.phase === "running" ? fill(m.list.expected, { value: value(g.expectedSoFar) }) : null,
      raw: { target: g.target, valueSoFar: g.valueSoFar, projected: g.projected },
      editHref: canEdit ? `${goalsHref({ ...filters, edit: g.id })}#goal-form` : null,
      editing: editing?.id === g.id,
    };
  });
  const filtered = Boolean(state.metric || state.platform || state.phase);
  const listHref = goalsHref(filters);

  return (
    <div className="flex min-w-0 flex-col gap-6" data-testid="goals-page" data-as-of={list.asOf ?? ""} data-today={list.today}>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{m.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">{m.subtitle}</p>
        {list.asOf && (
          <p className="text-xs text-slate-500 dark:text-slate-400" data-testid="goals-as-of">
            {fill(m.asOf, { day: formatDay(list.asOf, locale, true) })}
          </p>
        )}
      </header>

      {!list.asOf && (
        <p className={NOTICE_WARN} role="status" data-testid="goals-no-data">
          {m.noData}
        </p>
      )}
      {(state.dropped || (state.edit && canEdit && !editing)) && (
        <p className={NOTICE_WARN} role="status" data-testid="goals-url-notice">
          {state.edit && canEdit && !editing ? fill(m.editMissing, { id: state.edit }) : m.notUnderstood}
        </p>
      )}
      {!canEdit && (
        <p className={NOTICE_INFO} data-testid="goals-read-only">
          {m.readOnly}
        </p>
      )}

      {canEdit && (
        <GoalForm
          key={editing ? `edit-${editing.id}` : "new"}
          editing={editing ? { id: editing.id, name: name(editing) } : null}
          initial={initial}
          metrics={metrics}
          platforms={platforms}
          accounts={accounts.map((a) => ({ id: a.id, platformKey: a.platformKey, label: `${a.displayName} (${platformName(a.platformKey as (typeof PLATFORM_KEYS)[number], locale)})` }))}
          periods={periods}
          currentPeriods={currentPeriods}
          currency={currency}
          listHref={listHref}
          locale={locale}
          messages={m}
        />
      )}

      <section aria-labelledby="goal-list-title" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="goal-list-title" className="text-base font-semibold">
            {m.list.title}
          </h2>
          <span className="text-xs text-slate-500 dark:text-slate-400" data-testid="goal-count">
            {fill(m.list.count, { count: list.goals.length })}
          </span>
        </div>
        <GoalFilters state={filters} metrics={metrics} platforms={platforms} messages={m} />
        {cards.length > 0 ? (
          <GoalList goals={cards} canEdit={canEdit} locale={locale} messages={m} />
        ) : filtered ? (
          <EmptyState title={m.empty.filteredTitle} body={m.empty.filteredBody} action={{ href: "/goals", label: m.filters.reset }} />
        ) : (
          <EmptyState title={m.empty.title} body={canEdit ? m.empty.manager : m.empty.reader} />
        )}
      </section>
    </div>
  );
}
