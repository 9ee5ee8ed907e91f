// The preview as the API answers it: plain JSON (dates as text), errors
// and skipped rows in both languages.
import { localizeRowError, localizeSkipped, type ImportLang, type LocalizedRowError } from "./error-messages";
import type { ImportPreview } from "./import-types";

/** The preview as the API answers it: errors in both languages plus `message` in `lang`, dates as text. */
export function previewJson(preview: ImportPreview, lang: ImportLang) {
  return {
    ...preview,
    errors: preview.errors.map((e): LocalizedRowError => localizeRowError(e, lang)),
    skipped: preview.skipped.map(localizeSkipped),
    sample: {
      daily: preview.sample.daily.map((d) => ({ line: d.line, day: d.day, platformKey: d.platformKey, account: d.account, measures: { ...d.measures } })),
      posts: preview.sample.posts.map((p) => ({
        line: p.line,
        platformKey: p.platformKey,
        account: p.account,
        externalId: p.externalId,
        title: p.title,
        publishedAt: p.publishedAt?.toISOString() ?? null,
        format: p.format,
        origin: p.origin,
        measures: { ...p.measures },
      })),
    },
    previousImport: preview.previousImport
      ? { batchId: preview.previousImport.batchId, committedAt: preview.previousImport.committedAt?.toISOString() ?? null }
      : null,
  };
}
