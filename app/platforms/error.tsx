"use client";

import { PageError } from "@/components/layout/PageError";
import { PLATFORMS_PATH } from "@/components/platforms/href";
import { useDocumentLocale } from "@/components/platforms/useDocumentLocale";
import { platforms } from "@/lib/i18n/messages/platforms";

// The page's language comes from <html lang>, which the root layout (outside this boundary) has rendered.
export default function PlatformsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useDocumentLocale() ?? "zh-CN";
  return <PageError error={error} reset={reset} messages={platforms[locale].error} href={PLATFORMS_PATH} testId="platforms-error" />;
}
