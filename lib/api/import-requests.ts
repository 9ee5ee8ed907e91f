// Reading the bodies of the import routes: a multipart upload (`file` plus
// text fields) and JSON bodies. Oversized bodies answer 413 — measured while
// they arrive, so a chunked body without Content-Length stops being read at
// the limit (read-limited.ts) — and malformed ones 400 naming the field,
// before any work is done.
import type { z } from "zod";
import { jsonTooDeep, MAX_JSON_DEPTH } from "@/lib/api/json-depth";
import { readLimited } from "@/lib/api/read-limited";
import { parseInput } from "@/lib/api/route";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import type { ImportOptions, ImportProgress } from "@/lib/ingest/pipeline";
import { ImportFormFields, MAX_UPLOAD_BYTES } from "@/lib/schemas/api/imports";
import { badField, json } from "./response";

export function payloadTooLarge(field: string, message: string): Response {
  return json({ error: { code: "payload_too_large", message, issues: [{ field, message }] } }, { status: 413 });
}

/** What the multipart form may add to the file: boundaries, part headers and the option fields. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;

const TOO_LARGE = `the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: split it, or import it with npm run import (no size limit)`;

export type Upload = { ok: true; file: File; bytes: Uint8Array; fields: ImportFormFields } | { ok: false; response: Response };

/** The multipart upload of /api/v1/imports and /imports/preview: `file` and the option fields. */
export async function readUpload(request: Request): Promise<Upload> {
  const locale = localeOfRequest(request);
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    return { ok: false, response: badField("file", { code: "not_multipart" }, locale) };
  }
  // The form's other fields and boundaries add a little to the file's size.
  const body = await readLimited(request, MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES);
  if (!body.ok) return { ok: false, response: payloadTooLarge("file", TOO_LARGE) };
  let form: FormData;
  try {
    // The bytes are all here and bounded: parse them as the multipart body they were sent as.
    form = await new Response(body.bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    return { ok: false, response: badField("file", { code: "form_unreadable" }, locale) };
  }
  const file = form.get("file");
  if (!(file instanceof File)) return { ok: false, response: badField("file", { code: "file_missing" }, locale) };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, response: payloadTooLarge("file", TOO_LARGE) };
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (key === "file") continue;
    if (typeof value !== "string") return { ok: false, response: badField(key, { code: "field_is_file" }, locale) };
    fields[key] = value;
  }
  const parsed = parseInput(ImportFormFields, fields);
  return { ok: true, file, bytes: new Uint8Array(await file.arrayBuffer()), fields: parsed };
}

/** The upload's fields as pipeline options. */
export function importOptions(fields: ImportFormFields): ImportOptions {
  return { preset: fields.preset, platform: fields.platform, account: fields.account, year: fields.year, day: fields.day, mapping: fields.mapping };
}

/** A JSON body parsed with `schema` (400 naming the field when it does not fit, `(body)` when it is not JSON). */
export async function readJson<T extends z.ZodType>(request: Request, schema: T, maxBytes = 1024 * 1024): Promise<{ ok: true; body: z.infer<T> } | { ok: false; response: Response }> {
  const locale = localeOfRequest(request);
  const body = await readLimited(request, maxBytes);
  if (!body.ok) return { ok: false, response: payloadTooLarge("(body)", `the body is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`) };
  // As request.text() decodes: UTF-8, a byte-order mark dropped, bad bytes replaced.
  const text = new TextDecoder().decode(body.bytes);
  const tooDeep = () => ({ ok: false as const, response: badField("(body)", { code: "json_too_deep", values: { max: MAX_JSON_DEPTH } }, locale) });
  if (jsonTooDeep(text)) return tooDeep();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, response: badField("(body)", { code: "not_json" }, locale) };
  }
  try {
    return { ok: true, body: parseInput(schema, value) };
  } catch (error) {
    // A stack overflow in a recursive check: the depth test above should make it impossible, but it must stay a 400.
    if (error instanceof RangeError) return tooDeep();
    throw error;
  }
}

// ---- progress for long imports ------------------------------------------------

/** The client asked for progress lines (`Accept: application/x-ndjson`). */
export function wantsProgress(request: Request): boolean {
  return (request.headers.get("accept") ?? "").toLowerCase().includes("application/x-ndjson");
}

/**
 * Streams newline-delimited JSON while `work` runs: `{"type":"progress",
 * "phase","bytesRead","bytesTotal","rows"}` at most every 200 ms, then
 * `{"type":"result","status":<the HTTP status the plain request would
 * get>,"body":<its JSON>}`. The HTTP status itself is 200.
 */
export function progressResponse(work: (onProgress: (p: ImportProgress) => void) => Promise<Response>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      let last = 0;
      const onProgress = (p: ImportProgress) => {
        const now = performance.now();
        if (now - last < 200) return;
        last = now;
        send({ type: "progress", ...p });
      };
      void (async () => {
        try {
          const response = await work(onProgress);
          send({ type: "result", status: response.status, body: (await response.json()) as unknown });
        } catch (error) {
          console.error(error);
          send({ type: "result", status: 500, body: { error: { code: "internal_error", message: "Something went wrong on our side; the error was logged." } } });
        }
        controller.close();
      })();
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
