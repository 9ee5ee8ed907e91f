"use client";

import { useDocumentLocale } from "@/components/platforms/useDocumentLocale";
import { data } from "@/lib/i18n/messages/data";

/** "Loading the data page…" for screen readers, in the page's language. */
export function DataLoadingLabel() {
  const locale = useDocumentLocale();
  if (!locale) return null;
  return (
    <span className="sr-only" role="status">
      {data[locale].loading}
    </span>
  );
}
