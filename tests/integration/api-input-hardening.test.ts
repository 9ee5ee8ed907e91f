// Hostile input to the import routes, called as Next calls them: bodies
// over the limit sent without Content-Length stop being read at the limit
// (413), JSON nested 200,000 deep is a 400 naming (body), 100,000 unknown
// keys get a small answer that says how many issues were left out, echoed
// values are clipped, and an .xlsx decompression bomb or a cell longer
// than Excel allows is refused quickly with its own code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import writeExcelFile from "write-excel-file/node";
import { POST as previewRoute } from "@/app/api/v1/imports/preview/route";
import { POST as commitRoute } from "@/app/api/v1/imports/route";
import { POST as metricsRoute } from "@/app/api/v1/metrics/route";
import { POST as savePresetRoute } from "@/app/api/v1/presets/route";
import { POST as createTokenRoute } from "@/app/api/v1/tokens/route";
import { MAX_LISTED_ISSUES } from "@/lib/api/response";
import { MAX_ECHO_CHARS } from "@/lib/echo";
import { MAX_LISTED } from "@/lib/ingest/import-types";
import { MAX_CELL_CHARS } from "@/lib/ingest/read-table";
import { ImportPreviewSchema, TokenCreatedResponse } from "@/lib/schemas/api/imports";
import { handmadeXlsx } from "../helpers/handmade-xlsx";
import { canonicalCsv, sampleRow } from "../helpers/import-fixtures";
import { signedInMember } from "../helpers/auth";
import { badFields, callRoute, signInAs } from "../helpers/route-call";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

const KB = 1024;
const MB = 1024 * KB;

let t: TempDatabase;
let secret = "";

beforeAll(async () => {
  t = await createTempDatabase();
  const workspace = await t.db.workspace.create({ data: { slug: "hardening", name: "Hardening" } });
  process.env.DATABASE_URL = t.url;
  signInAs(await signedInMember(t.db, workspace, "admin"));
  const created = await callRoute(createTokenRoute, "/api/v1/tokens", {}, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "probe", scopes: ["ingest"] }) });
  secret = TokenCreatedResponse.parse(await created.json()).secret;
});
afterAll(async () => {
  await t.cleanup();
});

/** A chunked body (no Content-Length) that would be `chunks` × `size` bytes, counting the chunks pulled from it. */
function endlessBody(chunks: number, size: number) {
  const state = { pulled: 0 };
  const chunk = new Uint8Array(size).fill(0x61);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled++;
      controller.enqueue(chunk.slice());
    },
  });
  return { stream, state };
}

const streamed = (stream: ReadableStream<Uint8Array>, headers: Record<string, string>) => ({ method: "POST", headers, body: stream, duplex: "half" }) as RequestInit;
const jsonText = (text: string, headers: Record<string, string> = {}): RequestInit => ({ method: "POST", headers: { "content-type": "application/json", ...headers }, body: text });
const bearer = () => ({ authorization: `Bearer ${secret}` });

function upload(bytes: Uint8Array | string, name: string): RequestInit {
  const form = new FormData();
  form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name));
  return { method: "POST", body: form };
}

describe("bodies over the limit without Content-Length: 413, reading stopped at the limit", () => {
  it("a JSON body (limit 1 MB): of 3 GB offered in 1 MB chunks, about 1 MB is pulled", async () => {
    const { stream, state } = endlessBody(3 * 1024, MB);
    const response = await callRoute(savePresetRoute, "/api/v1/presets", {}, streamed(stream, { "content-type": "application/json" }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "payload_too_large", issues: [{ field: "(body)" }] } });
    expect(state.pulled).toBeLessThan(5);
  });

  it("POST /api/v1/metrics (limit 20 MB): 3 GB offered, about 20 MB pulled", async () => {
    const { stream, state } = endlessBody(3 * 1024, MB);
    const response = await callRoute(metricsRoute, "/api/v1/metrics", {}, streamed(stream, { "content-type": "application/json", ...bearer() }));
    expect(response.status).toBe(413);
    expect(await badFields(response)).toEqual(["(body)"]);
    expect(state.pulled).toBeLessThan(25);
  });

  it("a multipart upload (limit 200 MB + 1 MB of form): 3 GB offered in 4 MB chunks, about 201 MB pulled", async () => {
    const { stream, state } = endlessBody(768, 4 * MB);
    const response = await callRoute(previewRoute, "/api/v1/imports/preview", {}, streamed(stream, { "content-type": "multipart/form-data; boundary=x" }));
    expect(response.status).toBe(413);
    expect(await badFields(response)).toEqual(["file"]);
    // 201 MB is 51 chunks of 4 MB
    expect(state.pulled).toBeLessThan(55);
  });

  it("a chunked upload within the limit is read and imported as before", async () => {
    const csv = new TextEncoder().encode(canonicalCsv([sampleRow(1, 0), sampleRow(1, 1)]));
    const form = new Request("http://localhost/", upload(csv, "m.csv"));
    const contentType = form.headers.get("content-type") ?? "";
    const body = form.body as ReadableStream<Uint8Array>;
    const response = await callRoute(previewRoute, "/api/v1/imports/preview", {}, streamed(body, { "content-type": contentType }));
    expect(response.status).toBe(200);
    expect(ImportPreviewSchema.parse(await response.json()).counts.inserted).toBe(2);
  });
});

describe("JSON nested 200,000 deep: 400 naming (body)", () => {
  const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;

  it("on a JSON route, in the language asked for", async () => {
    const response = await callRoute(savePresetRoute, "/api/v1/presets?lang=en", {}, jsonText(deep));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: { field: string; message: string }[] } };
    expect(body.error.issues).toEqual([{ field: "(body)", message: "nests arrays or objects more than 64 levels deep" }]);
    const zh = await callRoute(savePresetRoute, "/api/v1/presets?lang=zh-CN", {}, jsonText(`{"name":"x","mapping":${deep}}`));
    expect(((await zh.json()) as { error: { issues: { message: string }[] } }).error.issues[0]?.message).toBe("数组或对象嵌套超过 64 层");
  });

  it("inside a metrics row, where the value would be echoed", async () => {
    const response = await callRoute(metricsRoute, "/api/v1/metrics", {}, jsonText(`{"rows":[{"date":${deep}}]}`, bearer()));
    expect(response.status).toBe(400);
    expect(await badFields(response)).toEqual(["(body)"]);
  });
});

describe("answers do not grow with the input", () => {
  it("100,000 unknown keys (about 1.5 MB, under the 20 MB metrics limit): a 400 under 50 KB saying how many issues were left out", async () => {
    const keys = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, 1]));
    // Sent to /metrics, whose 20 MB limit lets the 1.5 MB through to the schema (the other JSON routes take 1 MB).
    const text = JSON.stringify({ rows: [{ date: "2026-06-01", platform: "x", account: "a" }], ...keys });
    expect(text.length).toBeGreaterThan(MB);
    const response = await callRoute(metricsRoute, "/api/v1/metrics?lang=en", {}, jsonText(text, bearer()));
    expect(response.status).toBe(400);
    const reply = await response.text();
    expect(reply.length).toBeLessThan(50 * KB);
    const body = JSON.parse(reply) as { error: { message: string; issues: unknown[]; truncated: { shown: number; total: number } } };
    expect(body.error.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(body.error.truncated).toEqual({ shown: MAX_LISTED_ISSUES, total: 100_000 });
    expect(body.error.message).toMatch(/^Invalid k0, k1, .*, k9 and 99990 more$/);
  });

  it("100,000 unknown columns in a metrics row: the 422 lists the first errors, counts them all, and stays small", async () => {
    const row = { date: "2026-06-01", platform: "x", account: "a", ...Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`c${i}`, 1])) };
    const response = await callRoute(metricsRoute, "/api/v1/metrics?lang=en", {}, jsonText(JSON.stringify({ rows: [row] }), bearer()));
    expect(response.status).toBe(422);
    const reply = await response.text();
    // 500 errors of about 200 bytes each
    expect(reply.length).toBeLessThan(200 * KB);
    const body = JSON.parse(reply) as { error: { message: string; errors: unknown[]; errorsTotal: number; issues: unknown[] } };
    expect(body.error.errors).toHaveLength(MAX_LISTED);
    expect(body.error.errorsTotal).toBe(100_000);
    expect(body.error.issues).toHaveLength(1);
    expect(body.error.message).toBe("1 of 1 rows are invalid; nothing was written.");
  });

  it("a value or column name of a megabyte is echoed clipped", async () => {
    const long = "9".repeat(MB);
    const response = await callRoute(metricsRoute, "/api/v1/metrics", {}, jsonText(JSON.stringify({ rows: [{ date: long, platform: "x", account: "a", [long.replace(/9/g, "z")]: 1 }] }), bearer()));
    expect(response.status).toBe(422);
    const reply = await response.text();
    expect(reply.length).toBeLessThan(10 * KB);
    const errors = (JSON.parse(reply) as { error: { errors: { column: string; value: string }[] } }).error.errors;
    expect(errors.map((e) => [e.column.length, e.value.length])).toEqual([
      [MAX_ECHO_CHARS, 1],
      ["date".length, MAX_ECHO_CHARS],
    ]);
    expect(errors[1]?.value).toBe(`${"9".repeat(MAX_ECHO_CHARS - 1)}…`);
  });

  it("an import preview clips the cell values its errors show", async () => {
    const csv = canonicalCsv([{ ...sampleRow(2, 0), impressions: "1".repeat(100_000) + "x" }]);
    const response = await callRoute(previewRoute, "/api/v1/imports/preview", {}, upload(csv, "m.csv"));
    const preview = ImportPreviewSchema.parse(await response.json());
    expect(preview.errors).toHaveLength(1);
    expect(preview.errors[0]?.column).toBe("impressions");
    expect(preview.errors[0]?.value).toHaveLength(MAX_ECHO_CHARS);
  });
});

describe(".xlsx uploads that would exhaust the server", () => {
  it("a decompression bomb (257 MB of XML in a few hundred KB) is refused in well under a second, with its code", async () => {
    const bomb = handmadeXlsx("Title", { chunk: "a".repeat(MB), times: 257 });
    expect(bomb.length).toBeLessThan(MB);
    for (const [route, path] of [
      [previewRoute, "/api/v1/imports/preview?lang=en"],
      [commitRoute, "/api/v1/imports?lang=en"],
    ] as const) {
      const started = performance.now();
      const response = await callRoute(route, path, {}, upload(bomb, "bomb.xlsx"));
      expect(performance.now() - started).toBeLessThan(1000);
      expect(response.status).toBe(422);
      const body = (await response.json()) as { error: { code: string; message: string }; preview: unknown };
      expect(body.error.code).toBe("unreadable_file");
      expect(body.error.message).toContain("unpacks to more than 256 MB");
      expect(ImportPreviewSchema.parse(body.preview).errors).toEqual([expect.objectContaining({ row: 0, column: "(file)", code: "xlsx_too_large" })]);
    }
  });

  it("a cell longer than 32,767 characters is refused, naming its row and column", async () => {
    const xlsx = new Uint8Array(await writeExcelFile([["date", "platform", "account"], ["2026-06-01", "x", "a".repeat(MAX_CELL_CHARS + 1)]]).toBuffer());
    const response = await callRoute(previewRoute, "/api/v1/imports/preview?lang=zh-CN", {}, upload(xlsx, "long.xlsx"));
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; message: string; en: string }; preview: unknown };
    expect(body.error.message).toContain("第 2 行 C 列");
    expect(body.error.en).toContain("row 2, column C");
    expect(ImportPreviewSchema.parse(body.preview).errors[0]).toMatchObject({ code: "cell_too_long", value: "" });
  });
});
