"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, CAPTION, FIELD, NOTICE_ERROR, NOTICE_INFO, NOTICE_OK } from "@/components/data/ui";
import { Field, INVALID } from "@/components/settings/Field";
import { NO_PROBLEM, problemOf, sendParsed, type Problem } from "@/components/settings/http";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { FunnelsMessages } from "@/lib/i18n/messages/funnels";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";
import { JourneyEditResponse, type JourneyListItem } from "@/lib/schemas/api/journeys";
import { Industry } from "@/lib/schemas/enums";
import { blankDraft, blankStep, canAddStep, draftOf, moveStep, stepsBody, type JourneyDraft, type StepDraft } from "./journey-draft";
import { StepRow } from "./StepRow";

const KNOWN = ["nameZh", "nameEn", "industry", "steps", "steps.platformKey", "steps.role", "steps.nameZh", "steps.nameEn", "steps.from"];

interface Props {
  /** the journey to edit; none: a new one */
  journey: JourneyListItem | null;
  locale: Locale;
  messages: FunnelsMessages;
  errors: SettingsMessages["errors"];
  onClose: () => void;
}

/**
 * A journey's names, industry and steps. New: POST, then the page moves to
 * the new journey. Edit: PATCH with each step's former position, so that a
 * journey with imported data keeps it under the right step; its steps with
 * data cannot move, go or change platform here (the server refuses it too).
 */
export function JourneyForm({ journey, locale, messages, errors, onClose }: Props) {
  const m = messages.edit;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [draft, setDraft] = useState<JourneyDraft>(() => (journey ? draftOf(journey) : blankDraft()));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>(NO_PROBLEM);
  const [notice, setNotice] = useState<string | null>(null);
  const locked = journey?.observed != null;
  const prefix = journey ? "edit-journey" : "new-journey";

  const update = (patch: Partial<JourneyDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setNotice(null);
  };
  const setSteps = (steps: StepDraft[]) => update({ steps });

  const submit = async () => {
    setBusy(true);
    setNotice(null);
    const body = { nameZh: draft.nameZh, nameEn: draft.nameEn, industry: draft.industry === "" ? null : draft.industry, steps: stepsBody(draft.steps, journey !== null) };
    const reply = journey
      ? await sendParsed(`/api/v1/journeys/${journey.id}`, "PATCH", locale, JourneyEditResponse, body)
      : await sendParsed("/api/v1/journeys", "POST", locale, JourneyEditResponse, body);
    setBusy(false);
    if (reply.kind !== "ok") return setProblem(problemOf(reply, errors, KNOWN));
    setProblem(NO_PROBLEM);
    if (!journey) {
      startTransition(() => router.push(`/funnels?journey=${encodeURIComponent(reply.data.journey.key)}`));
      return onClose();
    }
    setDraft(draftOf(reply.data.journey));
    setNotice(m.saved);
    startTransition(() => router.refresh());
  };

  return (
    <form
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      aria-labelledby={`${prefix}-title`}
      data-testid={`${prefix}-form`}
    >
      <h2 id={`${prefix}-title`} className="text-base font-semibold">
        {journey ? fill(m.editTitle, { name: locale === "zh-CN" ? journey.nameZh : journey.nameEn }) : m.newTitle}
      </h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={m.nameEn} error={problem.fields.nameEn ?? null}>
          {(control) => <input {...control} className={`${FIELD} ${INVALID} w-full`} value={draft.nameEn} maxLength={100} disabled={busy} onChange={(e) => update({ nameEn: e.target.value })} data-testid="journey-name-en" />}
        </Field>
        <Field label={m.nameZh} error={problem.fields.nameZh ?? null}>
          {(control) => <input {...control} className={`${FIELD} ${INVALID} w-full`} value={draft.nameZh} maxLength={100} disabled={busy} onChange={(e) => update({ nameZh: e.target.value })} data-testid="journey-name-zh" />}
        </Field>
        <Field label={m.industry} error={problem.fields.industry ?? null}>
          {(control) => (
            <select {...control} className={`${FIELD} ${INVALID} w-full`} value={draft.industry} disabled={busy} onChange={(e) => update({ industry: e.target.value as JourneyDraft["industry"] })} data-testid="journey-industry">
              <option value="">{m.noIndustry}</option>
              {Industry.options.map((i) => (
                <option key={i} value={i}>
                  {m.industries[i]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="flex min-w-0 flex-col gap-2">
        <legend className="text-sm font-semibold">{m.steps}</legend>
        <p className={CAPTION}>{m.stepsHelp}</p>
        {locked && (
          <p className={NOTICE_INFO} data-testid="journey-steps-locked">
            {m.stepsLocked}
          </p>
        )}
        {problem.fields.steps && (
          <p className="text-xs font-medium text-red-700 dark:text-red-300" data-testid="steps-error">
            {problem.fields.steps}
          </p>
        )}
        <ol className="flex flex-col gap-2">
          {draft.steps.map((s, i) => {
            const hasData = locked && s.from !== null;
            return (
              <StepRow
                key={s.id}
                step={s}
                index={i}
                count={draft.steps.length}
                errors={problem.fields}
                movable={!locked}
                removable={!hasData}
                platformFixed={hasData}
                disabled={busy}
                locale={locale}
                messages={messages}
                onChange={(next) => setSteps(draft.steps.map((x) => (x.id === s.id ? next : x)))}
                onMove={(by) => setSteps(moveStep(draft.steps, i, by))}
                onRemove={() => setSteps(draft.steps.filter((x) => x.id !== s.id))}
              />
            );
          })}
        </ol>
        <div>
          <button type="button" className={BUTTON_SECONDARY} disabled={busy || !canAddStep(draft.steps)} onClick={() => setSteps([...draft.steps, blankStep()])} data-testid="step-add">
            {m.add}
          </button>
        </div>
      </fieldset>
      {problem.message && (
        <p role="alert" className={NOTICE_ERROR} data-testid="journey-error">
          {problem.message}
        </p>
      )}
      {notice && (
        <p role="status" className={NOTICE_OK} data-testid="journey-notice">
          {notice}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={BUTTON_PRIMARY} disabled={busy} data-testid="journey-submit">
          {journey ? (busy ? m.saving : m.save) : busy ? m.creating : m.create}
        </button>
        <button type="button" className={BUTTON_SECONDARY} disabled={busy} onClick={onClose} data-testid="journey-cancel">
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
