"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, CAPTION, FIELD, NOTICE_ERROR, NOTICE_OK } from "@/components/data/ui";
import { Field, INVALID } from "@/components/settings/Field";
import { NO_PROBLEM, problemOf, sendParsed, type Problem } from "@/components/settings/http";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import type { AiMessages } from "@/lib/i18n/messages/ai";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";
import type { ScorecardCriterion, ScorecardWeights } from "@/lib/metrics/scorecard";
import { AiScorecardEditResponse } from "@/lib/schemas/api/ai-scorecard";

interface Props {
  criteria: ScorecardCriterion[];
  weights: ScorecardWeights;
  /** each saved weight's part of all weights (lib/metrics/scorecard weightShares) */
  shares: Record<ScorecardCriterion, number | null>;
  source: "workspace" | "default";
  canEdit: boolean;
  locale: Locale;
  messages: AiMessages;
  errors: SettingsMessages["errors"];
}

type Draft = Record<ScorecardCriterion, string>;

const draftOf = (criteria: ScorecardCriterion[], w: ScorecardWeights): Draft => Object.fromEntries(criteria.map((c) => [c, String(w[c])])) as Draft;

/** The criteria's weights, typed as numbers; a refused value stays as typed with the reason under it. */
export function WeightsForm({ criteria, weights, shares, source, canEdit, locale, messages, errors }: Props) {
  const m = messages.weights;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [draft, setDraft] = useState<Draft>(() => draftOf(criteria, weights));
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem>(NO_PROBLEM);
  const [notice, setNotice] = useState<string | null>(null);
  const fieldName = (c: ScorecardCriterion) => `weights.${c}`;

  const send = async (body: { weights: Record<string, number> | null }, done: string) => {
    setSaving(true);
    setNotice(null);
    const reply = await sendParsed("/api/v1/ai-tools/scorecard", "PATCH", locale, AiScorecardEditResponse, body);
    setSaving(false);
    if (reply.kind !== "ok") return setProblem(problemOf(reply, errors, ["weights", ...criteria.map(fieldName)]));
    setProblem(NO_PROBLEM);
    setDraft(draftOf(criteria, reply.data.scorecard.weights));
    setNotice(done);
    startTransition(() => router.refresh());
  };

  const save = async () => {
    const parsed: Record<string, number> = {};
    const bad: Record<string, string> = {};
    for (const c of criteria) {
      const text = draft[c].trim().replace(",", ".");
      const n = text === "" ? Number.NaN : Number(text);
      if (!Number.isFinite(n) || n < 0 || n > 1000) bad[fieldName(c)] = m.invalid;
      else parsed[c] = n;
    }
    if (Object.keys(bad).length) return setProblem({ message: errors.invalid, fields: bad });
    if (criteria.every((c) => parsed[c] === weights[c]) && source === "workspace") {
      setProblem(NO_PROBLEM);
      return setNotice(m.unchanged);
    }
    await send({ weights: parsed }, m.saved);
  };

  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      data-testid="weights-form"
    >
      <p className={CAPTION} data-testid="weights-source" data-source={source}>
        {source === "workspace" ? m.sourceWorkspace : m.sourceDefault}
      </p>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {criteria.map((c) => (
          <Field
            key={c}
            label={messages.criteria[c]}
            help={
              <>
                {m.share}: <span data-testid={`weight-share-${c}`}>{formatPercent(shares[c], locale, 0)}</span> · {messages.criteriaHelp[c]}
              </>
            }
            error={problem.fields[fieldName(c)] ?? null}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="decimal"
                className={`${FIELD} ${INVALID} w-full tabular-nums`}
                value={draft[c]}
                disabled={!canEdit || saving}
                onChange={(e) => {
                  const value = e.target.value;
                  setDraft((d) => ({ ...d, [c]: value }));
                  setNotice(null);
                }}
                data-testid={`weight-${c}`}
              />
            )}
          </Field>
        ))}
      </div>
      {problem.message && (
        <p role="alert" className={NOTICE_ERROR} data-testid="weights-error">
          {problem.message}
        </p>
      )}
      {notice && (
        <p role="status" className={NOTICE_OK} data-testid="weights-notice">
          {notice}
        </p>
      )}
      {canEdit && (
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={BUTTON_PRIMARY} disabled={saving} data-testid="weights-save">
            {saving ? m.saving : m.save}
          </button>
          {source === "workspace" && (
            <button type="button" className={BUTTON_SECONDARY} disabled={saving} onClick={() => void send({ weights: null }, m.resetDone)} data-testid="weights-reset">
              {m.reset}
            </button>
          )}
        </div>
      )}
    </form>
  );
}
