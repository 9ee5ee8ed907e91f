// The built app reads an .xlsx upload in a worker thread (bundled by Next as
// a worker chunk): a dry run of a canonical workbook through the real
// preview route gives the counts of its rows, and a workbook holding one
// over-long cell is refused with the reason, while the server keeps
// answering.
import { beforeAll, describe, expect, inject, it } from "vitest";
import writeExcelFile from "write-excel-file/node";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { ImportPreviewSchema } from "@/lib/schemas/api/imports";
import { handmadeXlsx } from "../helpers/handmade-xlsx";
import { apiGet } from "./browser";

const baseURL = inject("baseURL");

function preview(bytes: Uint8Array, name: string): Promise<Response> {
  const form = new FormData();
  form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name));
  return fetch(`${baseURL}/api/v1/imports/preview?lang=en`, {
    method: "POST",
    headers: { cookie: `${SESSION_COOKIE}=${inject("sessions").manager}`, origin: baseURL },
    body: form,
  });
}

describe("an .xlsx upload on the built app", () => {
  let workbook: Uint8Array;

  beforeAll(async () => {
    const header = ["date", "platform", "account", "impressions", "clicks", "spend"];
    // 100 days × 5 accounts, each (day, account) once, long before the demo data (a dry run writes nothing anyway).
    const day = (i: number) => new Date(Date.UTC(2021, 0, 1 + Math.floor(i / 5))).toISOString().slice(0, 10);
    const rows = Array.from({ length: 500 }, (_, i) => [day(i), "douyin", `e2e_xlsx_${i % 5}`, 1000 + i, i % 40, (i % 100) / 4]);
    workbook = new Uint8Array(await writeExcelFile([{ sheet: "data", data: [header, ...rows] }]).toBuffer());
  });

  it("previews every row of a canonical workbook", async () => {
    const response = await preview(workbook, "daily.xlsx");
    expect(response.status).toBe(200);
    const body = ImportPreviewSchema.parse(await response.json());
    expect(body.counts).toMatchObject({ rows: 500, inserted: 500, rejected: 0 });
    expect(body.accounts.map((a) => a.handle).sort()).toEqual(["e2e_xlsx_0", "e2e_xlsx_1", "e2e_xlsx_2", "e2e_xlsx_3", "e2e_xlsx_4"]);
  });

  it("refuses a cell longer than Excel allows, and answers the next request at once", async () => {
    const response = await preview(handmadeXlsx("Title", { chunk: "x", times: 40_000 }), "long.xlsx");
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toContain("32767");
    expect((await apiGet(`${baseURL}/api/v1/report/weekly`)).status).toBe(200);
  });
});
