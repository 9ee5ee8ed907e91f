"use client";

import { useState } from "react";
import type { Messages } from "@/lib/i18n/messages/en";
import { safeNext, sendJson } from "./post-json";
import { BUTTON_PRIMARY, FIELD, LABEL, NOTICE_ERROR } from "./ui";

export function SignInForm({ messages: m, next, lang }: { messages: Messages["auth"]["signin"]; next: string | null; lang: string }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const answer = await sendJson(`/api/v1/auth/signin?lang=${lang}`, "POST", { email, password });
    if (answer.status === 200) {
      // A full load, so the header and every server component see the new session.
      window.location.assign(safeNext(next));
      return;
    }
    setBusy(false);
    setError(answer.error?.message ?? m.error);
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="flex flex-col gap-3" data-testid="signin-form" noValidate>
      <label className={LABEL}>
        {m.email}
        <input className={FIELD} type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label className={LABEL}>
        {m.password}
        <input className={FIELD} type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      {error && (
        <p role="alert" className={NOTICE_ERROR} data-testid="signin-error">
          {error}
        </p>
      )}
      <button type="submit" className={BUTTON_PRIMARY} disabled={busy || !email || !password}>
        {busy ? m.submitting : m.submit}
      </button>
    </form>
  );
}
