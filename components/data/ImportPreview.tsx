"use client";

import { useId } from "react";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { DataMessages } from "@/lib/i18n/messages/data";
import type { ImportPreviewJson } from "@/lib/schemas/api/imports";
import { fillCount, formatList } from "./format";
import { commitBlock, importable, type CommitBlock } from "./import-state";
import { PreviewReport } from "./PreviewReport";
import { BUTTON_PRIMARY, CAPTION, NOTICE_ERROR, NOTICE_OK, NOTICE_WARN } from "./ui";
import type { UploadBusy } from "./UploadZone";
import { YearlessDates } from "./YearlessDates";

const STATUS_TONE: Record<ImportPreviewJson["status"], string> = {
  ready: NOTICE_OK,
  has_errors: NOTICE_WARN,
  needs_input: NOTICE_WARN,
  unknown_layout: NOTICE_WARN,
  unreadable: NOTICE_ERROR,
};

interface Props {
  preview: ImportPreviewJson;
  locale: Locale;
  timeZone: string;
  messages: DataMessages;
  busy: UploadBusy | null;
  skip: boolean;
  onSkip(skip: boolean): void;
  onCommit(): void;
}

/** The dry run: its status, its report, and the commit box when it can be imported. */
export function ImportPreview({ preview, locale, timeZone, messages: m, busy, skip, onSkip, onCommit }: Props) {
  const titleId = useId();
  const zh = locale === "zh-CN";
  return (
    <section aria-labelledby={titleId} className="flex flex-col gap-4 border-t border-slate-200 pt-4 dark:border-slate-800" data-testid="import-preview" data-status={preview.status}>
      <div className="flex flex-col gap-1">
        <h3 id={titleId} className="text-base font-semibold">
          {m.preview.title}
        </h3>
        <p className={CAPTION}>
          {m.preview.nothingWritten}
          {preview.format.encoding && preview.header ? ` ${fill(m.preview.fileFormat, { encoding: preview.format.encoding, line: preview.header.line })}` : ""}
          {preview.format.sheet ? ` · ${fill(m.preview.sheet, { sheet: preview.format.sheet })}` : ""}
        </p>
      </div>
      <p className={`${STATUS_TONE[preview.status]} font-medium`} aria-live="polite" data-testid="preview-status">
        {m.preview.status[preview.status]}
        {preview.status === "needs_input" && preview.needs.length > 0 && `: ${formatList(preview.needs.map((n) => m.needs[n]), locale)}`}
        {preview.status === "unreadable" && preview.errors[0] && `: ${zh ? preview.errors[0].reasonZh : preview.errors[0].reason}`}
      </p>
      {preview.dates && preview.status !== "unreadable" && <YearlessDates dates={preview.dates} locale={locale} messages={m.preview.yearless} />}
      {preview.status !== "unreadable" && preview.status !== "needs_input" && preview.status !== "unknown_layout" && (
        <PreviewReport preview={preview} locale={locale} timeZone={timeZone} messages={m.preview} measureLabels={m.mapping.measures} />
      )}
      {importable(preview) && <CommitBox preview={preview} locale={locale} messages={m.commit} busy={busy} skip={skip} onSkip={onSkip} onCommit={onCommit} />}
    </section>
  );
}

function blockText(block: CommitBlock, rejected: number, m: DataMessages["commit"], locale: Locale): string {
  switch (block) {
    case "needs":
      return m.blockedNeeds;
    case "layout":
      return m.blockedLayout;
    case "nothing":
      return m.blockedNothing;
    case "rejected":
      return fillCount(m.blockedRejected, rejected, locale);
  }
}

/** "Skip the rejected rows" (when some are) and the commit button, with why it is disabled. */
function CommitBox({
  preview,
  locale,
  messages: m,
  busy,
  skip,
  onSkip,
  onCommit,
}: {
  preview: ImportPreviewJson;
  locale: Locale;
  messages: DataMessages["commit"];
  busy: UploadBusy | null;
  skip: boolean;
  onSkip(skip: boolean): void;
  onCommit(): void;
}) {
  const blockedId = useId();
  const rejected = preview.counts.rejected;
  const block = commitBlock(preview, skip);
  const blocked = block ? blockText(block, rejected, m, locale) : null;
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3 sm:p-4 dark:border-slate-800 dark:bg-slate-950/40" data-testid="commit-box">
      {rejected > 0 && (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-0.5 h-4 w-4 accent-indigo-600" checked={skip} onChange={(e) => onSkip(e.target.checked)} data-testid="skip-rejected" />
          <span>
            {fillCount(m.skip, rejected, locale)}
            <span className={`${CAPTION} block`}>{m.skipNote}</span>
          </span>
        </label>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={BUTTON_PRIMARY}
          disabled={busy !== null || blocked !== null}
          aria-describedby={blocked ? blockedId : undefined}
          onClick={onCommit}
          data-testid="commit-button"
        >
          {busy?.kind === "commit" ? m.committing : m.button}
        </button>
        {blocked && (
          <span id={blockedId} className="text-xs text-slate-600 dark:text-slate-300">
            {blocked}
          </span>
        )}
      </div>
    </div>
  );
}
