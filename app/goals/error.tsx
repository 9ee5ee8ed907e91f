"use client";

import Link from "next/link";
import { useEffect, useSyncExternalStore } from "react";
import { goals } from "@/lib/i18n/messages/goals";

// The language is the one the layout put on <html lang> (the server read the
// cookie); a client component cannot ask the server again after an error.
const subscribe = () => () => {};
const readLang = () => document.documentElement.lang;

export default function GoalsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = useSyncExternalStore(subscribe, readLang, () => "zh-CN");
  const m = lang === "en" ? goals.en : goals["zh-CN"];

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div role="alert" data-testid="goals-error" className="rounded-xl border border-red-200 bg-red-50 p-6 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100">
      <h1 className="text-lg font-semibold">{m.errorTitle}</h1>
      <p className="mt-2 text-sm">{m.errorBody}</p>
      {error.digest && <p className="mt-2 text-xs opacity-75">ref: {error.digest}</p>}
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-red-500">
          {m.retry}
        </button>
        <Link href="/" className="rounded-md px-3 py-1.5 text-sm font-medium underline focus-visible:outline-2 focus-visible:outline-red-500">
          {m.backToBoard}
        </Link>
      </div>
    </div>
  );
}
