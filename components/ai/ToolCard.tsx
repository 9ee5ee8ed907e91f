"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { BUTTON_DANGER, BUTTON_PRIMARY, BUTTON_SECONDARY, NOTICE_ERROR, NOTICE_OK } from "@/components/data/ui";
import { NO_PROBLEM, problemOf, sendParsed, type Problem } from "@/components/settings/http";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { AiMessages } from "@/lib/i18n/messages/ai";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";
import type { ScorecardCriterion } from "@/lib/metrics/scorecard";
import { AiScorecardEditResponse, type AiScorecardResponse } from "@/lib/schemas/api/ai-scorecard";
import { readScores, scoreDraftOf, type ScoreDraft } from "./score-draft";
import { ScoreInputs } from "./ScoreInputs";
import { ToolFields } from "./ToolFields";

type Tool = AiScorecardResponse["tools"][number];

interface Props {
  tool: Tool;
  criteria: ScorecardCriterion[];
  canEdit: boolean;
  locale: Locale;
  messages: AiMessages;
  errors: SettingsMessages["errors"];
}

const FIELDS = ["name", "category"] as const;

/** One tool: its name, category and scores, saved together (only what changed is sent), or removed after a confirmation. */
export function ToolCard({ tool, criteria, canEdit, locale, messages, errors }: Props) {
  const m = messages.tools;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [saved, setSaved] = useState(tool);
  const [name, setName] = useState(tool.name);
  const [category, setCategory] = useState(tool.category);
  const [scores, setScores] = useState<ScoreDraft>(() => scoreDraftOf(criteria, tool.scores));
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem>(NO_PROBLEM);
  const [notice, setNotice] = useState<string | null>(null);
  const known = [...FIELDS, ...criteria.map((c) => `scores.${c}`)];

  const save = async () => {
    const read = readScores(criteria, scores);
    if (read.invalid.length) {
      return setProblem({ message: errors.invalid, fields: Object.fromEntries(read.invalid.map((c) => [`scores.${c}`, m.scoreInvalid])) });
    }
    const body: Record<string, unknown> = {};
    if (name.trim() !== saved.name) body.name = name.trim();
    if (category !== saved.category) body.category = category;
    const changed = criteria.filter((c) => read.scores[c] !== saved.scores[c]);
    if (changed.length) body.scores = Object.fromEntries(changed.map((c) => [c, read.scores[c]]));
    setNotice(null);
    if (Object.keys(body).length === 0) {
      setProblem(NO_PROBLEM);
      return setNotice(fill(m.unchanged, { name: saved.name }));
    }
    setBusy(true);
    const reply = await sendParsed(`/api/v1/ai-tools/${tool.id}`, "PATCH", locale, AiScorecardEditResponse, body);
    setBusy(false);
    if (reply.kind !== "ok") return setProblem(problemOf(reply, errors, known));
    const now = reply.data.scorecard.tools.find((t) => t.id === tool.id);
    setProblem(NO_PROBLEM);
    if (now) {
      setSaved(now);
      setName(now.name);
      setScores(scoreDraftOf(criteria, now.scores));
    }
    setNotice(fill(m.saved, { name: now?.name ?? saved.name }));
    startTransition(() => router.refresh());
  };

  const remove = async () => {
    setBusy(true);
    const reply = await sendParsed(`/api/v1/ai-tools/${tool.id}`, "DELETE", locale, AiScorecardEditResponse);
    setBusy(false);
    setConfirming(false);
    if (reply.kind !== "ok") return setProblem(problemOf(reply, errors));
    startTransition(() => router.refresh());
  };

  return (
    <form
      className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      aria-label={saved.name}
      data-testid="tool-card"
      data-tool={tool.key}
    >
      <ToolFields
        name={name}
        category={category}
        errors={problem.fields}
        disabled={!canEdit || busy}
        messages={messages}
        testIdPrefix="tool"
        onName={(value) => {
          setName(value);
          setNotice(null);
        }}
        onCategory={setCategory}
      />
      <ScoreInputs
        criteria={criteria}
        draft={scores}
        toolName={saved.name}
        errors={problem.fields}
        disabled={!canEdit || busy}
        messages={messages}
        onChange={(c, value) => {
          setScores((s) => ({ ...s, [c]: value }));
          setNotice(null);
        }}
      />
      {problem.message && (
        <p role="alert" className={NOTICE_ERROR} data-testid="tool-error">
          {problem.message}
        </p>
      )}
      {notice && (
        <p role="status" className={NOTICE_OK} data-testid="tool-notice">
          {notice}
        </p>
      )}
      {canEdit && (
        <div className="flex flex-wrap items-center gap-2">
          <button type="submit" className={BUTTON_PRIMARY} disabled={busy} aria-label={fill(m.saveLabel, { name: saved.name })} data-testid="tool-save">
            {busy ? m.saving : m.save}
          </button>
          {confirming ? (
            <span className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={fill(m.confirmRemove, { name: saved.name })}>
              <span>{fill(m.confirmRemove, { name: saved.name })}</span>
              <button type="button" className={BUTTON_DANGER} disabled={busy} onClick={() => void remove()} data-testid="tool-remove-confirm">
                {m.confirm}
              </button>
              <button type="button" className={BUTTON_SECONDARY} onClick={() => setConfirming(false)}>
                {m.keep}
              </button>
            </span>
          ) : (
            <button type="button" className={BUTTON_DANGER} disabled={busy} onClick={() => setConfirming(true)} aria-label={fill(m.removeLabel, { name: saved.name })} data-testid="tool-remove">
              {m.remove}
            </button>
          )}
        </div>
      )}
    </form>
  );
}
