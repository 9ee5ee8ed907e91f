"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, useTransition } from "react";
import { BUTTON_DANGER, BUTTON_SECONDARY, NOTICE_ERROR } from "@/components/data/ui";
import { problemOf, sendParsed } from "@/components/settings/http";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { FunnelsMessages } from "@/lib/i18n/messages/funnels";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";
import { JourneyDeleteResponse, type JourneyListItem } from "@/lib/schemas/api/journeys";
import { JourneyForm } from "./JourneyForm";

const noSubscription = () => () => {};

interface Props {
  /** the journey shown on the page; null when the workspace has none */
  journey: JourneyListItem | null;
  locale: Locale;
  messages: FunnelsMessages;
  errors: SettingsMessages["errors"];
}

/** The edit controls of /funnels (shown only to members who may edit journeys): new, edit the shown journey, delete it after saying what goes. */
export function JourneyEditPanel({ journey, locale, messages, errors }: Props) {
  const m = messages.edit;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [open, setOpen] = useState<"new" | "edit" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // true once hydrated: the buttons do nothing before (browser tests wait for it)
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const name = journey ? (locale === "zh-CN" ? journey.nameZh : journey.nameEn) : "";

  const remove = async () => {
    if (!journey) return;
    setBusy(true);
    const reply = await sendParsed(`/api/v1/journeys/${journey.id}`, "DELETE", locale, JourneyDeleteResponse);
    setBusy(false);
    setConfirming(false);
    if (reply.kind !== "ok") return setProblem(problemOf(reply, errors).message);
    setProblem(null);
    setOpen(null);
    startTransition(() => router.push("/funnels"));
  };

  const confirmText = journey
    ? journey.observed
      ? fill(m.confirmDelete, { name, steps: journey.steps.length, first: journey.observed.firstCohortDay, last: journey.observed.lastCohortDay })
      : fill(m.confirmDeleteEmpty, { name, steps: journey.steps.length })
    : "";

  return (
    <section className="flex flex-col gap-3" aria-label={m.panel} data-testid="journey-edit-panel" data-ready={ready}>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={BUTTON_SECONDARY} aria-expanded={open === "new"} onClick={() => setOpen(open === "new" ? null : "new")} data-testid="journey-new">
          {m.newOpen}
        </button>
        {journey && (
          <>
            <button type="button" className={BUTTON_SECONDARY} aria-expanded={open === "edit"} onClick={() => setOpen(open === "edit" ? null : "edit")} data-testid="journey-edit">
              {m.editOpen}
            </button>
            {confirming ? (
              <span className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={m.delete}>
                <span data-testid="journey-delete-question">{confirmText}</span>
                <button type="button" className={BUTTON_DANGER} disabled={busy} onClick={() => void remove()} data-testid="journey-delete-confirm">
                  {busy ? m.deleting : m.delete}
                </button>
                <button type="button" className={BUTTON_SECONDARY} disabled={busy} onClick={() => setConfirming(false)}>
                  {m.cancel}
                </button>
              </span>
            ) : (
              <button type="button" className={BUTTON_DANGER} onClick={() => setConfirming(true)} data-testid="journey-delete">
                {m.delete}
              </button>
            )}
          </>
        )}
      </div>
      {problem && (
        <p role="alert" className={NOTICE_ERROR} data-testid="journey-delete-error">
          {problem}
        </p>
      )}
      {open === "new" && <JourneyForm key="new" journey={null} locale={locale} messages={messages} errors={errors} onClose={() => setOpen(null)} />}
      {open === "edit" && journey && <JourneyForm key={`edit-${journey.id}`} journey={journey} locale={locale} messages={messages} errors={errors} onClose={() => setOpen(null)} />}
    </section>
  );
}
