// Property: whatever is done to a valid canonical CSV (garbage in a cell,
// a dropped cell, an extra separator, a truncated file, random bytes in it or
// instead of it), commitImport never throws, never writes part of a file,
// and a refused file always comes with errors that name a line (or the
// file) and a reason in both languages — or, when the damage makes it look
// like a layout that needs an option, with what it needs. A file that is still valid after the
// mutation is committed and then undone, which must restore every table
// exactly — so each run starts from the same database.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isImportErrorCode } from "@/lib/i18n/messages/import-errors";
import { commitImport } from "@/lib/ingest/pipeline";
import { undoImport } from "@/lib/ingest/undo";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { canonicalCsv, checksum, encode, sampleRow } from "../helpers/import-fixtures";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
let ws: Workspace;

const ROWS = Array.from({ length: 12 }, (_, i) => sampleRow(i % 3, Math.floor(i / 3)));
const VALID = canonicalCsv(ROWS);
const LINES = VALID.trimEnd().split("\n");

beforeAll(async () => {
  t = await createTempDatabase();
  ws = await t.db.workspace.create({ data: { slug: "fuzz", name: "Fuzz" } });
  // The database already holds the valid file, so mutated files update rows as well as insert them.
  const base = await commitImport(t.db, ws, { bytes: encode(VALID), fileName: "base.csv" });
  expect(base.ok).toBe(true);
});
afterAll(async () => {
  await t.cleanup();
});

const withLines = (lines: string[]) => `${lines.join("\n")}\n`;
const dataLine = fc.integer({ min: 1, max: LINES.length - 1 });

/** A mutation: text → bytes. */
const mutation: fc.Arbitrary<{ name: string; apply: () => Uint8Array }> = fc.oneof(
  fc.tuple(dataLine, fc.integer({ min: 0, max: 19 }), fc.string({ maxLength: 12 })).map(([line, col, garbage]) => ({
    name: `cell ${line}:${col} = ${JSON.stringify(garbage)}`,
    apply: () => {
      const lines = [...LINES];
      const cells = (lines[line] as string).split(",");
      cells[col] = garbage;
      lines[line] = cells.join(",");
      return encode(withLines(lines));
    },
  })),
  fc.tuple(dataLine, fc.integer({ min: 0, max: 19 })).map(([line, col]) => ({
    name: `drop cell ${line}:${col}`,
    apply: () => {
      const lines = [...LINES];
      const cells = (lines[line] as string).split(",");
      cells.splice(col, 1);
      lines[line] = cells.join(",");
      return encode(withLines(lines));
    },
  })),
  fc.tuple(dataLine, fc.nat(), fc.constantFrom(",", ",,", ";", '"')).map(([line, at, sep]) => ({
    name: `insert ${JSON.stringify(sep)} in line ${line}`,
    apply: () => {
      const lines = [...LINES];
      const text = lines[line] as string;
      const i = at % (text.length + 1);
      lines[line] = text.slice(0, i) + sep + text.slice(i);
      return encode(withLines(lines));
    },
  })),
  fc.nat().map((at) => ({
    name: `truncate at ${at}`,
    apply: () => {
      const bytes = encode(VALID);
      return bytes.subarray(0, at % bytes.length);
    },
  })),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, noise]) => ({
    name: `bytes ${Array.from(noise).join(" ")} at ${at}`,
    apply: () => {
      const bytes = encode(VALID);
      const i = at % bytes.length;
      return new Uint8Array([...bytes.subarray(0, i), ...noise, ...bytes.subarray(i)]);
    },
  })),
  fc.uint8Array({ maxLength: 300 }).map((noise) => ({ name: `random file of ${noise.length} bytes`, apply: () => noise })),
);

describe("mutated canonical files", () => {
  it("never crash the importer, never write part of a file, and always say which line is wrong", async () => {
    const before = checksum(t.file);
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const bytes = m.apply();
        const result = await commitImport(t.db, ws, { bytes, fileName: "mutated.csv" });
        if (result.ok) {
          // Still a valid file: it went in whole; undoing it restores every table.
          expect(result.counts.rejected).toBe(0);
          const undone = await undoImport(t.db, ws, result.batchId);
          expect(undone.ok).toBe(true);
        } else {
          expect(["rejected_rows", "unreadable_file", "unknown_layout", "needs_input"]).toContain(result.code);
          // A damaged header can look like another layout that needs an option (an account, a year): the preview names it.
          if (result.code === "needs_input") expect(result.preview.needs.length).toBeGreaterThan(0);
          else expect(result.preview.errorsTotal).toBeGreaterThan(0);
          for (const e of result.preview.errors) {
            expect(Number.isInteger(e.row) && e.row >= 0).toBe(true);
            expect(e.column.length).toBeGreaterThan(0);
            expect(e.reason.length).toBeGreaterThan(0);
            expect(isImportErrorCode(e.code), e.reason).toBe(true);
            expect(e.reasonZh.length).toBeGreaterThan(0);
          }
          if (result.code === "rejected_rows") expect(result.preview.errors.some((e) => e.row >= 1)).toBe(true);
        }
        expect(checksum(t.file)).toBe(before);
      }),
      { numRuns: 150, seed: 20261126 },
    );
  });
});
