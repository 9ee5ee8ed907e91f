"use client";

import { PageError } from "@/components/layout/PageError";
import { useDocumentLocale } from "@/components/platforms/useDocumentLocale";
import { ai } from "@/lib/i18n/messages/ai";

// The page's language comes from <html lang>, which the root layout (outside this boundary) has rendered.
export default function AiError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError error={error} reset={reset} messages={ai[useDocumentLocale() ?? "zh-CN"].error} testId="ai-error" />;
}
