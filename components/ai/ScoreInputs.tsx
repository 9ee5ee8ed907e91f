"use client";

import { FIELD } from "@/components/data/ui";
import { Field, INVALID } from "@/components/settings/Field";
import { fill } from "@/lib/i18n/fill";
import type { AiMessages } from "@/lib/i18n/messages/ai";
import type { ScorecardCriterion } from "@/lib/metrics/scorecard";
import type { ScoreDraft } from "./score-draft";

/** One input per criterion (1–5 or empty), each with the error the form or the server gave for it. */
export function ScoreInputs(p: {
  criteria: readonly ScorecardCriterion[];
  draft: ScoreDraft;
  toolName: string;
  errors: Record<string, string>;
  disabled: boolean;
  messages: AiMessages;
  onChange(criterion: ScorecardCriterion, value: string): void;
}) {
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {p.criteria.map((c) => (
        <Field key={c} label={p.messages.criteria[c]} error={p.errors[`scores.${c}`] ?? null}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              aria-label={fill(p.messages.tools.scoreLabel, { criterion: p.messages.criteria[c], name: p.toolName || "—" })}
              className={`${FIELD} ${INVALID} w-full tabular-nums`}
              value={p.draft[c]}
              disabled={p.disabled}
              onChange={(e) => p.onChange(c, e.target.value)}
              data-testid={`tool-score-${c}`}
            />
          )}
        </Field>
      ))}
    </div>
  );
}
