"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useDocumentLocale } from "@/components/platforms/useDocumentLocale";
import { benchmarks } from "@/lib/i18n/messages/benchmarks";

// For failures reading the registry (an unknown ?set= is not one: the page
// says so itself). The language comes from <html lang>, rendered by the root layout.
export default function BenchmarksError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const m = benchmarks[useDocumentLocale() ?? "zh-CN"].error;
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <div role="alert" data-testid="benchmarks-error" className="rounded-xl border border-red-200 bg-red-50 p-6 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100">
      <h1 className="text-lg font-semibold">{m.title}</h1>
      <p className="mt-2 text-sm">{m.body}</p>
      {error.digest && <p className="mt-2 text-xs opacity-75">ref: {error.digest}</p>}
      <button
        type="button"
        onClick={retry}
        disabled={pending}
        className="mt-4 rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-500 disabled:opacity-60"
      >
        {m.retry}
      </button>
    </div>
  );
}
