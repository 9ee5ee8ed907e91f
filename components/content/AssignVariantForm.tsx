"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { BUTTON_SECONDARY, FIELD } from "@/components/data/ui";
import { problemOf, sendParsed } from "@/components/settings/http";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { ContentMessages } from "@/lib/i18n/messages/content";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";
import { ContentTestEditResponse } from "@/lib/schemas/api/content-tests";

/** One post's variant in the selected test: type it and assign; the page then shows the test's new figures. */
export function AssignVariantForm({
  testId,
  testName,
  itemId,
  postName,
  current,
  locale,
  messages,
  errors,
}: {
  testId: number;
  testName: string;
  itemId: number;
  postName: string;
  /** the post's variant when it is in this test */
  current: string | null;
  locale: Locale;
  messages: ContentMessages;
  errors: SettingsMessages["errors"];
}) {
  const m = messages.edit;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [variant, setVariant] = useState(current ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const assign = async () => {
    setBusy(true);
    setDone(null);
    const reply = await sendParsed(`/api/v1/content/tests/${testId}/items`, "PUT", locale, ContentTestEditResponse, { assignments: [{ itemId, variant }] });
    setBusy(false);
    if (reply.kind !== "ok") {
      const problem = problemOf(reply, errors, ["assignments.variant", "assignments.itemId"]);
      return setError(problem.fields["assignments.variant"] ?? problem.fields["assignments.itemId"] ?? problem.message);
    }
    setError(null);
    setDone(fill(m.assigned, { variant: variant.trim() }));
    startTransition(() => router.refresh());
  };

  const label = fill(m.assignLabel, { post: postName, test: testName });
  return (
    <form
      className="flex flex-col gap-1"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void assign();
      }}
      data-testid="assign-form"
    >
      <div className="flex items-center gap-1">
        <input
          className={`${FIELD} w-24`}
          value={variant}
          maxLength={40}
          placeholder={m.variant}
          aria-label={label}
          aria-invalid={error ? true : undefined}
          disabled={busy}
          onChange={(e) => {
            setVariant(e.target.value);
            setDone(null);
          }}
          data-testid="assign-variant"
        />
        <button type="submit" className={BUTTON_SECONDARY} disabled={busy} data-testid="assign-submit">
          {busy ? m.assigning : m.assign}
        </button>
      </div>
      {error && (
        <p role="alert" className="text-xs font-medium text-red-700 dark:text-red-300" data-testid="assign-error">
          {error}
        </p>
      )}
      {done && (
        <p role="status" className="text-xs text-emerald-700 dark:text-emerald-300" data-testid="assign-done">
          {done}
        </p>
      )}
    </form>
  );
}
