"use client";

import { PageError } from "@/components/layout/PageError";
import { useDocumentLocale } from "@/components/platforms/useDocumentLocale";
import { goals } from "@/lib/i18n/messages/goals";

// The language is the one the layout put on <html lang>; a client component cannot ask the server again after an error.
export default function GoalsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const m = goals[useDocumentLocale() ?? "zh-CN"];
  return <PageError error={error} reset={reset} messages={{ title: m.errorTitle, body: m.errorBody, retry: m.retry, reset: m.backToBoard }} href="/" testId="goals-error" />;
}
