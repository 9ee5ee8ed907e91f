// Reading an .xlsx happens in a worker thread with its own time and heap
// limits: a workbook that reads too long is stopped with a clear error, one
// that is not a workbook fails there, and while a large one is read the
// thread that answers requests keeps running its timers. The last is measured
// as a share, not a duration — the longest pause of a 5 ms timer must stay a
// small part of the whole read — so a slow or busy machine does not change
// the verdict; a synchronous parse on this thread would fail it.
import { describe, expect, it } from "vitest";
import writeExcelFile from "write-excel-file/node";
import { readTable } from "@/lib/ingest/read-table";
import { readXlsxOffThread, XlsxWorkerError } from "@/lib/ingest/read-xlsx-off-thread";

const ROWS = 60_000;

async function largeWorkbook(): Promise<Uint8Array> {
  const header = ["date", "platform", "account", "impressions", "clicks", "likes", "comments", "shares", "spend", "revenue"];
  const data: (string | number)[][] = [header];
  for (let i = 0; i < ROWS; i++) data.push([`2026-01-${String((i % 28) + 1).padStart(2, "0")}`, "douyin", `acct_${i}`, 1000 + i, i % 97, i % 53, i % 7, i % 5, (i % 1000) / 10, (i % 777) / 10]);
  return new Uint8Array(await writeExcelFile([{ sheet: "data", data }]).toBuffer());
}

describe("reading an .xlsx off the request thread", () => {
  it("keeps the event loop turning while a 60,000-row workbook is read, and reads every row", async () => {
    const bytes = await largeWorkbook();
    let last = performance.now();
    let longestPause = 0;
    const ticker = setInterval(() => {
      const t = performance.now();
      longestPause = Math.max(longestPause, t - last);
      last = t;
    }, 5);
    const started = performance.now();
    last = started;
    const table = await readTable(bytes, "large.xlsx");
    const elapsed = performance.now() - started;
    clearInterval(ticker);

    expect(table.records).toHaveLength(ROWS + 1);
    expect(table.records[ROWS]?.cells.slice(2, 4)).toEqual([`acct_${ROWS - 1}`, String(1000 + ROWS - 1)]);
    expect(longestPause, `longest pause ${Math.round(longestPause)} ms of a ${Math.round(elapsed)} ms read`).toBeLessThan(elapsed * 0.5);
  }, 60_000);

  it("stops a reader that runs past its time and says so", async () => {
    const bytes = await largeWorkbook();
    await expect(readXlsxOffThread(bytes, 1)).rejects.toThrow(XlsxWorkerError);
  }, 60_000);

  it("refuses bytes that are no workbook with the worker's reason", async () => {
    await expect(readXlsxOffThread(new TextEncoder().encode("not a zip"))).rejects.toThrow(XlsxWorkerError);
  });
});
