"use client";

import { useState } from "react";
import type { Messages } from "@/lib/i18n/messages/en";
import { sendJson } from "./post-json";
import { BUTTON_PRIMARY, FIELD, FIELD_ERROR, LABEL, NOTICE_ERROR, NOTICE_OK } from "./ui";

export function PasswordForm({ messages: m, lang }: { messages: Messages["auth"]["account"]; lang: string }) {
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string; fields: Record<string, string> } | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    const answer = await sendJson(`/api/v1/auth/password?lang=${lang}`, "POST", { currentPassword, newPassword });
    setBusy(false);
    if (answer.status === 200) {
      setCurrent("");
      setNew("");
      setOutcome({ ok: true, message: m.passwordChanged, fields: {} });
    } else {
      setOutcome({ ok: false, message: answer.error?.message ?? m.error, fields: answer.error?.fields ?? {} });
    }
  }
  const fields = outcome?.fields ?? {};
  return (
    <form onSubmit={(e) => void submit(e)} className="flex max-w-md flex-col gap-3" data-testid="password-form" noValidate>
      <label className={LABEL}>
        {m.currentPassword}
        <input className={FIELD} type="password" autoComplete="current-password" value={currentPassword} onChange={(e) => setCurrent(e.target.value)} aria-invalid={fields.currentPassword ? true : undefined} />
        {fields.currentPassword && <span className={FIELD_ERROR}>{fields.currentPassword}</span>}
      </label>
      <label className={LABEL}>
        {m.newPassword}
        <input className={FIELD} type="password" autoComplete="new-password" minLength={10} value={newPassword} onChange={(e) => setNew(e.target.value)} aria-invalid={fields.newPassword ? true : undefined} />
        {fields.newPassword && <span className={FIELD_ERROR}>{fields.newPassword}</span>}
      </label>
      {outcome && (
        <p role={outcome.ok ? "status" : "alert"} className={outcome.ok ? NOTICE_OK : NOTICE_ERROR}>
          {outcome.message}
        </p>
      )}
      <button type="submit" className={`${BUTTON_PRIMARY} self-start`} disabled={busy || !currentPassword || !newPassword}>
        {m.changePassword}
      </button>
    </form>
  );
}
