// Worker thread: reads the sheets of an .xlsx (already unpacked within the
// limits by xlsx-guard.ts) with read-excel-file, so a slow workbook keeps
// this thread busy instead of the server's. Plain JavaScript, so Node can run
// it as it is, in the app's build, the CLI and the tests alike.
//
// In:  a Uint8Array (transferred).  Out: { ok: true, sheets } where a sheet
// is { sheet, data } and a numeric cell is { numeric: "<text as stored>" },
// so text cells such as "007" stay told apart; or { ok: false, message }.
import { parentPort } from "node:worker_threads";
import readXlsxFile from "read-excel-file/node";

parentPort.once("message", async (bytes) => {
  try {
    const sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      parseNumber: (text) => ({ numeric: text }),
    });
    parentPort.postMessage({ ok: true, sheets });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
