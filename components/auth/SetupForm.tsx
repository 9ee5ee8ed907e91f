"use client";

import { useState } from "react";
import type { Messages } from "@/lib/i18n/messages/en";
import { sendJson } from "./post-json";
import { BUTTON_PRIMARY, CAPTION, FIELD, FIELD_ERROR, LABEL, NOTICE_ERROR } from "./ui";
import { NEW_WORKSPACE, type WorkspaceDraft } from "./workspace-draft";
import { WorkspaceFieldsInputs } from "./WorkspaceFieldsInputs";

interface Props {
  messages: Messages["auth"]["setup"];
  lang: string;
  industries: { key: string; name: string }[];
  timeZones: string[];
  currencies: string[];
  /** the demo workspace is loaded now (the box then keeps it rather than loads it) */
  demoLoaded: boolean;
}

export function SetupForm({ messages: m, lang, industries, timeZones, currencies, demoLoaded }: Props) {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [workspace, setWorkspace] = useState<WorkspaceDraft>(NEW_WORKSPACE);
  const [demo, setDemo] = useState(demoLoaded);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const answer = await sendJson(`/api/v1/setup?lang=${lang}`, "POST", { email, password, ...(name.trim() ? { name } : {}), workspace, demo });
    if (answer.status === 201 || answer.status === 409) {
      window.location.assign(answer.status === 201 ? "/data" : "/signin");
      return;
    }
    setBusy(false);
    setError({ message: answer.error?.message ?? m.error, fields: answer.error?.fields ?? {} });
  }

  const fields = error?.fields ?? {};
  const fieldError = (field: string, id: string) =>
    fields[field] ? (
      <span id={id} className={FIELD_ERROR}>
        {fields[field]}
      </span>
    ) : null;

  return (
    <form onSubmit={(e) => void submit(e)} className="flex flex-col gap-5" data-testid="setup-form" noValidate>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-base font-semibold">{m.adminTitle}</legend>
        <label className={LABEL}>
          {m.name}
          <input className={FIELD} name="name" autoComplete="name" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className={LABEL}>
          {m.email}
          <input
            className={FIELD}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={fields.email ? true : undefined}
            aria-describedby={fields.email ? "setup-email-error" : undefined}
          />
          {fieldError("email", "setup-email-error")}
        </label>
        <label className={LABEL}>
          {m.password}
          <input
            className={FIELD}
            type="password"
            name="password"
            autoComplete="new-password"
            required
            minLength={10}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={fields.password ? true : undefined}
            aria-describedby={fields.password ? "setup-password-error" : undefined}
          />
          {fieldError("password", "setup-password-error")}
        </label>
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-base font-semibold">{m.workspaceTitle}</legend>
        <WorkspaceFieldsInputs
          value={workspace}
          onChange={setWorkspace}
          labels={m}
          industries={industries}
          timeZones={timeZones}
          currencies={currencies}
          errors={fields}
          prefix="workspace."
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={demo} onChange={(e) => setDemo(e.target.checked)} className="h-4 w-4 accent-indigo-600" name="demo" />
          {demoLoaded ? m.demo : m.demoLoad}
        </label>
      </fieldset>
      {error && (
        <p role="alert" className={NOTICE_ERROR} data-testid="setup-error">
          {error.message}
        </p>
      )}
      <button type="submit" className={BUTTON_PRIMARY} disabled={busy || !email || !password || !workspace.name.trim()}>
        {busy ? m.submitting : m.submit}
      </button>
      <p className={CAPTION}>{m.subtitle}</p>
    </form>
  );
}
