"use client";

import { PageError } from "@/components/layout/PageError";
import { useDocumentLocale } from "@/components/platforms/useDocumentLocale";
import { benchmarks } from "@/lib/i18n/messages/benchmarks";

// For failures reading the registry (an unknown ?set= is not one: the page
// says so itself). The language comes from <html lang>, rendered by the root layout.
export default function BenchmarksError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError error={error} reset={reset} messages={benchmarks[useDocumentLocale() ?? "zh-CN"].error} testId="benchmarks-error" />;
}
