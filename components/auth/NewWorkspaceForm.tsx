"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Messages } from "@/lib/i18n/messages/en";
import { sendJson } from "./post-json";
import { BUTTON_PRIMARY, NOTICE_ERROR } from "./ui";
import { NEW_WORKSPACE, type WorkspaceDraft } from "./workspace-draft";
import { WorkspaceFieldsInputs } from "./WorkspaceFieldsInputs";

interface Props {
  messages: Messages["auth"];
  lang: string;
  industries: { key: string; name: string }[];
  timeZones: string[];
  currencies: string[];
}

export function NewWorkspaceForm({ messages: m, lang, industries, timeZones, currencies }: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState<WorkspaceDraft>(NEW_WORKSPACE);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    const answer = await sendJson(`/api/v1/workspaces?lang=${lang}`, "POST", draft);
    if (answer.status === 201) {
      // The session now looks at the new workspace: start there, with an import.
      router.push("/data");
      router.refresh();
      return;
    }
    setBusy(false);
    setError({ message: answer.error?.message ?? m.account.error, fields: answer.error?.fields ?? {} });
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="flex flex-col gap-3" data-testid="new-workspace-form" noValidate>
      <WorkspaceFieldsInputs value={draft} onChange={setDraft} labels={m.setup} industries={industries} timeZones={timeZones} currencies={currencies} errors={error?.fields ?? {}} prefix="" />
      {error && (
        <p role="alert" className={NOTICE_ERROR}>
          {error.message}
        </p>
      )}
      <button type="submit" className={`${BUTTON_PRIMARY} self-start`} disabled={busy || !draft.name.trim()}>
        {m.account.createWorkspace}
      </button>
    </form>
  );
}
