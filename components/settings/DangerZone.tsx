"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FIELD, NOTICE_ERROR } from "@/components/data/ui";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { SettingsMessages } from "@/lib/i18n/messages/settings";
import { DeleteWorkspaceResponse } from "@/lib/schemas/api/settings";
import { Field, INVALID } from "./Field";
import { NO_PROBLEM, problemOf, sendParsed, type Problem } from "./http";

const BUTTON_DELETE =
  "inline-flex h-9 items-center justify-center rounded-md bg-red-600 px-3 text-sm font-medium text-white hover:bg-red-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-500 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-600 dark:disabled:bg-slate-700 dark:disabled:text-slate-300";

/** Deleting the workspace: enabled once its name is typed exactly; then the app goes to the admin's next workspace (or none). */
export function DangerZone({ workspaceName, isDemo, locale, messages }: { workspaceName: string; isDemo: boolean; locale: Locale; messages: SettingsMessages }) {
  const m = messages.danger;
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [typed, setTyped] = useState("");
  const [deleting, setDeleting] = useState(false);
  const [problem, setProblem] = useState<Problem>(NO_PROBLEM);

  const remove = async () => {
    setDeleting(true);
    const reply = await sendParsed("/api/v1/workspace", "DELETE", locale, DeleteWorkspaceResponse, { confirm: typed });
    if (reply.kind !== "ok") {
      setDeleting(false);
      return setProblem(problemOf(reply, messages.errors, ["confirm"]));
    }
    // the session looks at the admin's next workspace now, or at none (then / leads to the account page)
    startTransition(() => {
      router.push("/");
      router.refresh();
    });
  };

  return (
    <form
      className="flex flex-col gap-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (typed === workspaceName) void remove();
      }}
      data-testid="delete-form"
    >
      {isDemo && <p className="text-sm">{m.demoNote}</p>}
      <Field label={fill(m.confirmLabel, { name: workspaceName })} error={problem.fields.confirm} className="sm:max-w-md">
        {(c) => (
          <input
            {...c}
            className={`${FIELD} ${INVALID} w-full`}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            data-testid="delete-confirm"
          />
        )}
      </Field>
      {problem.message && !problem.fields.confirm && (
        <p className={NOTICE_ERROR} role="alert">
          {problem.message}
        </p>
      )}
      <div>
        <button type="submit" className={BUTTON_DELETE} disabled={deleting || typed !== workspaceName} data-testid="delete-workspace">
          {deleting ? m.deleting : m.delete}
        </button>
      </div>
    </form>
  );
}
