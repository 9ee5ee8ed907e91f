"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { BUTTON_DANGER, BUTTON_SECONDARY, NOTICE_ERROR } from "@/components/data/ui";
import { problemOf, sendParsed } from "@/components/settings/http";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { ContentMessages } from "@/lib/i18n/messages/content";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";
import { ContentTestDeleteResponse } from "@/lib/schemas/api/content-tests";
import { contentPageHref, type ContentPageParams } from "@/lib/schemas/content-page-params";

/** Deletes the shown test after a confirmation; its posts stay, in no test. */
export function DeleteTestButton({ testId, name, params, locale, messages, errors }: { testId: number; name: string; params: ContentPageParams; locale: Locale; messages: ContentMessages; errors: SettingsMessages["errors"] }) {
  const m = messages.edit;
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    setBusy(true);
    const reply = await sendParsed(`/api/v1/content/tests/${testId}`, "DELETE", locale, ContentTestDeleteResponse);
    setBusy(false);
    if (reply.kind !== "ok") return setError(problemOf(reply, errors).message);
    setConfirming(false);
    router.push(contentPageHref({ ...params, test: null }), { scroll: false });
    router.refresh();
  };

  return (
    <div className="flex flex-col gap-2">
      {confirming ? (
        <span className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={fill(m.confirmDelete, { name })}>
          <span>{fill(m.confirmDelete, { name })}</span>
          <button type="button" className={BUTTON_DANGER} disabled={busy} onClick={() => void remove()} data-testid="delete-test-confirm">
            {busy ? m.deleting : m.confirm}
          </button>
          <button type="button" className={BUTTON_SECONDARY} disabled={busy} onClick={() => setConfirming(false)}>
            {m.cancel}
          </button>
        </span>
      ) : (
        <div>
          <button type="button" className={BUTTON_DANGER} onClick={() => setConfirming(true)} data-testid="delete-test">
            {m.deleteTest}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className={NOTICE_ERROR} data-testid="delete-test-error">
          {error}
        </p>
      )}
    </div>
  );
}
