"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useDocumentLocale } from "@/components/platforms/useDocumentLocale";
import { RETENTION_PATH } from "@/components/retention/href";
import { retention } from "@/lib/i18n/messages/retention";

// Bad URL parameters never get here (they fall back to defaults); this is for
// failures reading the data. The language comes from <html lang>.
export default function RetentionError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const locale = useDocumentLocale() ?? "zh-CN";
  const m = retention[locale].error;

  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });

  return (
    <div
      role="alert"
      data-testid="retention-error"
      className="rounded-xl border border-red-200 bg-red-50 p-6 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100"
    >
      <h1 className="text-lg font-semibold">{m.title}</h1>
      <p className="mt-2 text-sm">{m.body}</p>
      {error.digest && <p className="mt-2 text-xs opacity-75">ref: {error.digest}</p>}
      <div className="mt-4 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={retry}
          disabled={pending}
          className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-500 disabled:opacity-60"
        >
          {m.retry}
        </button>
        <Link
          href={RETENTION_PATH}
          className="rounded-md border border-red-300 px-3 py-1.5 text-sm font-medium hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-500 dark:border-red-800 dark:hover:bg-red-900"
        >
          {m.reset}
        </Link>
      </div>
    </div>
  );
}
