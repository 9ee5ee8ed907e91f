"use client";

import { PageError } from "@/components/layout/PageError";
import { useDocumentLocale } from "@/components/platforms/useDocumentLocale";
import { funnels } from "@/lib/i18n/messages/funnels";

// The page's language comes from <html lang>, which the root layout (outside this boundary) has rendered.
export default function FunnelsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError error={error} reset={reset} messages={funnels[useDocumentLocale() ?? "zh-CN"].error} href="/funnels" testId="funnels-error" />;
}
