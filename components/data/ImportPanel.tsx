"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locale";
import type { DataMessages } from "@/lib/i18n/messages/data";
import type { CustomMapping, ImportPreviewJson } from "@/lib/schemas/api/imports";
import type { PlatformKey } from "@/lib/schemas/enums";
import { describeAnswer } from "./describe";
import { fillCount, formatInteger, formatList } from "./format";
import { isOk, postForm, requestJson, UploadAborted, type Upload } from "./http";
import { draftToMapping, guessMapping, MappingEditor, type MappingDraft } from "./MappingEditor";
import { PreviewReport } from "./PreviewReport";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, CAPTION, FIELD, LABEL, NOTICE_ERROR, NOTICE_INFO, NOTICE_OK, NOTICE_WARN } from "./ui";
import { UploadZone, type UploadBusy } from "./UploadZone";

export interface PresetOption {
  key: string;
  name: string;
}

type Need = ImportPreviewJson["needs"][number];
const NEED_ORDER: Need[] = ["platform", "account", "year", "day"];

/** "" = let the server detect the layout; MAPPING = the mapping editor's one-off mapping. */
const AUTO = "";
const MAPPING = "__mapping";

type Inputs = Record<Need, string>;
const NO_INPUTS: Inputs = { year: "", day: "", account: "", platform: "" };

/** What one preview (and the commit after it) is asked with. */
interface Request {
  preset: string;
  mapping: CustomMapping | null;
  inputs: Partial<Inputs>;
}

interface CommitAnswer {
  batch: { id: number };
  counts: { inserted: number; updated: number; unchanged: number; rejected: number; contentInserted: number; contentUpdated: number };
}

interface Props {
  locale: Locale;
  timeZone: string;
  messages: DataMessages;
  builtIn: PresetOption[];
  saved: PresetOption[];
  platforms: { key: PlatformKey; name: string }[];
  maxBytes: number;
}

function formFor(file: File, r: Request, commit?: { skipRejected: boolean }): FormData {
  const form = new FormData();
  form.append("file", file, file.name);
  if (r.preset && r.preset !== MAPPING) form.append("preset", r.preset);
  if (r.preset === MAPPING && r.mapping) form.append("mapping", JSON.stringify(r.mapping));
  for (const need of NEED_ORDER) {
    const value = r.inputs[need]?.trim();
    if (value) form.append(need, value);
  }
  if (commit) form.append("skipRejected", commit.skipRejected ? "true" : "false");
  return form;
}

const STATUS_TONE: Record<ImportPreviewJson["status"], string> = {
  ready: NOTICE_OK,
  has_errors: NOTICE_WARN,
  needs_input: NOTICE_WARN,
  unknown_layout: NOTICE_WARN,
  unreadable: NOTICE_ERROR,
};

/** Upload → detected preset (or a mapping) → missing details → dry-run preview → commit. */
export function ImportPanel({ locale, timeZone, messages: m, builtIn, saved, platforms, maxBytes }: Props) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [preset, setPreset] = useState(AUTO);
  const [inputs, setInputs] = useState<Inputs>(NO_INPUTS);
  const [asked, setAsked] = useState<Need[]>([]);
  const [preview, setPreview] = useState<ImportPreviewJson | null>(null);
  const [previewed, setPreviewed] = useState<Request | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [busy, setBusy] = useState<UploadBusy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [skip, setSkip] = useState(false);
  const [result, setResult] = useState<CommitAnswer | null>(null);
  const upload = useRef<Upload | null>(null);
  const zh = locale === "zh-CN";
  const int = (n: number) => formatInteger(n, locale);
  const refresh = () => startTransition(() => router.refresh());

  const send = async (url: string, form: FormData, kind: UploadBusy["kind"]) => {
    setBusy({ kind, fraction: null, processing: false });
    setError(null);
    setNotice(null);
    const u = postForm(`${url}?lang=${locale}`, form, (p) =>
      setBusy({ kind, fraction: p.total > 0 ? p.loaded / p.total : null, processing: p.sent || (p.total > 0 && p.loaded >= p.total) }),
    );
    upload.current = u;
    try {
      return await u.done;
    } catch (e) {
      if (e instanceof UploadAborted) {
        setNotice(m.upload.cancelled);
        return null;
      }
      throw e;
    } finally {
      upload.current = null;
      setBusy(null);
    }
  };

  /** `openMapping`: a layout no preset knows opens the mapping editor (on a new file; not when the user has just left it). */
  const runPreview = async (r: Request, f: File | null = file, openMapping = false) => {
    if (!f) return;
    setResult(null);
    const answer = await send("/api/v1/imports/preview", formFor(f, r), "preview");
    if (!answer) return;
    if (!isOk(answer)) {
      setError(describeAnswer(answer, m, locale));
      return;
    }
    const p = answer.body as ImportPreviewJson;
    setPreview(p);
    setPreviewed(r);
    setSkip(false);
    setAsked((before) => NEED_ORDER.filter((n) => before.includes(n) || p.needs.includes(n)));
    if (p.header) setHeaders(p.header.names);
    if (openMapping && p.status === "unknown_layout" && p.header && r.preset !== MAPPING) {
      setPreset(MAPPING);
      setDraft((d) => d ?? guessMapping(p.header?.names ?? [], null));
    }
  };

  const current = (change: Partial<Request> = {}): Request => {
    const p = change.preset ?? preset;
    const mapping = p === MAPPING ? (change.mapping ?? (draft ? draftToMapping(draft).mapping : null)) : null;
    const given = Object.fromEntries(asked.map((n) => [n, inputs[n]])) as Partial<Inputs>;
    return { preset: p, mapping, inputs: { ...given, ...change.inputs } };
  };

  const chooseFile = (f: File) => {
    setFile(f);
    setPreset(AUTO);
    setInputs(NO_INPUTS);
    setAsked([]);
    setPreview(null);
    setPreviewed(null);
    setHeaders([]);
    setDraft(null);
    void runPreview({ preset: AUTO, mapping: null, inputs: {} }, f, true);
  };

  const choosePreset = (key: string) => {
    setPreset(key);
    if (key === MAPPING) {
      setDraft((d) => d ?? guessMapping(headers, preview?.preset?.platform ?? null));
      return;
    }
    void runPreview(current({ preset: key }));
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
    if (!isOk(answer)) {
      const body = answer.body as { preview?: ImportPreviewJson } | null;
      if (body?.preview && typeof body.preview === "object" && "counts" in body.preview) setPreview(body.preview);
      setError(describeAnswer(answer, m, locale));
      refresh();
      return;
    }
    setResult(answer.body as CommitAnswer);
    setPreview(null);
    refresh();
  };

  const reset = () => {
    setFile(null);
    setPreset(AUTO);
    setInputs(NO_INPUTS);
    setAsked([]);
    setPreview(null);
    setPreviewed(null);
    setHeaders([]);
    setDraft(null);
    setResult(null);
    setError(null);
    setNotice(null);
    document.getElementById(`${id}-upload`)?.querySelector("input")?.focus();
  };

  // ---- what the preview asks for and what blocks the commit
  const stillNeeded = preview?.needs ?? [];
  const missing = asked.filter((n) => stillNeeded.includes(n) && !inputs[n].trim());
  const importable = preview && (preview.status === "ready" || preview.status === "has_errors");
  const rejected = preview?.counts.rejected ?? 0;
  const nothing = preview ? preview.rollup.dailyRows + preview.rollup.contentItems === 0 : true;
  const blocked = !preview
    ? null
    : preview.status === "needs_input"
      ? m.commit.blockedNeeds
      : preview.status === "unknown_layout" || preview.status === "unreadable"
        ? m.commit.blockedLayout
        : nothing
          ? m.commit.blockedNothing
          : rejected > 0 && !skip
            ? fillCount(m.commit.blockedRejected, rejected, locale)
            : null;

  const viaLabel = preview?.preset
    ? { detected: m.preset.detected, chosen: m.preset.chosen, saved: m.preset.savedVia, mapping: m.preset.mappingVia }[preview.preset.via]
    : null;
  const presetName = (p: { nameEn: string; nameZh: string }) => (zh ? p.nameZh : p.nameEn);
  // Other layouts worth offering: those matching at least half of their known columns.
  const alternatives = (preview?.candidates ?? []).filter((c) => c.key !== preview?.preset?.key && c.score >= 0.5).slice(0, 3);
  const pct = (score: number) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(score);

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
          onReject={(message) => {
            setError(message);
            setNotice(null);
          }}
          onCancel={() => upload.current?.abort()}
        />
      </div>

      {error && (
        <p className={NOTICE_ERROR} role="alert" data-testid="import-error">
          {error}
        </p>
      )}
      {notice && (
        <p className={NOTICE_INFO} role="status">
          {notice}
        </p>
      )}

      {result && (
        <div className={`${NOTICE_OK} flex flex-col gap-2`} role="status" data-testid="commit-result" data-batch={result.batch.id}>
          <p className="font-semibold">{fill(m.commit.done, { id: result.batch.id })}</p>
          <p>
            {fill(m.commit.doneCounts, {
              inserted: int(result.counts.inserted),
              updated: int(result.counts.updated),
              unchanged: int(result.counts.unchanged),
              rejected: int(result.counts.rejected),
            })}
          </p>
          {result.counts.contentInserted + result.counts.contentUpdated > 0 && (
            <p>{fill(m.commit.doneContent, { inserted: int(result.counts.contentInserted), updated: int(result.counts.contentUpdated) })}</p>
          )}
          <div className="flex flex-wrap gap-2">
            <a href="#history" className="inline-flex h-8 items-center rounded-md px-1 text-sm font-medium underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-indigo-500">
              {m.commit.seeHistory}
            </a>
            <button type="button" className={`${BUTTON_SECONDARY} h-8 text-xs`} onClick={reset} data-testid="import-another">
              {m.commit.another}
            </button>
          </div>
        </div>
      )}

      {file && !result && (preview || headers.length > 0) && (
        <div className="flex flex-col gap-2">
          <div className="flex flex-wrap items-end gap-3">
            <label className={`${LABEL} w-full sm:w-96`}>
              {m.preset.label}
              <select className={FIELD} value={preset} onChange={(e) => choosePreset(e.target.value)} disabled={busy !== null} data-testid="preset-select">
                <option value={AUTO}>{m.preset.auto}</option>
                <optgroup label={m.preset.builtIn}>
                  {builtIn.map((p) => (
                    <option key={p.key} value={p.key}>
                      {p.name}
                    </option>
                  ))}
                </optgroup>
                {saved.length > 0 && (
                  <optgroup label={m.preset.saved}>
                    {saved.map((p) => (
                      <option key={p.key} value={p.key}>
                        {p.name}
                      </option>
                    ))}
                  </optgroup>
                )}
                <option value={MAPPING}>{m.preset.customOption}</option>
              </select>
            </label>
          </div>
          {preview?.preset && preset !== MAPPING && (
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm" data-testid="detected-preset" data-preset={preview.preset.key} data-via={preview.preset.via}>
              <span className="rounded bg-indigo-100 px-1.5 py-0.5 text-xs font-medium text-indigo-800 dark:bg-indigo-900/60 dark:text-indigo-200">{viaLabel}</span>
              <span className="font-medium">{presetName(preview.preset)}</span>
              <span className={CAPTION}>
                {m.preset.kinds[preview.preset.kind]}
                {preview.preset.via === "detected" ? ` · ${fill(m.preset.score, { score: pct(preview.preset.score) })}` : ""}
              </span>
            </p>
          )}
          {preview && !preview.preset && preset !== MAPPING && (
            <p className={`${NOTICE_WARN} flex flex-wrap items-center gap-x-3 gap-y-1`}>
              {m.preset.noneDetected}
              {headers.length > 0 && (
                <button type="button" className={`${BUTTON_SECONDARY} h-8 text-xs`} onClick={() => choosePreset(MAPPING)} disabled={busy !== null}>
                  {m.mapping.title}
                </button>
              )}
            </p>
          )}
          {alternatives.length > 0 && preset !== MAPPING && (
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
              <span>{m.preset.alternatives}</span>
              {alternatives.map((c) => (
                <button
                  key={c.key}
                  type="button"
                  disabled={busy !== null}
                  onClick={() => choosePreset(c.key)}
                  className="rounded border border-slate-300 px-1.5 py-0.5 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-slate-700 dark:hover:bg-slate-800"
                >
                  {presetName(c)} ({pct(c.score)})
                </button>
              ))}
            </p>
          )}
        </div>
      )}

      {file && !result && preset === MAPPING && draft && (
        headers.length > 0 ? (
          <MappingEditor
            headers={headers}
            draft={draft}
            platforms={platforms}
            messages={m.mapping}
            busy={busy !== null}
            onChange={setDraft}
            onPreview={(mapping) => void runPreview(current({ preset: MAPPING, mapping }))}
            onSave={savePreset}
            onClose={() => choosePreset(AUTO)}
          />
        ) : (
          <p className={NOTICE_WARN}>{m.mapping.noHeader}</p>
        )
      )}

      {file && !result && asked.length > 0 && (
        <form
          className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50/60 p-3 sm:p-4 dark:border-amber-800 dark:bg-amber-950/30"
          data-testid="needs-form"
          onSubmit={(e) => {
            e.preventDefault();
            void runPreview(current());
          }}
        >
          <h3 className="text-sm font-semibold">{m.needs.title}</h3>
          <div className="grid gap-3 sm:grid-cols-2">
            {asked.map((need) => (
              <NeedField key={need} need={need} value={inputs[need]} platforms={platforms} messages={m.needs} onChange={(v) => setInputs((i) => ({ ...i, [need]: v }))} />
            ))}
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={BUTTON_PRIMARY} disabled={busy !== null} data-testid="needs-apply">
              {m.needs.apply}
            </button>
            {missing.length > 0 && <span className={CAPTION}>{fill(m.needs.missing, { fields: formatList(missing.map((n) => m.needs[n]), locale) })}</span>}
          </div>
        </form>
      )}

      {file && !result && preview && (
        <section aria-labelledby={`${id}-preview`} className="flex flex-col gap-4 border-t border-slate-200 pt-4 dark:border-slate-800" data-testid="import-preview" data-status={preview.status}>
          <div className="flex flex-col gap-1">
            <h3 id={`${id}-preview`} className="text-base font-semibold">
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
          {preview.status !== "unreadable" && preview.status !== "needs_input" && preview.status !== "unknown_layout" && (
            <PreviewReport preview={preview} locale={locale} timeZone={timeZone} messages={m.preview} measureLabels={m.mapping.measures} />
          )}

          {importable && (
            <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3 sm:p-4 dark:border-slate-800 dark:bg-slate-950/40" data-testid="commit-box">
              {rejected > 0 && (
                <label className="flex items-start gap-2 text-sm">
                  <input type="checkbox" className="mt-0.5 h-4 w-4 accent-indigo-600" checked={skip} onChange={(e) => setSkip(e.target.checked)} data-testid="skip-rejected" />
                  <span>
                    {fillCount(m.commit.skip, rejected, locale)}
                    <span className={`${CAPTION} block`}>{m.commit.skipNote}</span>
                  </span>
                </label>
              )}
              <div className="flex flex-wrap items-center gap-3">
                <button
                  type="button"
                  className={BUTTON_PRIMARY}
                  disabled={busy !== null || blocked !== null}
                  aria-describedby={blocked ? `${id}-blocked` : undefined}
                  onClick={() => void commit()}
                  data-testid="commit-button"
                >
                  {busy?.kind === "commit" ? m.commit.committing : m.commit.button}
                </button>
                {blocked && (
                  <span id={`${id}-blocked`} className="text-xs text-slate-600 dark:text-slate-300">
                    {blocked}
                  </span>
                )}
              </div>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

function NeedField({
  need,
  value,
  platforms,
  messages: m,
  onChange,
}: {
  need: Need;
  value: string;
  platforms: { key: PlatformKey; name: string }[];
  messages: DataMessages["needs"];
  onChange(value: string): void;
}) {
  const helpId = useId();
  const common = { value, "aria-describedby": helpId, className: FIELD, "data-testid": `need-${need}`, required: true } as const;
  return (
    <label className={LABEL}>
      {m[need]}
      {need === "platform" ? (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          <option value="">{m.choosePlatform}</option>
          {platforms.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name}
            </option>
          ))}
        </select>
      ) : need === "year" ? (
        <input {...common} type="number" inputMode="numeric" min={2000} max={2100} step={1} onChange={(e) => onChange(e.target.value)} />
      ) : need === "day" ? (
        <input {...common} type="date" onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" maxLength={200} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
      <span id={helpId} className="font-normal text-slate-500 dark:text-slate-400">
        {m[`${need}Help`]}
      </span>
    </label>
  );
}
