"use client";

import { useId, useState, useSyncExternalStore, type DragEvent } from "react";
import { fill } from "@/lib/i18n/fill";
import type { DataMessages } from "@/lib/i18n/messages/data";
import { formatBytes } from "./format";
import { BUTTON_PRIMARY, CAPTION } from "./ui";

export interface UploadBusy {
  kind: "preview" | "commit";
  /** 0..1 of the upload; null before the first progress event */
  fraction: number | null;
  /** the bytes are sent; the server is reading them */
  processing: boolean;
}

const ACCEPT = ".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const EXTENSIONS = /\.(csv|tsv|txt|xlsx)$/i;

interface Props {
  locale: string;
  messages: DataMessages["upload"];
  file: File | null;
  maxBytes: number;
  busy: UploadBusy | null;
  onFile(file: File): void;
  onReject(message: string): void;
  onCancel(): void;
}

const noSubscription = () => () => {};

/** The drop zone with a real file input inside it, and the upload's progress. */
export function UploadZone({ locale, messages: m, file, maxBytes, busy, onFile, onReject, onCancel }: Props) {
  const inputId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);
  // A file chosen before the page is interactive would be dropped silently: the input waits for hydration.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);

  const take = (f: File | undefined) => {
    if (!f) return;
    if (!EXTENSIONS.test(f.name)) return onReject(fill(m.wrongType, { name: f.name }));
    if (f.size > maxBytes) return onReject(fill(m.tooLarge, { name: f.name, size: formatBytes(f.size, locale), max: formatBytes(maxBytes, locale) }));
    onFile(f);
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    if (busy || !ready) return;
    take(e.dataTransfer.files[0]);
  };

  const percent = busy?.fraction === null || busy === null ? null : Math.round(busy.fraction * 100);
  const percentText = percent === null ? "…" : new Intl.NumberFormat(locale, { style: "percent" }).format(percent / 100);

  return (
    <div className="flex flex-col gap-3">
      <div
        data-testid="drop-zone"
        data-ready={ready}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = busy ? "none" : "copy";
          if (!over) setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={`flex flex-col items-center gap-3 rounded-xl border-2 border-dashed px-4 py-6 text-center transition-colors sm:py-8 ${
          over
            ? "border-indigo-500 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950/40"
            : "border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-950/40"
        }`}
      >
        <svg aria-hidden viewBox="0 0 24 24" className="h-8 w-8 text-slate-400 dark:text-slate-500" fill="none" stroke="currentColor" strokeWidth="1.5">
          <path strokeLinecap="round" strokeLinejoin="round" d="M12 16V4m0 0-4 4m4-4 4 4M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2" />
        </svg>
        <p className="text-sm font-medium text-slate-700 dark:text-slate-200">{over ? m.dropActive : m.drop}</p>
        {/* The real file input (keyboard: Tab, then Enter or Space), drawn as the button beside it so its text is in the page's language. */}
        <input
          id={inputId}
          type="file"
          accept={ACCEPT}
          aria-label={m.inputLabel}
          aria-describedby={hintId}
          disabled={!ready || busy !== null}
          data-testid="file-input"
          onChange={(e) => {
            take(e.target.files?.[0]);
            // the same file chosen again must read again
            e.target.value = "";
          }}
          className="peer sr-only"
        />
        <label
          htmlFor={inputId}
          className={`${BUTTON_PRIMARY} cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-indigo-500 peer-disabled:cursor-not-allowed peer-disabled:opacity-60`}
        >
          <svg aria-hidden viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8">
            <path strokeLinecap="round" strokeLinejoin="round" d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8l-5-5Zm0 0v5h5" />
          </svg>
          {m.choose}
        </label>
        <p id={hintId} className={CAPTION}>
          {fill(m.accepted, { size: formatBytes(maxBytes, locale) })}
        </p>
      </div>

      {file && (
        <p className="flex min-w-0 items-center gap-2 text-sm" data-testid="chosen-file">
          <svg aria-hidden viewBox="0 0 24 24" className="h-4 w-4 shrink-0 text-slate-400" fill="none" stroke="currentColor" strokeWidth="1.5">
            <path strokeLinecap="round" strokeLinejoin="round" d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8l-5-5Zm0 0v5h5" />
          </svg>
          <span className="min-w-0 truncate font-medium">{fill(m.file, { name: file.name, size: formatBytes(file.size, locale) })}</span>
        </p>
      )}

      {busy && (
        <div className="flex flex-col gap-1.5" data-testid="upload-status" aria-live="polite">
          <div className="flex items-center justify-between gap-3 text-xs text-slate-600 dark:text-slate-300">
            <span>{busy.processing ? (busy.kind === "commit" ? m.committing : m.processing) : fill(m.uploading, { percent: percentText })}</span>
            <button type="button" onClick={onCancel} className="rounded px-1 font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-indigo-300">
              {m.cancel}
            </button>
          </div>
          <div
            role="progressbar"
            aria-label={m.progress}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={busy.processing ? undefined : (percent ?? 0)}
            aria-valuetext={busy.processing ? (busy.kind === "commit" ? m.committing : m.processing) : percentText}
            data-testid="upload-progress"
            className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
          >
            <div
              className={`h-full rounded-full bg-indigo-600 transition-[width] dark:bg-indigo-400 ${busy.processing ? "w-full animate-pulse" : ""}`}
              style={busy.processing ? undefined : { width: `${percent ?? 0}%` }}
            />
          </div>
        </div>
      )}

    </div>
  );
}
