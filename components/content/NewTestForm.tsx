"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { BUTTON_PRIMARY, FIELD, NOTICE_ERROR } from "@/components/data/ui";
import { Field, INVALID } from "@/components/settings/Field";
import { NO_PROBLEM, problemOf, sendParsed, type Problem } from "@/components/settings/http";
import type { Locale } from "@/lib/i18n/locale";
import type { ContentMessages } from "@/lib/i18n/messages/content";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";
import { ContentTestEditResponse } from "@/lib/schemas/api/content-tests";
import { contentPageHref, type ContentPageParams } from "@/lib/schemas/content-page-params";

const FIELDS = ["name", "hypothesis", "controlVariant", "startDay", "endDay"] as const;
type Draft = Record<(typeof FIELDS)[number], string>;
const noSubscription = () => () => {};
const EMPTY: Draft = { name: "", hypothesis: "", controlVariant: "A", startDay: "", endDay: "" };

/** A new content test; on success the page shows it. What was typed stays when the server refuses it. */
export function NewTestForm({ params, locale, messages, errors }: { params: ContentPageParams; locale: Locale; messages: ContentMessages; errors: SettingsMessages["errors"] }) {
  const m = messages.edit;
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>(NO_PROBLEM);
  /** true once hydrated: a submit before then would reload the page instead */
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);

  const create = async () => {
    setBusy(true);
    const body = {
      name: draft.name,
      hypothesis: draft.hypothesis.trim() === "" ? null : draft.hypothesis,
      controlVariant: draft.controlVariant,
      startDay: draft.startDay.trim(),
      endDay: draft.endDay.trim() === "" ? null : draft.endDay.trim(),
    };
    const reply = await sendParsed("/api/v1/content/tests", "POST", locale, ContentTestEditResponse, body);
    setBusy(false);
    if (reply.kind !== "ok") return setProblem(problemOf(reply, errors, FIELDS));
    setProblem(NO_PROBLEM);
    setDraft(EMPTY);
    router.push(contentPageHref({ ...params, test: reply.data.test.key }), { scroll: false });
    router.refresh();
  };

  const input = (key: (typeof FIELDS)[number], label: string, extra: { help?: string; maxLength: number; placeholder?: string; inputMode?: "numeric" }) => (
    <Field label={label} help={extra.help} error={problem.fields[key] ?? null}>
      {(control) => (
        <input
          {...control}
          className={`${FIELD} ${INVALID} w-full`}
          value={draft[key]}
          maxLength={extra.maxLength}
          placeholder={extra.placeholder}
          inputMode={extra.inputMode}
          disabled={busy}
          onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
          data-testid={`new-test-${key}`}
        />
      )}
    </Field>
  );

  return (
    <form
      className="flex flex-col gap-3 rounded-lg border border-dashed border-slate-300 p-3 dark:border-slate-700"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
      aria-labelledby="new-test-title"
      data-testid="new-test-form"
      data-ready={ready}
    >
      <h3 id="new-test-title" className="text-sm font-semibold">
        {m.newTitle}
      </h3>
      <div className="grid gap-3 sm:grid-cols-2">
        {input("name", m.name, { maxLength: 100 })}
        {input("controlVariant", m.controlVariant, { maxLength: 40, help: m.controlHelp })}
        {input("startDay", m.startDay, { maxLength: 10, help: m.dayHelp, placeholder: "2026-11-02", inputMode: "numeric" })}
        {input("endDay", m.endDay, { maxLength: 10, help: m.dayHelp, inputMode: "numeric" })}
        <div className="sm:col-span-2">{input("hypothesis", m.hypothesis, { maxLength: 500 })}</div>
      </div>
      {problem.message && (
        <p role="alert" className={NOTICE_ERROR} data-testid="new-test-error">
          {problem.message}
        </p>
      )}
      <div>
        <button type="submit" className={BUTTON_PRIMARY} disabled={busy} data-testid="new-test-submit">
          {busy ? m.creating : m.create}
        </button>
      </div>
    </form>
  );
}
