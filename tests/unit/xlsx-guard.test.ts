// The .xlsx guard: a workbook whose XML unpacks to more than the limit is
// refused on its declared sizes without inflating anything; one whose
// directory understates a part is refused after inflating no more than it
// stated; a part the directory does not list never reaches the reader; a
// real workbook passes and reads as before. Every archive is built here
// (tests/helpers/handmade-xlsx.ts).
import { describe, expect, it } from "vitest";
import writeExcelFile from "write-excel-file/node";
import { MAX_CELL_CHARS, readTable, UnreadableFileError } from "@/lib/ingest/read-table";
import { guardXlsx, MAX_XLSX_UNPACKED_BYTES, XlsxTooLargeError } from "@/lib/ingest/xlsx-guard";
import { zipEntries, ZipFormatError } from "@/lib/ingest/zip";
import { handmadeXlsx, part, workbookParts, zipOf } from "../helpers/handmade-xlsx";

const MB = 1024 * 1024;

async function rejection(bytes: Uint8Array): Promise<UnreadableFileError> {
  try {
    await readTable(bytes, "bomb.xlsx");
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableFileError);
    return e as UnreadableFileError;
  }
  throw new Error("expected a rejection");
}

describe("handmade workbooks are real ones", () => {
  it("reads a small one like any other .xlsx", async () => {
    const table = await readTable(handmadeXlsx("Title", { chunk: "ab", times: 3 }), "small.xlsx");
    expect(table.records.map((r) => r.cells)).toEqual([["Title"], ["ababab"]]);
  });
});

describe("guardXlsx", () => {
  it("refuses a workbook whose parts declare more than the limit, before inflating anything", async () => {
    // 257 MB of `a` in one cell, in an archive of a few hundred KB
    const bomb = handmadeXlsx("Title", { chunk: "a".repeat(MB), times: 257 });
    expect(bomb.length).toBeLessThan(MB);
    const started = performance.now();
    await expect(guardXlsx(bomb)).rejects.toThrow(XlsxTooLargeError);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("counts every part toward the limit, not only the largest", async () => {
    const { parts } = workbookParts("Title", { chunk: "a".repeat(1024), times: 600 }); // 600 KB shared strings
    const extra = part("xl/worksheets/sheet2.xml", [{ chunk: "b".repeat(1024), times: 600 }]);
    await expect(guardXlsx(zipOf([...parts, extra]), MB)).rejects.toThrow(XlsxTooLargeError);
    expect((await guardXlsx(zipOf(parts), MB)).length).toBeGreaterThan(600 * 1024);
  });

  it("refuses a part holding more than its directory states, having inflated no more than that", async () => {
    const { parts, sharedStrings } = workbookParts("Title", { chunk: "a".repeat(MB), times: 128 });
    sharedStrings.declaredSize = 1000; // 128 MB inside, 1,000 bytes declared
    const bytes = zipOf(parts);
    const started = performance.now();
    await expect(guardXlsx(bytes)).rejects.toThrow(ZipFormatError);
    // inflating 128 MB takes a second or more here; stopping after 1,000 bytes, milliseconds
    expect(performance.now() - started).toBeLessThan(300);
  });

  it("leaves out a part the directory does not list (a streaming unzip would still find it)", async () => {
    const { parts } = workbookParts("Title", "ok");
    const hidden = { ...part("xl/hidden.xml", [{ chunk: "h".repeat(MB), times: 4 }]), unlisted: true };
    const checked = await guardXlsx(zipOf([hidden, ...parts]));
    const names = zipEntries(checked, 100).map((e) => e.name);
    expect(names).not.toContain("xl/hidden.xml");
    expect(names).toContain("xl/sharedStrings.xml");
    expect(checked.length).toBeLessThan(MB);
  });

  it("passes a workbook written by write-excel-file, which reads as before", async () => {
    const bytes = new Uint8Array(await writeExcelFile([["Date", "Views"], ["2026-05-01", 12]]).toBuffer());
    const checked = await guardXlsx(bytes);
    expect(zipEntries(checked, 100).some((e) => e.name === "xl/workbook.xml")).toBe(true);
    expect((await readTable(bytes, "ok.xlsx")).records.map((r) => r.cells)).toEqual([
      ["Date", "Views"],
      ["2026-05-01", "12"],
    ]);
  });

  it("refuses what is not a zip at all", async () => {
    await expect(guardXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(ZipFormatError);
  });
});

describe("readTable: an .xlsx too large to unpack, or with a cell longer than Excel allows", () => {
  it("says the workbook unpacks to more than the limit, in both languages, with its own code", async () => {
    const e = await rejection(handmadeXlsx("Title", { chunk: "a".repeat(MB), times: 257 }));
    const limitMb = MAX_XLSX_UNPACKED_BYTES / MB;
    expect(e.reason).toBe("xlsx_too_large");
    expect(e.importMessage).toEqual({ code: "xlsx_too_large", params: { limitMb } });
    expect(e.messageEn).toContain(`more than ${limitMb} MB`);
    expect(e.messageZh).toContain(`超过 ${limitMb} MB`);
  });

  it("calls an understated part a damaged file", async () => {
    const { parts, sharedStrings } = workbookParts("Title", { chunk: "a".repeat(MB), times: 8 });
    sharedStrings.declaredSize = 100;
    expect((await rejection(zipOf(parts))).reason).toBe("xlsx");
  });

  it("names the row and column of a cell longer than 32,767 characters", async () => {
    const long = "x".repeat(MAX_CELL_CHARS + 1);
    const bytes = new Uint8Array(await writeExcelFile([["Date", "Title"], ["2026-05-01", "fine"], ["2026-05-02", long]]).toBuffer());
    const e = await rejection(bytes);
    expect(e.reason).toBe("cell_too_long");
    expect(e.importMessage).toEqual({ code: "cell_too_long", params: { row: 3, column: "B", max: 32_767 } });
    expect(e.messageEn).toContain("row 3, column B");
    expect(e.messageZh).toContain("第 3 行 B 列");
    // exactly at the limit is a cell Excel can hold
    const atLimit = new Uint8Array(await writeExcelFile([["Title"], ["x".repeat(MAX_CELL_CHARS)]]).toBuffer());
    expect((await readTable(atLimit, "ok.xlsx")).records[1]?.cells[0]).toHaveLength(MAX_CELL_CHARS);
  });
});
