// Year-less dates (TikTok Studio's `February 28`) through the real pipeline
// into a real SQLite file: read in the file's order, oldest or newest first,
// across New Year and 29 February, with the year pinning the latest row.
// The expected days are computed here with plain UTC date arithmetic, not
// with the importer's date code.
import { describe, expect, it } from "vitest";
import { commitImport, previewImport, previewJson } from "@/lib/ingest/pipeline";
import { ImportPreviewSchema } from "@/lib/schemas/api/imports";
import { encode } from "../helpers/import-fixtures";
import { tempWorkspacePerTest } from "../helpers/temp-db";

const env = tempWorkspacePerTest("yearless", { timeZone: "UTC" });

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `count` consecutive calendar days from `first`, as YYYY-MM-DD. */
function daysFrom(first: string, count: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

/** A TikTok Studio overview of these days without their year, in the order given. */
function overview(days: readonly string[]): Uint8Array {
  const lines = ['"Date","Video Views","Profile Views","Likes","Comments","Shares"'];
  days.forEach((d, i) => {
    const [, m, day] = d.split("-").map(Number) as [number, number, number];
    lines.push(`"${MONTHS[m - 1]} ${day}","${100 + i}","1","2","0","0"`);
  });
  return encode(`${lines.join("\n")}\n`);
}

async function storedDays(): Promise<string[]> {
  const rows = await env.t.db.dailyMetric.findMany({ where: { workspaceId: env.ws.id }, select: { day: true }, orderBy: { day: "asc" } });
  return rows.map((r) => r.day);
}

const NOW = new Date("2026-12-04T09:00:00Z");

async function importDays(days: readonly string[], order: "ascending" | "descending", options: { year?: number; fileName?: string; now?: Date } = {}) {
  const inFile = order === "ascending" ? [...days] : [...days].reverse();
  const input = { bytes: overview(inFile), fileName: options.fileName ?? "Overview.csv", options: { account: "@brand", year: options.year }, now: options.now ?? NOW };
  const preview = await previewImport(env.t.db, env.ws, input);
  const result = await commitImport(env.t.db, env.ws, { ...input, createdBy: "test" });
  return { preview, result };
}

const cases: { name: string; first: string; count: number; order: "ascending" | "descending"; year: number }[] = [
  { name: "7 days across New Year, oldest first", first: "2025-12-29", count: 7, order: "ascending", year: 2026 },
  { name: "7 days across New Year, newest first", first: "2025-12-29", count: 7, order: "descending", year: 2026 },
  { name: "28 days across 29 February 2028, oldest first", first: "2028-02-10", count: 28, order: "ascending", year: 2028 },
  { name: "28 days across 29 February 2028, newest first", first: "2028-02-10", count: 28, order: "descending", year: 2028 },
  { name: "365 days from 28 February to 27 February, oldest first", first: "2025-02-28", count: 365, order: "ascending", year: 2026 },
  { name: "365 days across New Year, newest first", first: "2025-06-01", count: 365, order: "descending", year: 2026 },
  { name: "366 days from 1 March to 29 February 2028, oldest first", first: "2027-03-01", count: 366, order: "ascending", year: 2028 },
  { name: "366 days across 29 February 2024, newest first", first: "2023-07-01", count: 366, order: "descending", year: 2024 },
];

describe("year-less dates in file order", () => {
  it.each(cases)("$name", async ({ first, count, order, year }) => {
    const days = daysFrom(first, count);
    const { preview, result } = await importDays(days, order, { year });
    expect(preview.status).toBe("ready");
    expect(preview.dates).toMatchObject({ yearless: true, rule: `file_order_${order}`, year, warnings: [] });
    expect(preview.firstDay).toBe(days[0]);
    expect(preview.lastDay).toBe(days.at(-1));
    expect(preview.counts.inserted).toBe(count);
    expect(result.ok).toBe(true);
    expect(await storedDays()).toEqual(days);
  });

  it("the export day in the file name pins the latest row like a year", async () => {
    const days = daysFrom("2025-02-28", 365);
    const { preview, result } = await importDays(days, "ascending", { fileName: "Overview_2026-03-01.csv" });
    expect(preview.dates).toMatchObject({ rule: "file_order_ascending", year: 2026 });
    expect(result.ok).toBe(true);
    expect(await storedDays()).toEqual(days);
  });

  it("rows out of order fall back to the largest-gap guess and say so", async () => {
    const days = ["2025-12-30", "2026-01-02", "2025-12-31", "2026-01-01", "2025-12-29"];
    const { preview, result } = await importDays(days, "ascending", { year: 2026 });
    expect(preview.dates).toMatchObject({ rule: "largest_gap_guess", year: 2026 });
    expect(preview.notes.find((x) => x.code === "yearless_dates")?.en).toContain("not in date order");
    expect(result.ok).toBe(true);
    expect(await storedDays()).toEqual([...days].sort());
  });
});

describe("the likely year", () => {
  it("offers the latest year that keeps every date on or before today (pinned)", async () => {
    const days = daysFrom("2025-02-28", 365); // … 2026-02-27
    const after = await importDays(days, "ascending", { now: new Date("2026-03-10T12:00:00Z") });
    expect(after.preview).toMatchObject({ status: "needs_input", needs: ["year"], dates: { year: null, suggestedYear: 2026, rule: "file_order_ascending" } });
    expect(after.result.ok).toBe(false);
    if (!after.result.ok) expect(after.result.message.en).toContain("likely 2026");
    // on 20 February 2026 a file ending on 27 February must be from 2025
    const before = await previewImport(env.t.db, env.ws, { bytes: overview(days), fileName: "Overview.csv", options: { account: "@brand" }, now: new Date("2026-02-20T12:00:00Z") });
    expect(before.dates?.suggestedYear).toBe(2025);
    expect(before.notes.find((x) => x.code === "yearless_dates")?.en).toContain("likely 2025");
    // the API's JSON passes the production schema
    expect(() => ImportPreviewSchema.parse(JSON.parse(JSON.stringify(previewJson(before, "en"))))).not.toThrow();
  });

  it("uses the workspace's time zone for today", async () => {
    const zoned = await env.t.db.workspace.create({ data: { slug: `${env.ws.slug}-zone`, name: "Zoned", timeZone: "Asia/Shanghai" } });
    // 2026-12-31T20:00Z is already 1 January 2027 in Shanghai
    const preview = await previewImport(env.t.db, zoned, { bytes: overview(["2026-12-31", "2027-01-01"].map((d) => d)), fileName: "Overview.csv", options: { account: "@a" }, now: new Date("2026-12-31T20:00:00Z") });
    expect(preview.dates?.suggestedYear).toBe(2027);
  });
});

describe("a year that contradicts the data", () => {
  it("daily rows that skip 29 February of a leap year are a warning naming the rows", async () => {
    const written = daysFrom("2027-02-25", 7); // 25 Feb … 3 Mar of a common year
    const { preview, result } = await importDays(written, "ascending", { year: 2028 });
    expect(preview.status).toBe("ready");
    // lines: the header is line 1, 28 February is the 4th row (line 5), 1 March line 6
    expect(preview.dates?.warnings).toEqual([expect.objectContaining({ code: "feb_29_missing", lines: [5, 6], year: 2028 })]);
    expect(preview.notes.find((x) => x.code === "feb_29_missing")?.en).toContain("A warning");
    expect(result.ok).toBe(true);
    expect(await storedDays()).toEqual(written.map((d) => `2028${d.slice(4)}`));
  });

  it("newest first, the warning names the same two rows (in file order)", async () => {
    const written = daysFrom("2027-02-25", 7);
    const { preview } = await importDays(written, "descending", { year: 2028 });
    // reversed: 1 March is the 3rd row (line 4), 28 February the 4th (line 5)
    expect(preview.dates?.warnings).toEqual([expect.objectContaining({ code: "feb_29_missing", lines: [4, 5], year: 2028 })]);
  });

  it("a 29 February in a year without one is a row error, named in the preview before anything is written", async () => {
    const written = daysFrom("2028-02-26", 7); // 26 Feb … 3 Mar 2028, with 29 Feb (line 5)
    const { preview, result } = await importDays(written, "ascending", { year: 2027 });
    expect(preview.status).toBe("has_errors");
    expect(preview.dates?.warnings).toEqual([expect.objectContaining({ code: "feb_29_not_in_year", lines: [5], year: 2027 })]);
    expect(preview.errors).toEqual([expect.objectContaining({ row: 5, code: "feb_29_not_in_year", value: "February 29" })]);
    expect(result).toMatchObject({ ok: false, code: "rejected_rows" });
    expect(await storedDays()).toEqual([]);
  });
});
