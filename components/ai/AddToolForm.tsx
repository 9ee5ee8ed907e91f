"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { BUTTON_PRIMARY, NOTICE_ERROR, NOTICE_OK } from "@/components/data/ui";
import { NO_PROBLEM, problemOf, sendParsed, type Problem } from "@/components/settings/http";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { AiMessages } from "@/lib/i18n/messages/ai";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";
import type { AiToolCategory, ScorecardCriterion } from "@/lib/metrics/scorecard";
import { AiScorecardEditResponse } from "@/lib/schemas/api/ai-scorecard";
import { readScores, scoreDraftOf, type ScoreDraft } from "./score-draft";
import { ScoreInputs } from "./ScoreInputs";
import { ToolFields } from "./ToolFields";

/** A new tool with its scores; what was typed stays when the server refuses it. */
export function AddToolForm({ criteria, locale, messages, errors }: { criteria: ScorecardCriterion[]; locale: Locale; messages: AiMessages; errors: SettingsMessages["errors"] }) {
  const m = messages.tools;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [name, setName] = useState("");
  const [category, setCategory] = useState<AiToolCategory>("copywriting");
  const [scores, setScores] = useState<ScoreDraft>(() => scoreDraftOf(criteria, {}));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>(NO_PROBLEM);
  const [notice, setNotice] = useState<string | null>(null);

  const add = async () => {
    const read = readScores(criteria, scores);
    if (read.invalid.length) {
      return setProblem({ message: errors.invalid, fields: Object.fromEntries(read.invalid.map((c) => [`scores.${c}`, m.scoreInvalid])) });
    }
    setBusy(true);
    setNotice(null);
    const reply = await sendParsed("/api/v1/ai-tools", "POST", locale, AiScorecardEditResponse, { name, category, scores: read.scores });
    setBusy(false);
    if (reply.kind !== "ok") return setProblem(problemOf(reply, errors, ["name", "category", ...criteria.map((c) => `scores.${c}`)]));
    setProblem(NO_PROBLEM);
    setNotice(fill(m.added, { name: name.trim() }));
    setName("");
    setScores(scoreDraftOf(criteria, {}));
    startTransition(() => router.refresh());
  };

  return (
    <form
      className="flex flex-col gap-3 rounded-lg border border-dashed border-slate-300 p-3 dark:border-slate-700"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
      aria-labelledby="add-tool-title"
      data-testid="add-tool-form"
    >
      <h3 id="add-tool-title" className="text-sm font-semibold">
        {m.addTitle}
      </h3>
      <ToolFields
        name={name}
        category={category}
        errors={problem.fields}
        disabled={busy}
        messages={messages}
        testIdPrefix="new-tool"
        placeholder={m.namePlaceholder}
        onName={(value) => {
          setName(value);
          setNotice(null);
        }}
        onCategory={(value) => setCategory(value as AiToolCategory)}
      />
      <ScoreInputs criteria={criteria} draft={scores} toolName={name} errors={problem.fields} disabled={busy} messages={messages} onChange={(c, value) => setScores((s) => ({ ...s, [c]: value }))} />
      {problem.message && (
        <p role="alert" className={NOTICE_ERROR} data-testid="add-tool-error">
          {problem.message}
        </p>
      )}
      {notice && (
        <p role="status" className={NOTICE_OK} data-testid="add-tool-notice">
          {notice}
        </p>
      )}
      <div>
        <button type="submit" className={BUTTON_PRIMARY} disabled={busy} data-testid="add-tool-submit">
          {busy ? m.adding : m.add}
        </button>
      </div>
    </form>
  );
}
