"use client";

import { useRouter } from "next/navigation";
import { useId, useReducer, useRef, useTransition } from "react";
import type { Locale } from "@/lib/i18n/locale";
import type { DataMessages } from "@/lib/i18n/messages/data";
import { ImportCommitResponse, ImportPreviewSchema, type CustomMapping } from "@/lib/schemas/api/imports";
import type { PlatformKey } from "@/lib/schemas/enums";
import { CommitResult } from "./CommitResult";
import { describeAnswer, describeFailure } from "./describe";
import { isOk, postForm, previewInError, readAnswer, requestJson, UploadAborted, type ApiAnswer, type Upload } from "./http";
import { AUTO, formFor, importReducer, INITIAL_STATE, MAPPING, missingInputs, requestFor, suggestedYear, type ImportRequest } from "./import-state";
import { ImportPreview } from "./ImportPreview";
import { MappingEditor } from "./MappingEditor";
import { NeedsForm } from "./NeedsForm";
import { PresetPicker, type PresetOption } from "./PresetPicker";
import { NOTICE_ERROR, NOTICE_INFO, NOTICE_WARN } from "./ui";
import { UploadZone, type UploadBusy } from "./UploadZone";

export type { PresetOption } from "./PresetPicker";

interface Props {
  locale: Locale;
  timeZone: string;
  messages: DataMessages;
  builtIn: PresetOption[];
  saved: PresetOption[];
  platforms: { key: PlatformKey; name: string }[];
  maxBytes: number;
}

/** Upload → detected preset (or a mapping) → missing details → dry-run preview → commit. The state and its steps: import-state.ts. */
export function ImportPanel({ locale, timeZone, messages: m, builtIn, saved, platforms, maxBytes }: Props) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const id = useId();
  const [state, dispatch] = useReducer(importReducer, INITIAL_STATE);
  const { file, preset, preview, previewed, headers, draft, busy, error, notice, skip, result, asked } = state;
  const upload = useRef<Upload | null>(null);
  const refresh = () => startTransition(() => router.refresh());

  /** Sends the form with progress; null when the user cancelled it. */
  const send = async (url: string, form: FormData, kind: UploadBusy["kind"]): Promise<ApiAnswer | null> => {
    dispatch({ type: "request_started", kind });
    const u = postForm(`${url}?lang=${locale}`, form, (p) =>
      dispatch({ type: "upload_progress", fraction: p.total > 0 ? p.loaded / p.total : null, processing: p.sent || (p.total > 0 && p.loaded >= p.total) }),
    );
    upload.current = u;
    try {
      return await u.done;
    } catch (e) {
      if (e instanceof UploadAborted) {
        dispatch({ type: "upload_cancelled" });
        return null;
      }
      throw e;
    } finally {
      upload.current = null;
      dispatch({ type: "request_ended" });
    }
  };

  /** `openMapping`: a layout no preset knows opens the mapping editor (on a new file; not when the user has just left it). */
  const runPreview = async (request: ImportRequest, f: File | null = file, openMapping = false) => {
    if (!f) return;
    const answer = await send("/api/v1/imports/preview", formFor(f, request), "preview");
    if (!answer) return;
    const reply = readAnswer(answer, ImportPreviewSchema);
    if (reply.kind !== "ok") return dispatch({ type: "request_failed", message: describeFailure(reply, m, locale) });
    dispatch({ type: "preview_received", preview: reply.data, request, openMapping });
  };

  const chooseFile = (f: File) => {
    dispatch({ type: "file_chosen", file: f });
    void runPreview({ preset: AUTO, mapping: null, inputs: {} }, f, true);
  };

  const choosePreset = (key: string) => {
    dispatch({ type: "preset_chosen", key });
    if (key !== MAPPING) void runPreview(requestFor(state, { preset: key }));
  };

  const savePreset = async (name: string, mapping: CustomMapping): Promise<string | null> => {
    const answer = await requestJson("/api/v1/presets", "POST", { name, headers, mapping });
    if (!isOk(answer)) return describeAnswer(answer, m, locale);
    refresh();
    return null;
  };

  const commit = async () => {
    if (!file || !previewed || !preview) return;
    const answer = await send("/api/v1/imports", formFor(file, previewed, { skipRejected: skip }), "commit");
    if (!answer) return;
    const reply = readAnswer(answer, ImportCommitResponse);
    if (reply.kind === "ok") dispatch({ type: "committed", result: reply.data });
    else {
      // A refused commit sends its dry run along (what was rejected, what is needed): show that one.
      const again = reply.kind === "refused" ? previewInError(reply.answer.body) : null;
      dispatch({ type: "request_failed", message: describeFailure(reply, m, locale), preview: again });
    }
    refresh();
  };

  const reset = () => {
    dispatch({ type: "reset" });
    document.getElementById(`${id}-upload`)?.querySelector("input")?.focus();
  };

  const working = busy !== null;

  return (
    <div className="flex flex-col gap-4">
      <div id={`${id}-upload`}>
        <UploadZone
          locale={locale}
          messages={m.upload}
          file={file}
          maxBytes={maxBytes}
          busy={busy}
          onFile={chooseFile}
          onReject={(message) => dispatch({ type: "file_rejected", message })}
          onCancel={() => upload.current?.abort()}
        />
      </div>

      {error && (
        <p className={NOTICE_ERROR} role="alert" data-testid="import-error">
          {error}
        </p>
      )}
      {notice === "cancelled" && (
        <p className={NOTICE_INFO} role="status">
          {m.upload.cancelled}
        </p>
      )}

      {result && <CommitResult result={result} locale={locale} messages={m.commit} onAnother={reset} />}

      {file && !result && (preview || headers.length > 0) && (
        <PresetPicker locale={locale} messages={m} builtIn={builtIn} saved={saved} preset={preset} preview={preview} headers={headers} busy={working} onChoose={choosePreset} />
      )}

      {file && !result && preset === MAPPING && draft && (
        headers.length > 0 ? (
          <MappingEditor
            headers={headers}
            draft={draft}
            platforms={platforms}
            messages={m.mapping}
            busy={working}
            onChange={(d) => dispatch({ type: "draft_changed", draft: d })}
            onPreview={(mapping) => void runPreview(requestFor(state, { preset: MAPPING, mapping }))}
            onSave={savePreset}
            onClose={() => choosePreset(AUTO)}
          />
        ) : (
          <p className={NOTICE_WARN}>{m.mapping.noHeader}</p>
        )
      )}

      {file && !result && asked.length > 0 && (
        <NeedsForm
          locale={locale}
          messages={m.needs}
          asked={asked}
          inputs={state.inputs}
          missing={missingInputs(state)}
          platforms={platforms}
          suggestedYear={preview ? suggestedYear(preview) : null}
          busy={working}
          onChange={(need, value) => dispatch({ type: "input_changed", need, value })}
          onApply={() => void runPreview(requestFor(state))}
        />
      )}

      {file && !result && preview && (
        <ImportPreview
          preview={preview}
          locale={locale}
          timeZone={timeZone}
          messages={m}
          busy={busy}
          skip={skip}
          onSkip={(s) => dispatch({ type: "skip_changed", skip: s })}
          onCommit={() => void commit()}
        />
      )}
    </div>
  );
}
