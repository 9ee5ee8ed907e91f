// The import panel's state (components/data/import-state.ts): each step of
// upload → preset or mapping → missing details → dry run → commit, without a
// browser. Previews are parsed with the production schema, so a fixture that
// drifts from what the server sends fails here first.
import { describe, expect, it } from "vitest";
import {
  AUTO,
  commitBlock,
  formFor,
  importReducer,
  INITIAL_STATE,
  MAPPING,
  missingInputs,
  NO_INPUTS,
  requestFor,
  suggestedYear,
  withSuggestedYear,
  type ImportAction,
  type ImportState,
} from "@/components/data/import-state";
import { ImportBatchSchema, ImportCommitResponse, ImportPreviewSchema, type ImportPreviewJson } from "@/lib/schemas/api/imports";

const COUNTS = { rows: 4, inserted: 3, updated: 0, unchanged: 0, rejected: 1, skipped: 0, contentInserted: 0, contentUpdated: 0, contentUnchanged: 0, accountsNew: 2 };

function preview(change: Partial<ImportPreviewJson> = {}): ImportPreviewJson {
  return ImportPreviewSchema.parse({
    status: "has_errors",
    fileName: "a.csv",
    size: 100,
    contentHash: "ab".repeat(32),
    format: { encoding: "utf-8", separator: ",", sheet: null },
    header: { line: 1, names: ["date", "platform", "account", "impressions"] },
    preset: { key: "canonical", nameEn: "Canonical CSV", nameZh: "标准CSV", platform: null, kind: "daily", score: 1, via: "detected" },
    candidates: [],
    needs: [],
    counts: COUNTS,
    errors: [],
    errorsTotal: 1,
    skipped: [],
    firstDay: "2021-03-01",
    lastDay: "2021-03-02",
    accounts: [],
    accountsTotal: 0,
    rollup: { code: "rollup", en: "", zh: "", dailyRows: 3, contentItems: 0, measures: ["impressions"] },
    notes: [],
    sample: { daily: [], posts: [] },
    previousImport: null,
    ...change,
  });
}

const BATCH = ImportBatchSchema.parse({
  id: 7, fileName: "a.csv", hashPrefix: "abababababab", contentHash: "ab".repeat(32), preset: "canonical", kind: "daily", source: "file", status: "committed",
  rowsTotal: 4, rowsInserted: 3, rowsUpdated: 0, rowsUnchanged: 0, rowsRejected: 1, contentInserted: 0, contentUpdated: 0, skippedRejected: true,
  firstDay: "2021-03-01", lastDay: "2021-03-02", createdBy: "web", createdAt: "2026-12-04T10:00:00.000Z", committedAt: "2026-12-04T10:00:01.000Z", undoneAt: null, canUndo: true,
});
const RESULT = ImportCommitResponse.parse({ batch: BATCH, counts: COUNTS, workspace: { slug: "demo", name: "Demo" } });

const FILE = new File(["date,platform\n"], "a.csv", { type: "text/csv" });
const run = (actions: ImportAction[], from: ImportState = INITIAL_STATE) => actions.reduce(importReducer, from);
const AUTO_REQUEST = { preset: AUTO, mapping: null, inputs: {} };

describe("importReducer", () => {
  it("a new file forgets the last one's preset, inputs, preview and mapping", () => {
    const before = run([
      { type: "file_chosen", file: FILE },
      { type: "preview_received", preview: preview({ status: "needs_input", needs: ["year"] }), request: AUTO_REQUEST, openMapping: true },
      { type: "input_changed", need: "year", value: "2024" },
      { type: "preset_chosen", key: MAPPING },
    ]);
    expect(before.draft).not.toBeNull();
    const after = importReducer(before, { type: "file_chosen", file: new File(["x"], "b.csv") });
    expect(after).toMatchObject({ preset: AUTO, inputs: NO_INPUTS, typed: [], asked: [], preview: null, previewed: null, headers: [], draft: null });
    expect(after.file?.name).toBe("b.csv");
  });

  it("a request in flight is busy, reports progress, and clears the last error and notice; a new preview hides the last result", () => {
    const done = run([{ type: "file_chosen", file: FILE }, { type: "request_failed", message: "boom" }, { type: "upload_cancelled" }]);
    const withResult: ImportState = { ...done, result: RESULT };
    const started = importReducer(withResult, { type: "request_started", kind: "preview" });
    expect(started).toMatchObject({ busy: { kind: "preview", fraction: null, processing: false }, error: null, notice: null, result: null });
    expect(importReducer(started, { type: "upload_progress", fraction: 0.5, processing: false }).busy).toEqual({ kind: "preview", fraction: 0.5, processing: false });
    expect(importReducer(started, { type: "request_ended" }).busy).toBeNull();
    // progress after the request ended changes nothing
    const ended = importReducer(started, { type: "request_ended" });
    expect(importReducer(ended, { type: "upload_progress", fraction: 1, processing: true })).toBe(ended);
    // a commit keeps what is shown
    expect(importReducer(withResult, { type: "request_started", kind: "commit" }).result).toBe(withResult.result);
  });

  it("a preview is kept with the request it answered; the fields it asks for stay asked, in order; skip starts unticked", () => {
    const s = run([
      { type: "file_chosen", file: FILE },
      { type: "preview_received", preview: preview({ status: "needs_input", needs: ["year"] }), request: AUTO_REQUEST, openMapping: true },
      { type: "skip_changed", skip: true },
      { type: "preview_received", preview: preview({ status: "needs_input", needs: ["account"] }), request: { ...AUTO_REQUEST, inputs: { year: "2024" } }, openMapping: false },
    ]);
    expect(s.asked).toEqual(["account", "year"]);
    expect(s.skip).toBe(false);
    expect(s.previewed?.inputs).toEqual({ year: "2024" });
    expect(s.headers).toEqual(["date", "platform", "account", "impressions"]);
  });

  it("an unknown layout on a new file opens the mapping editor with a guessed draft; not when the user has just left it", () => {
    const unknown = preview({ status: "unknown_layout", preset: null, header: { line: 1, names: ["Date", "Account", "Impressions"] } });
    const opened = run([
      { type: "file_chosen", file: FILE },
      { type: "preview_received", preview: unknown, request: AUTO_REQUEST, openMapping: true },
    ]);
    expect(opened.preset).toBe(MAPPING);
    expect(opened.draft).toMatchObject({ dateColumn: "Date", accountColumn: "Account", accountMode: "column" });
    const left = run([
      { type: "file_chosen", file: FILE },
      { type: "preview_received", preview: unknown, request: AUTO_REQUEST, openMapping: false },
    ]);
    expect(left.preset).toBe(AUTO);
    expect(left.draft).toBeNull();
  });

  it("choosing the mapping guesses a draft once, from the headers and the detected platform; a preset does not touch it", () => {
    const s = run([
      { type: "file_chosen", file: FILE },
      { type: "preview_received", preview: preview({ preset: { key: "x", nameEn: "X", nameZh: "X", platform: "weibo", kind: "daily", score: 1, via: "detected" } }), request: AUTO_REQUEST, openMapping: true },
      { type: "preset_chosen", key: MAPPING },
    ]);
    if (!s.draft) throw new Error("no draft guessed");
    expect(s.draft.platform).toBe("weibo");
    const edited = importReducer(s, { type: "draft_changed", draft: { ...s.draft, account: "brand" } });
    expect(importReducer(edited, { type: "preset_chosen", key: MAPPING }).draft?.account).toBe("brand");
    expect(importReducer(edited, { type: "preset_chosen", key: "canonical" })).toMatchObject({ preset: "canonical", draft: edited.draft });
  });

  it("a refused commit shows its dry run when it sent one, else keeps the preview; a commit hides the preview", () => {
    const shown = run([
      { type: "file_chosen", file: FILE },
      { type: "preview_received", preview: preview(), request: AUTO_REQUEST, openMapping: true },
    ]);
    const kept = importReducer(shown, { type: "request_failed", message: "no", preview: null });
    expect(kept).toMatchObject({ error: "no", preview: shown.preview });
    const fresh = preview({ errorsTotal: 2 });
    expect(importReducer(shown, { type: "request_failed", message: "no", preview: fresh }).preview).toBe(fresh);
    expect(importReducer(shown, { type: "committed", result: RESULT })).toMatchObject({ result: RESULT, preview: null });
  });

  it("reset starts over; a rejected file shows why and drops the notice", () => {
    const s = run([{ type: "file_chosen", file: FILE }, { type: "upload_cancelled" }, { type: "file_rejected", message: "too big" }]);
    expect(s).toMatchObject({ error: "too big", notice: null });
    expect(importReducer(s, { type: "reset" })).toEqual(INITIAL_STATE);
  });
});

describe("the year field and a suggested year", () => {
  it("is filled from a suggestion while the user has not typed a year", () => {
    expect(withSuggestedYear(NO_INPUTS, [], 2024).year).toBe("2024");
    expect(withSuggestedYear({ ...NO_INPUTS, year: "2023" }, [], 2024).year).toBe("2024");
  });

  it("keeps what the user typed, even an empty field, and anything when there is no suggestion", () => {
    expect(withSuggestedYear({ ...NO_INPUTS, year: "2022" }, ["year"], 2024).year).toBe("2022");
    expect(withSuggestedYear(NO_INPUTS, ["year"], 2024).year).toBe("");
    expect(withSuggestedYear({ ...NO_INPUTS, year: "2022" }, [], null)).toEqual({ ...NO_INPUTS, year: "2022" });
  });

  it("typing marks the field as the user's; a new file forgets that; a preview keeps the typed year", () => {
    const typed = run([
      { type: "file_chosen", file: FILE },
      { type: "input_changed", need: "year", value: "2022" },
      { type: "preview_received", preview: preview({ status: "needs_input", needs: ["year"] }), request: AUTO_REQUEST, openMapping: false },
    ]);
    expect(typed.typed).toEqual(["year"]);
    expect(typed.inputs.year).toBe("2022");
    expect(importReducer(typed, { type: "file_chosen", file: FILE }).typed).toEqual([]);
  });

  /** A preview of year-less dates in file order whose year must be asked, with the likely year. */
  const yearless = (suggested: number | null, year: number | null = null) =>
    preview({
      status: year === null ? "needs_input" : "ready",
      needs: year === null ? ["year"] : [],
      dates: { yearless: true, rule: "file_order_ascending", year, suggestedYear: suggested, warnings: [] },
    });

  it("the suggestion is the preview's likely year; none without year-less dates or a likely year", () => {
    expect(suggestedYear(yearless(2026))).toBe(2026);
    expect(suggestedYear(yearless(null))).toBeNull();
    expect(suggestedYear(preview())).toBeNull();
  });

  it("a preview that asks for the year prefills it with the likely year, not as typed; previewing again sends it", () => {
    const s = run([
      { type: "file_chosen", file: FILE },
      { type: "preview_received", preview: yearless(2026), request: AUTO_REQUEST, openMapping: true },
    ]);
    expect(s.asked).toEqual(["year"]);
    expect(s.inputs.year).toBe("2026");
    expect(s.typed).toEqual([]);
    expect(missingInputs(s)).toEqual([]);
    const again = requestFor(s);
    expect(again.inputs).toEqual({ year: "2026" });
    expect(formFor(FILE, again).get("year")).toBe("2026");
    // The confirmed year's preview keeps the field as it is.
    const confirmed = importReducer(s, { type: "preview_received", preview: yearless(2026, 2026), request: again, openMapping: false });
    expect(confirmed.inputs.year).toBe("2026");
  });

  it("a year the user typed (or cleared) is never overwritten by a suggestion, on this preview or the next", () => {
    const s = run([
      { type: "file_chosen", file: FILE },
      { type: "preview_received", preview: yearless(2026), request: AUTO_REQUEST, openMapping: true },
      { type: "input_changed", need: "year", value: "2024" },
      { type: "preview_received", preview: yearless(2026, 2024), request: { ...AUTO_REQUEST, inputs: { year: "2024" } }, openMapping: false },
    ]);
    expect(s.inputs.year).toBe("2024");
    expect(s.typed).toEqual(["year"]);
    const cleared = run([{ type: "input_changed", need: "year", value: "" }, { type: "preview_received", preview: yearless(2026), request: AUTO_REQUEST, openMapping: false }], s);
    expect(cleared.inputs.year).toBe("");
    expect(missingInputs(cleared)).toEqual(["year"]);
  });

  it("a new file's suggestion replaces the last file's, and a file without one leaves the field empty", () => {
    const first = run([
      { type: "file_chosen", file: FILE },
      { type: "preview_received", preview: yearless(2026), request: AUTO_REQUEST, openMapping: true },
    ]);
    const second = run([{ type: "file_chosen", file: FILE }, { type: "preview_received", preview: yearless(2025), request: AUTO_REQUEST, openMapping: true }], first);
    expect(second.inputs.year).toBe("2025");
    const third = run([{ type: "file_chosen", file: FILE }, { type: "preview_received", preview: yearless(null), request: AUTO_REQUEST, openMapping: true }], second);
    expect(third.inputs.year).toBe("");
    expect(missingInputs(third)).toEqual(["year"]);
  });
});

describe("what the state implies", () => {
  const needing = run([
    { type: "file_chosen", file: FILE },
    { type: "preview_received", preview: preview({ status: "needs_input", needs: ["account", "year"] }), request: AUTO_REQUEST, openMapping: false },
    { type: "input_changed", need: "year", value: "2024" },
    { type: "input_changed", need: "day", value: "2024-01-01" },
  ]);

  it("the next request sends the asked inputs only, and a change on top", () => {
    expect(requestFor(needing)).toEqual({ preset: AUTO, mapping: null, inputs: { account: "", year: "2024" } });
    expect(requestFor(needing, { preset: "canonical", inputs: { account: "a" } })).toEqual({ preset: "canonical", mapping: null, inputs: { account: "a", year: "2024" } });
  });

  it("the mapping is sent only while mapping, from the draft unless given", () => {
    const mapping = { columns: { Impressions: "impressions" }, platform: "weibo" as const, account: "brand" };
    expect(requestFor(needing, { preset: MAPPING, mapping }).mapping).toBe(mapping);
    expect(requestFor(needing, { preset: MAPPING }).mapping).toBeNull();
    expect(requestFor(needing, { preset: "canonical", mapping }).mapping).toBeNull();
  });

  it("missing: asked, still needed, and empty", () => {
    expect(missingInputs(needing)).toEqual(["account"]);
    expect(missingInputs(importReducer(needing, { type: "input_changed", need: "account", value: " " }))).toEqual(["account"]);
    expect(missingInputs(importReducer(needing, { type: "input_changed", need: "account", value: "a" }))).toEqual([]);
  });

  it("the commit is blocked by a preview that needs input, an unknown layout, nothing to import, or rejected rows not skipped", () => {
    expect(commitBlock(null, false)).toBeNull();
    expect(commitBlock(preview({ status: "needs_input" }), false)).toBe("needs");
    expect(commitBlock(preview({ status: "unknown_layout" }), false)).toBe("layout");
    expect(commitBlock(preview({ status: "unreadable" }), false)).toBe("layout");
    expect(commitBlock(preview({ rollup: { code: "r", en: "", zh: "", dailyRows: 0, contentItems: 0, measures: [] } }), true)).toBe("nothing");
    expect(commitBlock(preview(), false)).toBe("rejected");
    expect(commitBlock(preview(), true)).toBeNull();
    expect(commitBlock(preview({ status: "ready", counts: { ...COUNTS, rejected: 0 } }), false)).toBeNull();
  });

  it("the form carries the file, the preset or the mapping, the trimmed inputs in order, and skipRejected on commit", () => {
    const form = formFor(FILE, { preset: "canonical", mapping: null, inputs: { year: " 2024 ", account: "" } }, { skipRejected: true });
    expect([...form.keys()]).toEqual(["file", "preset", "year", "skipRejected"]);
    expect(form.get("year")).toBe("2024");
    expect(form.get("skipRejected")).toBe("true");
    const mapped = formFor(FILE, { preset: MAPPING, mapping: { columns: { a: "impressions" }, platform: "weibo" }, inputs: {} });
    expect(mapped.get("preset")).toBeNull();
    expect(JSON.parse(String(mapped.get("mapping")))).toEqual({ columns: { a: "impressions" }, platform: "weibo" });
    expect(formFor(FILE, AUTO_REQUEST).has("preset")).toBe(false);
  });
});
