"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { BUTTON_PRIMARY, FIELD, NOTICE_ERROR, NOTICE_OK } from "@/components/data/ui";
import type { Locale } from "@/lib/i18n/locale";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";
import { SettingsPatchResponse, type WorkspaceSettingsJson } from "@/lib/schemas/api/settings";
import { Field, INVALID } from "./Field";
import { NO_PROBLEM, problemOf, sendParsed, type Problem } from "./http";

interface Props {
  settings: WorkspaceSettingsJson;
  /** the sets the workspace may use, named in the page's language */
  benchmarkSets: { key: string; name: string; builtIn: boolean }[];
  timeZones: string[];
  currencies: string[];
  locale: Locale;
  messages: SettingsMessages;
}

const FIELDS = ["name", "weekStart", "timeZone", "currency", "interactionDenominator", "benchmarkTolerance", "activeBenchmarkSet"] as const;

/** What the form holds: the texts as typed, so a refused value stays for the user to correct. */
interface Draft {
  name: string;
  weekStart: string;
  timeZone: string;
  currency: string;
  interactionDenominator: string;
  /** percent, as typed */
  tolerance: string;
  activeBenchmarkSet: string;
}

/** 0.1 → "10"; 0.125 → "12.5" (rounded to hundredths of a percent, so 0.07 is not 7.000000000000001). */
const percent = (fraction: number) => String(Math.round(fraction * 10_000) / 100);

function draftOf(s: WorkspaceSettingsJson): Draft {
  return {
    name: s.name,
    weekStart: String(s.weekStart),
    timeZone: s.timeZone,
    currency: s.currency,
    interactionDenominator: s.interactionDenominator,
    tolerance: percent(s.benchmarkTolerance),
    activeBenchmarkSet: s.activeBenchmarkSet ?? "",
  };
}

/**
 * The fields that differ from the saved settings, as the route takes them.
 * Sending only those keeps another admin's change to another field.
 */
function patchOf(draft: Draft, saved: WorkspaceSettingsJson): { body: Record<string, unknown>; toleranceInvalid: boolean } {
  const body: Record<string, unknown> = {};
  if (draft.name !== saved.name) body.name = draft.name;
  if (draft.weekStart !== String(saved.weekStart)) body.weekStart = Number(draft.weekStart);
  if (draft.timeZone !== saved.timeZone) body.timeZone = draft.timeZone.trim();
  if (draft.currency !== saved.currency) body.currency = draft.currency.trim();
  if (draft.interactionDenominator !== saved.interactionDenominator) body.interactionDenominator = draft.interactionDenominator;
  if (draft.activeBenchmarkSet && draft.activeBenchmarkSet !== (saved.activeBenchmarkSet ?? "")) body.activeBenchmarkSet = draft.activeBenchmarkSet;
  const pct = draft.tolerance.trim() === "" ? Number.NaN : Number(draft.tolerance.replace(",", "."));
  const toleranceInvalid = !Number.isFinite(pct);
  if (!toleranceInvalid && draft.tolerance !== percent(saved.benchmarkTolerance)) body.benchmarkTolerance = Number((pct / 100).toFixed(6));
  return { body, toleranceInvalid };
}

export function WorkspaceSettingsForm({ settings, benchmarkSets, timeZones, currencies, locale, messages }: Props) {
  const m = messages.workspace;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [saved, setSaved] = useState(settings);
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem>(NO_PROBLEM);
  const [notice, setNotice] = useState<string | null>(null);
  const set = (key: keyof Draft) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setNotice(null);
  };
  const error = (field: (typeof FIELDS)[number]) => problem.fields[field] ?? null;

  const save = async () => {
    const { body, toleranceInvalid } = patchOf(draft, saved);
    if (toleranceInvalid) {
      setProblem({ message: messages.errors.invalid, fields: { benchmarkTolerance: m.toleranceRange } });
      return;
    }
    setNotice(null);
    if (Object.keys(body).length === 0) {
      setProblem(NO_PROBLEM);
      setNotice(m.unchanged);
      return;
    }
    setSaving(true);
    const reply = await sendParsed("/api/v1/settings", "PATCH", locale, SettingsPatchResponse, body);
    setSaving(false);
    if (reply.kind !== "ok") {
      const p = problemOf(reply, messages.errors, FIELDS);
      // the server counts the tolerance as a fraction; the form asks for percent
      if (p.fields.benchmarkTolerance) p.fields.benchmarkTolerance = m.toleranceRange;
      setProblem(p);
      return;
    }
    setProblem(NO_PROBLEM);
    setSaved(reply.data.settings);
    setDraft(draftOf(reply.data.settings));
    setNotice(reply.data.changed.length ? m.saved : m.unchanged);
    startTransition(() => router.refresh());
  };

  const input = `${FIELD} ${INVALID} w-full`;
  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      data-testid="settings-form"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field label={m.name} error={error("name")}>
          {(c) => <input {...c} className={input} value={draft.name} onChange={(e) => set("name")(e.target.value)} maxLength={100} required autoComplete="off" data-testid="settings-name" />}
        </Field>
        <Field label={m.weekStart} error={error("weekStart")}>
          {(c) => (
            <select {...c} className={input} value={draft.weekStart} onChange={(e) => set("weekStart")(e.target.value)} data-testid="settings-week-start">
              <option value="1">{m.monday}</option>
              <option value="7">{m.sunday}</option>
            </select>
          )}
        </Field>
        <Field label={m.interactionDenominator} error={error("interactionDenominator")}>
          {(c) => (
            <select {...c} className={input} value={draft.interactionDenominator} onChange={(e) => set("interactionDenominator")(e.target.value)} data-testid="settings-denominator">
              {(["impressions", "reach", "followers"] as const).map((d) => (
                <option key={d} value={d}>
                  {m.denominators[d]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m.timeZone} help={m.timeZoneHelp} error={error("timeZone")}>
          {(c) => (
            <>
              <input {...c} className={input} value={draft.timeZone} onChange={(e) => set("timeZone")(e.target.value)} list={`${c.id}-zones`} autoComplete="off" spellCheck={false} data-testid="settings-time-zone" />
              <datalist id={`${c.id}-zones`}>
                {timeZones.map((z) => (
                  <option key={z} value={z} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={m.currency} help={m.currencyHelp} error={error("currency")}>
          {(c) => (
            <>
              <input
                {...c}
                className={`${input} uppercase`}
                value={draft.currency}
                onChange={(e) => set("currency")(e.target.value.toUpperCase())}
                list={`${c.id}-currencies`}
                maxLength={3}
                autoComplete="off"
                spellCheck={false}
                data-testid="settings-currency"
              />
              <datalist id={`${c.id}-currencies`}>
                {currencies.map((code) => (
                  <option key={code} value={code} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={m.benchmarkTolerance} help={m.toleranceHelp} error={error("benchmarkTolerance")}>
          {(c) => (
            <input
              {...c}
              className={input}
              value={draft.tolerance}
              onChange={(e) => set("tolerance")(e.target.value)}
              type="number"
              inputMode="decimal"
              min={0}
              max={50}
              step="any"
              data-testid="settings-tolerance"
            />
          )}
        </Field>
        <Field label={m.activeBenchmarkSet} error={error("activeBenchmarkSet")} className="sm:col-span-2 lg:col-span-3">
          {(c) =>
            benchmarkSets.length === 0 ? (
              <p id={c.id} className="text-sm text-slate-500 dark:text-slate-400">
                {m.noSets}
              </p>
            ) : (
              <select {...c} className={`${input} lg:w-1/2`} value={draft.activeBenchmarkSet} onChange={(e) => set("activeBenchmarkSet")(e.target.value)} data-testid="settings-benchmark-set">
                {benchmarkSets.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.builtIn ? `${s.name} (${m.builtIn})` : s.name}
                  </option>
                ))}
              </select>
            )
          }
        </Field>
      </div>

      {problem.message && (
        <p className={NOTICE_ERROR} role="alert" data-testid="settings-error">
          {problem.message}
        </p>
      )}
      {notice && (
        <p className={NOTICE_OK} role="status" data-testid="settings-notice">
          {notice}
        </p>
      )}
      <div>
        <button type="submit" className={BUTTON_PRIMARY} disabled={saving} data-testid="settings-save">
          {saving ? m.saving : m.save}
        </button>
      </div>
    </form>
  );
}
