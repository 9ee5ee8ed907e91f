"use client";

// Creating a goal, or editing the one named by `?edit=`. The body goes to the
// API's routes as it is (the server checks it with the same zod schema as any
// other client); a refused field gets the server's verdict next to it, said
// in the form's own unit, and everything typed stays for the user to correct.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, CAPTION, FIELD, NOTICE_ERROR, NOTICE_OK } from "@/components/data/ui";
import { Field, INVALID } from "@/components/settings/Field";
import { NO_PROBLEM, problemOf, sendParsed, type Problem } from "@/components/settings/http";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { GoalsMessages } from "@/lib/i18n/messages/goals";
import type { BoardMetricKey } from "@/lib/metrics/board-metrics";
import { currencyDigits } from "@/lib/reference/currencies";
import { GoalResponse, TARGET_RANGE } from "@/lib/schemas/api/goals";
import type { GoalPeriod } from "@/lib/schemas/enums";
import { draftToTarget, targetLimitsText, type GoalUnit } from "./format";

const FIELDS = ["metric", "platformKey", "accountId", "periodType", "period", "target"] as const;

/** What the form holds: every field as chosen or typed. */
export interface GoalDraft {
  metric: BoardMetricKey;
  /** "" = all platforms */
  platformKey: string;
  /** "" = all accounts */
  accountId: string;
  periodType: GoalPeriod;
  period: string;
  /** in the form's unit (%, N of 1:N, major currency units), as typed */
  target: string;
}

export interface GoalFormProps {
  /** the goal being edited, or null for a new one */
  editing: { id: number; name: string } | null;
  initial: GoalDraft;
  metrics: { key: BoardMetricKey; label: string; unit: GoalUnit }[];
  platforms: { key: string; name: string }[];
  accounts: { id: number; platformKey: string; label: string }[];
  periods: Record<GoalPeriod, { key: string; label: string }[]>;
  /** the key of the week, month and quarter holding today: what a change of period type lands on */
  currentPeriods: Record<GoalPeriod, string>;
  currency: string;
  /** where Cancel and a successful save go: the list with its filters */
  listHref: string;
  locale: Locale;
  messages: GoalsMessages;
}

export function GoalForm({ editing, initial, metrics, platforms, accounts, periods, currentPeriods, currency, listHref, locale, messages }: GoalFormProps) {
  const m = messages.form;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [draft, setDraft] = useState<GoalDraft>(initial);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem>(NO_PROBLEM);
  const [notice, setNotice] = useState<string | null>(null);
  /** an edit was saved: the way out reads "Close" rather than "Cancel" */
  const [done, setDone] = useState(false);
  const unit = metrics.find((x) => x.key === draft.metric)?.unit ?? "percent";
  const set = <K extends keyof GoalDraft>(key: K, value: GoalDraft[K]) => {
    setDraft((d) => {
      const next = { ...d, [key]: value };
      // A period of the new type: the current one.
      if (key === "periodType" && value !== d.periodType) next.period = currentPeriods[value as GoalPeriod];
      // An account of another platform no longer fits.
      if (key === "platformKey" && value && accounts.find((a) => String(a.id) === d.accountId)?.platformKey !== value) next.accountId = "";
      return next;
    });
    setNotice(null);
  };
  const error = (field: (typeof FIELDS)[number]) => problem.fields[field] ?? null;
  const visibleAccounts = draft.platformKey ? accounts.filter((a) => a.platformKey === draft.platformKey) : accounts;

  /** The server's verdict on the target, in the unit the user typed it in. */
  const targetMessage = (): string => {
    const limits = targetLimitsText(unit, TARGET_RANGE[draft.metric], locale, currency);
    return unit === "money_minor" ? fill(m.targetMoney, { ...limits, digits: currencyDigits(currency) }) : fill(m.targetRange, limits);
  };

  const save = async () => {
    setNotice(null);
    const target = draftToTarget(unit, draft.target, currency);
    if (target === null) {
      setProblem({ message: messages.errors.invalid, fields: { target: fill(m.notANumber, { example: unit === "percent" ? "3.2" : unit === "ratio" ? "18" : "250000" }) } });
      return;
    }
    const body = {
      metric: draft.metric,
      platformKey: draft.platformKey || null,
      accountId: draft.accountId ? Number(draft.accountId) : null,
      periodType: draft.periodType,
      period: draft.period,
      target,
    };
    setSaving(true);
    const reply = editing
      ? await sendParsed(`/api/v1/goals/${editing.id}`, "PATCH", locale, GoalResponse, body)
      : await sendParsed("/api/v1/goals", "POST", locale, GoalResponse, body);
    setSaving(false);
    if (reply.kind !== "ok") {
      const p = problemOf(reply, messages.errors, FIELDS);
      if (reply.kind === "refused" && reply.answer.status === 404) p.message = messages.errors.notFound;
      // range and whole-minor-unit refusals are worded in the form's unit; other target messages (a duplicate…) stay the server's
      if (p.fields.target) p.fields.target = targetMessage();
      setProblem(p);
      return;
    }
    setProblem(NO_PROBLEM);
    if (!editing) setDraft((d) => ({ ...d, target: "" }));
    setNotice(editing ? m.saved : m.created);
    setDone(true);
    // The list below (and every other page) reads the goals afresh.
    startTransition(() => router.refresh());
  };

  const input = `${FIELD} ${INVALID} w-full`;
  const title = editing ? fill(m.editTitle, { id: editing.id }) : m.newTitle;
  return (
    <section id="goal-form" aria-labelledby="goal-form-title" className="flex scroll-mt-20 flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900" data-testid="goal-form-card">
      <div className="flex flex-col gap-1">
        <h2 id="goal-form-title" className="text-base font-semibold">
          {title}
          {editing && <span className="ml-2 font-normal text-slate-600 dark:text-slate-300">{editing.name}</span>}
        </h2>
        <p className={CAPTION}>{m.caption}</p>
      </div>
      <form
        className="flex flex-col gap-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        data-testid="goal-form"
        data-mode={editing ? "edit" : "create"}
      >
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Field label={m.metric} error={error("metric")}>
            {(c) => (
              <select {...c} className={input} value={draft.metric} onChange={(e) => set("metric", e.target.value as BoardMetricKey)} data-testid="goal-metric">
                {metrics.map((x) => (
                  <option key={x.key} value={x.key}>
                    {x.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={m.platform} error={error("platformKey")}>
            {(c) => (
              <select {...c} className={input} value={draft.platformKey} onChange={(e) => set("platformKey", e.target.value)} data-testid="goal-platform">
                <option value="">{m.allPlatforms}</option>
                {platforms.map((p) => (
                  <option key={p.key} value={p.key}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={m.account} help={m.accountHelp} error={error("accountId")}>
            {(c) => (
              <select {...c} className={input} value={draft.accountId} onChange={(e) => set("accountId", e.target.value)} data-testid="goal-account">
                <option value="">{m.allAccounts}</option>
                {visibleAccounts.map((a) => (
                  <option key={a.id} value={String(a.id)}>
                    {a.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={m.periodType} error={error("periodType")}>
            {(c) => (
              <select {...c} className={input} value={draft.periodType} onChange={(e) => set("periodType", e.target.value as GoalPeriod)} data-testid="goal-period-type">
                {(["week", "month", "quarter"] as const).map((p) => (
                  <option key={p} value={p}>
                    {messages.periodTypes[p]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={m.period} error={error("period")}>
            {(c) => (
              <select {...c} className={input} value={draft.period} onChange={(e) => set("period", e.target.value)} data-testid="goal-period">
                {periods[draft.periodType].map((p) => (
                  <option key={p.key} value={p.key}>
                    {p.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={`${m.target} (${fill(m.targetUnit[unit], { currency })})`} help={fill(m.targetHelp[unit], { currency })} error={error("target")}>
            {(c) => (
              <input
                {...c}
                className={input}
                value={draft.target}
                onChange={(e) => set("target", e.target.value)}
                inputMode="decimal"
                autoComplete="off"
                spellCheck={false}
                required
                data-testid="goal-target"
              />
            )}
          </Field>
        </div>

        {problem.message && (
          <p className={NOTICE_ERROR} role="alert" data-testid="goal-form-error">
            {problem.message}
          </p>
        )}
        {notice && (
          <p className={NOTICE_OK} role="status" data-testid="goal-form-notice">
            {notice}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={BUTTON_PRIMARY} disabled={saving} data-testid="goal-save">
            {saving ? m.saving : editing ? m.save : m.create}
          </button>
          {editing && (
            <Link href={listHref} scroll={false} className={BUTTON_SECONDARY} data-testid="goal-cancel">
              {done ? m.close : m.cancel}
            </Link>
          )}
        </div>
      </form>
    </section>
  );
}

