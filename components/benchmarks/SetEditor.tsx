"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { BUTTON_PRIMARY, FIELD, NOTICE_ERROR, NOTICE_OK } from "@/components/data/ui";
import { Field, INVALID } from "@/components/settings/Field";
import { NO_PROBLEM, problemOf, sendParsed, type Problem } from "@/components/settings/http";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { BenchmarksMessages } from "@/lib/i18n/messages/benchmarks";
import { BenchmarkWriteResponse } from "@/lib/schemas/api/benchmarks";
import { BenchmarkSetKind } from "@/lib/schemas/enums";
import { draftOf, valueOfDraft } from "./format";
import { FigureRow } from "./FigureRow";
import type { FigureView, SetView } from "./types";

/** A refused field may be far up a long list: take the keyboard (and the eye) to the first one once it is marked. */
function focusFirstInvalid(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="set-editor"] [aria-invalid="true"]')?.focus());
}

const SET_FIELDS = ["nameZh", "nameEn", "kind", "source"] as const;
type SetField = (typeof SET_FIELDS)[number];

/** What the form holds: every text as typed, so a refused value stays for the user to correct. */
interface Draft {
  fields: Record<SetField, string>;
  values: Record<string, string>;
}

function draftFrom(set: SetView, figures: readonly FigureView[]): Draft {
  return {
    fields: { nameZh: set.nameZh, nameEn: set.nameEn, kind: set.kind, source: set.source },
    values: Object.fromEntries(figures.map((f) => [f.key, draftOf(f.value, f.inputKind)])),
  };
}

/**
 * A set of the workspace's own, editable: names, kind, source and every
 * figure's value. Saving sends only what differs from the saved set, through
 * PATCH /api/v1/benchmarks/[id] (the route's schema and unit checks decide);
 * a refused field keeps the typed text and says, in the page's language,
 * what it takes.
 */
export function SetEditor({ set, figures, locale, messages }: { set: SetView; figures: FigureView[]; locale: Locale; messages: BenchmarksMessages }) {
  const m = messages;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [saved, setSaved] = useState(() => draftFrom(set, figures));
  const [draft, setDraft] = useState(saved);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem>(NO_PROBLEM);
  const [notice, setNotice] = useState<string | null>(null);

  const setField = (field: SetField, value: string) => {
    setDraft((d) => ({ ...d, fields: { ...d.fields, [field]: value } }));
    setNotice(null);
  };
  const setValue = (key: string, value: string) => {
    setDraft((d) => ({ ...d, values: { ...d.values, [key]: value } }));
    setNotice(null);
  };
  const valueMessage = (f: FigureView) => m.edit[f.valueKind];

  const save = async () => {
    const body: Record<string, unknown> = {};
    for (const field of SET_FIELDS) if (draft.fields[field] !== saved.fields[field]) body[field] = draft.fields[field];
    const values: Record<string, number> = {};
    const local: Record<string, string> = {};
    for (const f of figures) {
      const text = draft.values[f.key] ?? "";
      if (text === saved.values[f.key]) continue;
      const value = valueOfDraft(text, f.inputKind);
      if (value === null) local[`values.${f.key}`] = m.edit.notANumber;
      else values[f.key] = value;
    }
    if (Object.keys(local).length) {
      setProblem({ message: m.errors.invalid, fields: local });
      focusFirstInvalid();
      return;
    }
    if (Object.keys(values).length) body.values = values;
    setNotice(null);
    if (Object.keys(body).length === 0) {
      setProblem(NO_PROBLEM);
      setNotice(m.edit.unchanged);
      return;
    }
    setSaving(true);
    const reply = await sendParsed(`/api/v1/benchmarks/${set.id}`, "PATCH", locale, BenchmarkWriteResponse, body);
    setSaving(false);
    if (reply.kind !== "ok") {
      const known = [...SET_FIELDS, ...figures.map((f) => `values.${f.key}`)];
      const p = problemOf(reply, m.errors, known);
      // The server speaks of stored values (0.032); the field takes them as the page shows them (3.2 %).
      for (const f of figures) if (p.fields[`values.${f.key}`]) p.fields[`values.${f.key}`] = valueMessage(f);
      setProblem(p);
      focusFirstInvalid();
      return;
    }
    const next: Draft = {
      fields: { nameZh: reply.data.set.nameZh, nameEn: reply.data.set.nameEn, kind: reply.data.set.kind, source: reply.data.set.source },
      values: Object.fromEntries(figures.map((f) => [f.key, draftOf(reply.data.benchmarks.find((b) => b.key === f.key)?.value ?? f.value, f.inputKind)])),
    };
    setProblem(NO_PROBLEM);
    setSaved(next);
    setDraft(next);
    setNotice(reply.data.changed.length ? m.edit.saved : m.edit.unchanged);
    startTransition(() => router.refresh());
  };

  const input = `${FIELD} ${INVALID} w-full`;
  const error = (field: string) => problem.fields[field] ?? null;
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      aria-labelledby="edit-title"
      data-testid="set-editor"
    >
      <h2 id="edit-title" className="text-base font-semibold">
        {m.edit.title}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={m.create.nameZh} error={error("nameZh")}>
          {(c) => <input {...c} className={input} value={draft.fields.nameZh} onChange={(e) => setField("nameZh", e.target.value)} maxLength={100} autoComplete="off" data-testid="edit-name-zh" />}
        </Field>
        <Field label={m.create.nameEn} error={error("nameEn")}>
          {(c) => <input {...c} className={input} value={draft.fields.nameEn} onChange={(e) => setField("nameEn", e.target.value)} maxLength={100} autoComplete="off" data-testid="edit-name-en" />}
        </Field>
        <Field label={m.kindLabel} error={error("kind")}>
          {(c) => (
            <select {...c} className={input} value={draft.fields.kind} onChange={(e) => setField("kind", e.target.value)} data-testid="edit-kind">
              {BenchmarkSetKind.options.map((k) => (
                <option key={k} value={k}>
                  {m.kinds[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m.source} error={error("source")}>
          {(c) => <input {...c} className={input} value={draft.fields.source} onChange={(e) => setField("source", e.target.value)} maxLength={300} autoComplete="off" data-testid="edit-source" />}
        </Field>
      </div>

      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800" aria-label={fill(m.figureList, { name: draft.fields[locale === "zh-CN" ? "nameZh" : "nameEn"] })}>
        {figures.map((f) => {
          const field = `values.${f.key}`;
          return (
            <FigureRow
              key={f.key}
              figure={f}
              messages={m}
              value={
                <Field label={<span className="sr-only">{fill(m.edit.valueLabel, { figure: f.label })}</span>} error={error(field)} className="sm:w-56">
                  {(c) => (
                    <div className="flex items-center gap-1">
                      {f.inputKind === "roi" && <span className="text-sm text-slate-600 dark:text-slate-300">1:</span>}
                      <input
                        {...c}
                        className={`${input} text-right tabular-nums`}
                        value={draft.values[f.key] ?? ""}
                        onChange={(e) => setValue(f.key, e.target.value)}
                        inputMode="decimal"
                        autoComplete="off"
                        data-testid={`value-${f.key}`}
                      />
                      {f.inputUnit && <span className="max-w-[50%] text-sm leading-tight text-slate-600 dark:text-slate-300">{f.inputUnit}</span>}
                    </div>
                  )}
                </Field>
              }
            />
          );
        })}
      </ul>

      {problem.message && (
        <p className={NOTICE_ERROR} role="alert" data-testid="edit-error">
          {problem.message}
        </p>
      )}
      {notice && (
        <p className={NOTICE_OK} role="status" data-testid="edit-notice">
          {notice}
        </p>
      )}
      <div>
        <button type="submit" className={BUTTON_PRIMARY} disabled={saving} data-testid="edit-save">
          {saving ? m.edit.saving : m.edit.save}
        </button>
      </div>
    </form>
  );
}
