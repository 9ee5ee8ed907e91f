"use client";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { DataMessages } from "@/lib/i18n/messages/data";
import { formatInteger } from "./format";
import type { CommitAnswer } from "./import-state";
import { BUTTON_SECONDARY, NOTICE_OK } from "./ui";

interface Props {
  result: CommitAnswer;
  locale: Locale;
  messages: DataMessages["commit"];
  onAnother(): void;
}

/** What the import wrote (batch, rows, content), a link to the history and "import another file". */
export function CommitResult({ result, locale, messages: m, onAnother }: Props) {
  const int = (n: number) => formatInteger(n, locale);
  return (
    <div className={`${NOTICE_OK} flex flex-col gap-2`} role="status" data-testid="commit-result" data-batch={result.batch.id}>
      <p className="font-semibold">{fill(m.done, { id: result.batch.id, workspace: result.workspace.name })}</p>
      <p>
        {fill(m.doneCounts, {
          inserted: int(result.counts.inserted),
          updated: int(result.counts.updated),
          unchanged: int(result.counts.unchanged),
          rejected: int(result.counts.rejected),
        })}
      </p>
      {result.counts.contentInserted + result.counts.contentUpdated > 0 && (
        <p>{fill(m.doneContent, { inserted: int(result.counts.contentInserted), updated: int(result.counts.contentUpdated) })}</p>
      )}
      <div className="flex flex-wrap gap-2">
        <a href="#history" className="inline-flex h-8 items-center rounded-md px-1 text-sm font-medium underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-indigo-500">
          {m.seeHistory}
        </a>
        <button type="button" className={`${BUTTON_SECONDARY} h-8 text-xs`} onClick={onAnother} data-testid="import-another">
          {m.another}
        </button>
      </div>
    </div>
  );
}
