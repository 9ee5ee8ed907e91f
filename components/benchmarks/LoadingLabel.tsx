"use client";

import { useDocumentLocale } from "@/components/platforms/useDocumentLocale";
import { benchmarks } from "@/lib/i18n/messages/benchmarks";

/** "Loading the benchmark registry…" for screen readers, in the page's language. */
export function LoadingLabel() {
  const locale = useDocumentLocale();
  if (!locale) return null;
  return <span className="sr-only">{benchmarks[locale].loading}</span>;
}
