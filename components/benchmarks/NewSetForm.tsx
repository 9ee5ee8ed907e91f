"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { BUTTON_PRIMARY, FIELD, NOTICE_ERROR } from "@/components/data/ui";
import { Field, INVALID } from "@/components/settings/Field";
import { NO_PROBLEM, problemOf, sendParsed, type Problem } from "@/components/settings/http";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import { benchmarks, type BenchmarksMessages } from "@/lib/i18n/messages/benchmarks";
import { BenchmarkWriteResponse } from "@/lib/schemas/api/benchmarks";
import { BenchmarkSetKind } from "@/lib/schemas/enums";

const FIELDS = ["nameZh", "nameEn", "kind", "copyFrom"] as const;

interface SetOption {
  key: string;
  name: string;
  nameZh: string;
  nameEn: string;
}

/**
 * A new set of the workspace's own (POST /api/v1/benchmarks), by default a
 * copy of the set on screen; once made, the page shows it (?set=its key).
 */
export function NewSetForm({ sets, copyFrom, locale, messages }: { sets: SetOption[]; copyFrom: string | null; locale: Locale; messages: BenchmarksMessages }) {
  const m = messages;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const from = sets.find((s) => s.key === copyFrom);
  const [draft, setDraft] = useState({
    nameZh: from ? fill(benchmarks["zh-CN"].create.copyName, { name: from.nameZh }) : "",
    nameEn: from ? fill(benchmarks.en.create.copyName, { name: from.nameEn }) : "",
    kind: "industry" as string,
    copyFrom: from?.key ?? "",
  });
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem>(NO_PROBLEM);
  const set = (field: (typeof FIELDS)[number]) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const error = (field: (typeof FIELDS)[number]) => problem.fields[field] ?? null;

  const submit = async () => {
    setSaving(true);
    const body = { nameZh: draft.nameZh, nameEn: draft.nameEn, kind: draft.kind, ...(draft.copyFrom ? { copyFrom: draft.copyFrom } : {}) };
    const reply = await sendParsed("/api/v1/benchmarks", "POST", locale, BenchmarkWriteResponse, body);
    setSaving(false);
    if (reply.kind !== "ok") {
      setProblem(problemOf(reply, m.errors, FIELDS));
      return;
    }
    setProblem(NO_PROBLEM);
    startTransition(() => {
      router.push(`/benchmarks?set=${encodeURIComponent(reply.data.set.key)}`);
      router.refresh();
    });
  };

  const input = `${FIELD} ${INVALID} w-full`;
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="new-set-form"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={m.create.nameZh} error={error("nameZh")}>
          {(c) => <input {...c} className={input} value={draft.nameZh} onChange={(e) => set("nameZh")(e.target.value)} maxLength={100} autoComplete="off" data-testid="new-name-zh" />}
        </Field>
        <Field label={m.create.nameEn} error={error("nameEn")}>
          {(c) => <input {...c} className={input} value={draft.nameEn} onChange={(e) => set("nameEn")(e.target.value)} maxLength={100} autoComplete="off" data-testid="new-name-en" />}
        </Field>
        <Field label={m.kindLabel} error={error("kind")}>
          {(c) => (
            <select {...c} className={input} value={draft.kind} onChange={(e) => set("kind")(e.target.value)} data-testid="new-kind">
              {BenchmarkSetKind.options.map((k) => (
                <option key={k} value={k}>
                  {m.kinds[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m.create.copyFrom} error={error("copyFrom")}>
          {(c) => (
            <select {...c} className={input} value={draft.copyFrom} onChange={(e) => set("copyFrom")(e.target.value)} data-testid="new-copy-from">
              {sets.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.name}
                </option>
              ))}
              <option value="">{m.create.empty}</option>
            </select>
          )}
        </Field>
      </div>
      {problem.message && (
        <p className={NOTICE_ERROR} role="alert" data-testid="new-set-error">
          {problem.message}
        </p>
      )}
      <div>
        <button type="submit" className={BUTTON_PRIMARY} disabled={saving} data-testid="new-set-submit">
          {saving ? m.create.submitting : m.create.submit}
        </button>
      </div>
    </form>
  );
}
