// The import panel's state as one value, changed only by the actions below:
// upload → detected preset (or a mapping) → missing details → dry-run
// preview → commit. Pure, so each step can be tested without a browser; the
// panel (ImportPanel.tsx) does the requests and dispatches what came back.
import type { z } from "zod";
import type { CustomMapping, ImportCommitResponse, ImportPreviewJson } from "@/lib/schemas/api/imports";
import { draftToMapping, guessMapping, type MappingDraft } from "./mapping-draft";
import type { UploadBusy } from "./UploadZone";

export type Need = ImportPreviewJson["needs"][number];
/** The order the details are asked in (and sent). */
export const NEED_ORDER: readonly Need[] = ["platform", "account", "year", "day"];

/** "" = let the server detect the layout; MAPPING = the mapping editor's one-off mapping. */
export const AUTO = "";
export const MAPPING = "__mapping";

export type Inputs = Record<Need, string>;
export const NO_INPUTS: Inputs = { year: "", day: "", account: "", platform: "" };

/** What one preview (and the commit after it) is asked with. */
export interface ImportRequest {
  preset: string;
  mapping: CustomMapping | null;
  inputs: Partial<Inputs>;
}

export type CommitAnswer = z.infer<typeof ImportCommitResponse>;

export interface ImportState {
  file: File | null;
  /** AUTO, a preset key, or MAPPING */
  preset: string;
  inputs: Inputs;
  /** the inputs the user has typed in: a value the server suggests never overwrites these */
  typed: Need[];
  /** the inputs asked for so far on this file (a field once shown stays shown) */
  asked: Need[];
  preview: ImportPreviewJson | null;
  /** what `preview` was asked with: the commit sends the same */
  previewed: ImportRequest | null;
  /** the file's header names, from the last preview that had a header */
  headers: string[];
  draft: MappingDraft | null;
  busy: UploadBusy | null;
  /** a sentence in the page's language (the panel describes failures before dispatching them) */
  error: string | null;
  notice: "cancelled" | null;
  /** import only the valid rows */
  skip: boolean;
  result: CommitAnswer | null;
}

export const INITIAL_STATE: ImportState = {
  file: null,
  preset: AUTO,
  inputs: NO_INPUTS,
  typed: [],
  asked: [],
  preview: null,
  previewed: null,
  headers: [],
  draft: null,
  busy: null,
  error: null,
  notice: null,
  skip: false,
  result: null,
};

export type ImportAction =
  /** a new file: forget everything about the last one (its preview is requested next) */
  | { type: "file_chosen"; file: File }
  /** the upload zone refused a file (type, size) */
  | { type: "file_rejected"; message: string }
  | { type: "preset_chosen"; key: string }
  | { type: "draft_changed"; draft: MappingDraft }
  | { type: "input_changed"; need: Need; value: string }
  | { type: "skip_changed"; skip: boolean }
  | { type: "request_started"; kind: UploadBusy["kind"] }
  | { type: "upload_progress"; fraction: number | null; processing: boolean }
  | { type: "upload_cancelled" }
  /** the request is over, whatever came back (dispatched before its outcome) */
  | { type: "request_ended" }
  /**
   * `openMapping`: a layout no preset knows opens the mapping editor (on a
   * new file; not when the user has just left it).
   */
  | { type: "preview_received"; preview: ImportPreviewJson; request: ImportRequest; openMapping: boolean }
  /** a refused or unreadable answer; a refused commit may send its dry run along */
  | { type: "request_failed"; message: string; preview?: ImportPreviewJson | null }
  | { type: "committed"; result: CommitAnswer }
  | { type: "reset" };

/**
 * The year to prefill when the file's dates have no year: the preview's
 * likely year (the latest that keeps every date on or before today in the
 * workspace's zone). `preview_received` fills the year field with it unless
 * the user typed a year; the user confirms it by previewing again.
 */
export function suggestedYear(preview: ImportPreviewJson): number | null {
  return preview.dates?.suggestedYear ?? null;
}

/** The inputs with `year` set to the suggestion, unless the user typed a year or there is none. */
export function withSuggestedYear(inputs: Inputs, typed: readonly Need[], year: number | null): Inputs {
  if (year === null || typed.includes("year")) return inputs;
  return { ...inputs, year: String(year) };
}

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case "file_chosen":
      return { ...state, file: action.file, preset: AUTO, inputs: NO_INPUTS, typed: [], asked: [], preview: null, previewed: null, headers: [], draft: null };
    case "file_rejected":
      return { ...state, error: action.message, notice: null };
    case "preset_chosen":
      if (action.key !== MAPPING) return { ...state, preset: action.key };
      return { ...state, preset: MAPPING, draft: state.draft ?? guessMapping(state.headers, state.preview?.preset?.platform ?? null) };
    case "draft_changed":
      return { ...state, draft: action.draft };
    case "input_changed":
      return {
        ...state,
        inputs: { ...state.inputs, [action.need]: action.value },
        typed: state.typed.includes(action.need) ? state.typed : [...state.typed, action.need],
      };
    case "skip_changed":
      return { ...state, skip: action.skip };
    case "request_started":
      // A new dry run hides the last commit's result; a commit keeps the preview it commits.
      return {
        ...state,
        busy: { kind: action.kind, fraction: null, processing: false },
        error: null,
        notice: null,
        result: action.kind === "preview" ? null : state.result,
      };
    case "upload_progress":
      return state.busy ? { ...state, busy: { ...state.busy, fraction: action.fraction, processing: action.processing } } : state;
    case "upload_cancelled":
      return { ...state, notice: "cancelled" };
    case "request_ended":
      return { ...state, busy: null };
    case "preview_received": {
      const p = action.preview;
      const opensMapping = action.openMapping && p.status === "unknown_layout" && p.header !== null && action.request.preset !== MAPPING;
      return {
        ...state,
        preview: p,
        previewed: action.request,
        skip: false,
        asked: NEED_ORDER.filter((n) => state.asked.includes(n) || p.needs.includes(n)),
        inputs: withSuggestedYear(state.inputs, state.typed, suggestedYear(p)),
        headers: p.header ? p.header.names : state.headers,
        preset: opensMapping ? MAPPING : state.preset,
        draft: opensMapping ? (state.draft ?? guessMapping(p.header?.names ?? [], null)) : state.draft,
      };
    }
    case "request_failed":
      return { ...state, error: action.message, preview: action.preview ?? state.preview };
    case "committed":
      return { ...state, result: action.result, preview: null };
    case "reset":
      return { ...INITIAL_STATE, busy: state.busy };
  }
}

// ---- what the state implies ---------------------------------------------------------------

/** What a preview is asked with now: the chosen preset (or `change`), the mapping while mapping, and the inputs asked for. */
export function requestFor(s: ImportState, change: Partial<ImportRequest> = {}): ImportRequest {
  const preset = change.preset ?? s.preset;
  const mapping = preset === MAPPING ? (change.mapping ?? (s.draft ? draftToMapping(s.draft).mapping : null)) : null;
  const given: Partial<Inputs> = {};
  for (const n of s.asked) given[n] = s.inputs[n];
  return { preset, mapping, inputs: { ...given, ...change.inputs } };
}

/** The inputs the last preview still needs and the user has left empty. */
export function missingInputs(s: ImportState): Need[] {
  const needed = s.preview?.needs ?? [];
  return s.asked.filter((n) => needed.includes(n) && !s.inputs[n].trim());
}

/** The preview can be committed at all (the commit box is shown). */
export function importable(preview: ImportPreviewJson | null): boolean {
  return preview !== null && (preview.status === "ready" || preview.status === "has_errors");
}

export type CommitBlock = "needs" | "layout" | "nothing" | "rejected";

/** Why the commit button is disabled, or null when it is not. */
export function commitBlock(preview: ImportPreviewJson | null, skip: boolean): CommitBlock | null {
  if (!preview) return null;
  if (preview.status === "needs_input") return "needs";
  if (preview.status === "unknown_layout" || preview.status === "unreadable") return "layout";
  if (preview.rollup.dailyRows + preview.rollup.contentItems === 0) return "nothing";
  if (preview.counts.rejected > 0 && !skip) return "rejected";
  return null;
}

/** The multipart form of a preview (or, with `commit`, of the import). */
export function formFor(file: File, r: ImportRequest, commit?: { skipRejected: boolean }): FormData {
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
