"use client";

import { PageError } from "@/components/layout/PageError";
import { useDocumentLocale } from "@/components/platforms/useDocumentLocale";
import { RETENTION_PATH } from "@/components/retention/href";
import { retention } from "@/lib/i18n/messages/retention";

// The page's language comes from <html lang>, which the root layout (outside this boundary) has rendered.
export default function RetentionError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useDocumentLocale() ?? "zh-CN";
  return <PageError error={error} reset={reset} messages={retention[locale].error} href={RETENTION_PATH} testId="retention-error" />;
}
