"use client";

// Deleting a goal: a first press asks again in place (no browser dialog, so
// it reads the same in both languages and works from the keyboard), the
// second sends DELETE /api/v1/goals/[id] and the page reads the goals afresh.
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { BUTTON_DANGER, BUTTON_SECONDARY } from "@/components/data/ui";
import { problemOf, sendParsed } from "@/components/settings/http";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { GoalsMessages } from "@/lib/i18n/messages/goals";
import { GoalDeletedResponse } from "@/lib/schemas/api/goals";

export function DeleteGoalButton({ id, name, locale, messages }: { id: number; name: string; locale: Locale; messages: GoalsMessages }) {
  const m = messages.list;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const remove = async () => {
    setBusy(true);
    const reply = await sendParsed(`/api/v1/goals/${id}`, "DELETE", locale, GoalDeletedResponse);
    setBusy(false);
    if (reply.kind !== "ok") {
      setError(reply.kind === "refused" && reply.answer.status === 404 ? messages.errors.notFound : (problemOf(reply, messages.errors).message ?? messages.errors.invalid));
      return;
    }
    startTransition(() => router.refresh());
  };

  if (!asking) {
    return (
      <button
        type="button"
        className={BUTTON_DANGER}
        aria-label={fill(m.deleteLabel, { id, name })}
        onClick={() => {
          setAsking(true);
          setError(null);
          requestAnimationFrame(() => confirmRef.current?.focus());
        }}
        data-testid="goal-delete"
      >
        {m.delete}
      </button>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button ref={confirmRef} type="button" className={BUTTON_DANGER} disabled={busy} onClick={() => void remove()} aria-label={`${m.confirmDelete}: ${name}`} data-testid="goal-delete-confirm">
        {busy ? m.deleting : m.confirmDelete}
      </button>
      <button type="button" className={BUTTON_SECONDARY.replace("h-9", "h-8").replace("px-3", "px-2.5")} onClick={() => setAsking(false)} disabled={busy} data-testid="goal-delete-keep">
        {m.keep}
      </button>
      {error && (
        <span role="alert" className="text-xs font-medium text-red-700 dark:text-red-300" data-testid="goal-delete-error">
          {error}
        </span>
      )}
    </span>
  );
}
