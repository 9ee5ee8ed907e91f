"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";

export interface PageErrorMessages {
  title: string;
  body: string;
  retry: string;
  /** the link to the page with its defaults (with `href`) */
  reset?: string;
}

/**
 * What a page's error boundary shows when reading its data failed: what
 * happened, "try again" (re-renders the page's server components) and a link
 * to the page with its default settings, where it has one. Bad URL parameters never get here
 * (pages fall back to their defaults).
 */
export function PageError({ error, reset, messages: m, href, testId }: { error: Error & { digest?: string }; reset: () => void; messages: PageErrorMessages; href?: string; testId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <div role="alert" data-testid={testId} className="rounded-xl border border-red-200 bg-red-50 p-6 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100">
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
        {href && m.reset && (
          <Link
            href={href}
            className="rounded-md border border-red-300 px-3 py-1.5 text-sm font-medium hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-500 dark:border-red-800 dark:hover:bg-red-900"
          >
            {m.reset}
          </Link>
        )}
      </div>
    </div>
  );
}
