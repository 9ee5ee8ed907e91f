// Runs read-excel-file in a worker thread (xlsx-parse-worker.mjs). The XML of
// a workbook within the unpacked limit can still take seconds to read; on the
// request thread that would stall every other request to the server. The
// worker is one per file, ends with it, and is stopped if it runs too long or
// its heap outgrows its limit.
import { Worker } from "node:worker_threads";

/** A numeric cell as the worker sends it: the text stored in the sheet. */
export interface NumericCellText {
  numeric: string;
}

export interface XlsxSheet {
  sheet: string;
  data: unknown[][];
}

/** The worker stopped without an answer: too slow, out of memory, or the file is not a workbook. */
export class XlsxWorkerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XlsxWorkerError";
  }
}

/** Longer than any real export takes (a 100,000-row sheet reads in well under a second). */
export const XLSX_READ_TIMEOUT_MS = 60_000;
const WORKER_HEAP_MB = 1024;

export function readXlsxOffThread(bytes: Uint8Array, timeoutMs = XLSX_READ_TIMEOUT_MS): Promise<XlsxSheet[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./xlsx-parse-worker.mjs", import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      finish();
    };
    const timer = setTimeout(() => settle(() => reject(new XlsxWorkerError(`reading the workbook took longer than ${timeoutMs} ms`))), timeoutMs);
    worker.once("message", (reply: { ok: true; sheets: XlsxSheet[] } | { ok: false; message: string }) =>
      settle(() => (reply.ok ? resolve(reply.sheets) : reject(new XlsxWorkerError(reply.message)))),
    );
    worker.once("error", (error) => settle(() => reject(new XlsxWorkerError(error.message))));
    worker.once("exit", (code) => settle(() => reject(new XlsxWorkerError(`the workbook reader stopped (exit ${code})`))));
    // A copy is transferred: the caller keeps its bytes.
    const copy = bytes.slice();
    worker.postMessage(copy, [copy.buffer]);
  });
}
