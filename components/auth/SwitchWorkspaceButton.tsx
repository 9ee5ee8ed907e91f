"use client";

import { useState } from "react";
import { sendJson } from "./post-json";

/** Makes another of the user's workspaces the session's current one, then reloads the page on it. */
export async function switchWorkspace(workspaceId: number, goTo: string): Promise<boolean> {
  const answer = await sendJson("/api/v1/auth/workspace", "POST", { workspaceId });
  if (answer.status !== 200) return false;
  window.location.assign(goTo);
  return true;
}

export function SwitchWorkspaceButton({ workspaceId, label, className }: { workspaceId: number; label: string; className: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={className}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void switchWorkspace(workspaceId, "/").then((ok) => ok || setBusy(false));
      }}
    >
      {label}
    </button>
  );
}
