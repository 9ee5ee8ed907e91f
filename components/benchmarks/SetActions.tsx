"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { BUTTON_DANGER, BUTTON_PRIMARY, BUTTON_SECONDARY, NOTICE_ERROR, NOTICE_OK } from "@/components/data/ui";
import { problemOf, sendParsed } from "@/components/settings/http";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { BenchmarksMessages } from "@/lib/i18n/messages/benchmarks";
import { BenchmarkWriteResponse } from "@/lib/schemas/api/benchmarks";
import type { SetView } from "./types";

/**
 * What a manager can do with the set on screen: make it the active set
 * (PUT /api/v1/benchmarks/active), copy it (the new-set form below, which
 * starts from it) and, for a set of the workspace's own, delete it after a
 * second, explicit click.
 */
export function SetActions({ set, locale, messages }: { set: SetView; locale: Locale; messages: BenchmarksMessages }) {
  const m = messages;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState<"activate" | "delete" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const activate = async () => {
    setBusy("activate");
    setError(null);
    const reply = await sendParsed("/api/v1/benchmarks/active", "PUT", locale, BenchmarkWriteResponse, { set: set.key });
    setBusy(null);
    if (reply.kind !== "ok") {
      setError(problemOf(reply, m.errors).message);
      return;
    }
    setNotice(m.actions.activated);
    startTransition(() => router.refresh());
  };

  const remove = async () => {
    setBusy("delete");
    setError(null);
    const reply = await sendParsed(`/api/v1/benchmarks/${set.id}`, "DELETE", locale, BenchmarkWriteResponse);
    setBusy(null);
    setConfirming(false);
    if (reply.kind !== "ok") {
      setError(problemOf(reply, m.errors).message);
      return;
    }
    startTransition(() => {
      router.push(`/benchmarks?set=${encodeURIComponent(reply.data.set.key)}`);
      router.refresh();
    });
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {!set.active && (
          <button type="button" className={BUTTON_PRIMARY} onClick={() => void activate()} disabled={busy !== null || pending} data-testid="set-activate">
            {busy === "activate" ? m.actions.activating : m.actions.activate}
          </button>
        )}
        <a href="#new-set" className={BUTTON_SECONDARY} data-testid="set-copy">
          {m.actions.copy}
        </a>
        {!set.builtIn && !confirming && (
          <button type="button" className={`${BUTTON_DANGER} h-9`} onClick={() => setConfirming(true)} disabled={busy !== null} data-testid="set-delete">
            {m.actions.delete}
          </button>
        )}
      </div>
      {confirming && (
        <div className="flex flex-wrap items-center gap-2 rounded-lg border border-red-200 p-3 text-sm dark:border-red-900" role="group" aria-label={m.actions.delete}>
          <p className="min-w-0 flex-1">{fill(m.actions.confirmDelete, { name: set.name })}</p>
          <button type="button" className={`${BUTTON_DANGER} h-9`} onClick={() => void remove()} disabled={busy !== null} data-testid="set-delete-confirm">
            {busy === "delete" ? m.actions.deleting : m.actions.delete}
          </button>
          <button type="button" className={BUTTON_SECONDARY} onClick={() => setConfirming(false)} disabled={busy !== null}>
            {m.actions.cancel}
          </button>
        </div>
      )}
      {error && (
        <p className={NOTICE_ERROR} role="alert" data-testid="set-action-error">
          {error}
        </p>
      )}
      {notice && (
        <p className={NOTICE_OK} role="status" data-testid="set-action-notice">
          {notice}
        </p>
      )}
    </div>
  );
}
