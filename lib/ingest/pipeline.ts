// The import pipeline: bytes → table → header → preset → records → preview
// (what would be inserted, updated, unchanged, rejected) → one-transaction
// commit recorded as an ImportBatch that can be undone.
//
// Two ways through, with the same results:
// - the canonical CSV in UTF-8 (the template, the lossless export, the
//   million-row files) streams: read in 64 kB pieces, parsed, validated and
//   packed by column 500 rows at a time (canonical-stream.ts; on a worker
//   thread from 1 MB on, while this thread writes the chunks before), then
//   classified and written chunk by chunk inside one transaction, so memory
//   stays flat whatever the size;
// - every other file (other presets, .xlsx, GB18030, UTF-16) is read whole by
//   readTable — platform exports are small — and its records go through the
//   same chunked classification and writers.
//
// Preview and commit share one pass (`run`): the preview classifies without
// writing; the commit classifies and writes. A commit with rejected rows and
// no `skipRejected` stops writing at the first error, finishes the pass for
// the report, rolls the transaction back and records a batch with status
// "failed" and the errors outside it, so the history shows the attempt while
// the data tables stay exactly as they were.
//
// The parts, in the order a file goes through them: import-types.ts (inputs
// and outputs), choose-preset.ts, plan.ts, tally.ts + sink.ts + run.ts (one
// pass), preview.ts, commit.ts, preview-json.ts.
export * from "./import-types";
export { savedPresets } from "./choose-preset";
export { previewImport } from "./preview";
export { commitImport } from "./commit";
export { previewJson } from "./preview-json";
