// Reading the bodies of the import routes: a multipart upload (`file` plus
// text fields) and JSON bodies. Oversized bodies answer 413, malformed ones
// 400 naming the field, before any work is done.
import type { z } from "zod";
import { parseInput } from "@/lib/api/route";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import type { ImportOptions, ImportProgress } from "@/lib/ingest/pipeline";
import { ImportFormFields, MAX_UPLOAD_BYTES } from "@/lib/schemas/api/imports";
import { badField, json } from "./response";

export function payloadTooLarge(field: string, message: string): Response {
  return json({ error: { code: "payload_too_large", message, issues: [{ field, message }] } }, { status: 413 });
}

const TOO_LARGE = `the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: split it, or import it with npm run import (no size limit)`;

export type Upload = { ok: true; file: File; bytes: Uint8Array; fields: ImportFormFields } | { ok: false; response: Response };

/** The multipart upload of /api/v1/imports and /imports/preview: `file` and the option fields. */
export async function readUpload(request: Request): Promise<Upload> {
  const locale = localeOfRequest(request);
  const length = Number(request.headers.get("content-length") ?? "");
  // The form's other fields and boundaries add a little to the file's size.
  if (Number.isFinite(length) && length > MAX_UPLOAD_BYTES + 1024 * 1024) return { ok: false, response: payloadTooLarge("file", TOO_LARGE) };
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    return { ok: false, response: badField("file", { code: "not_multipart" }, locale) };
  }
  let form: FormData;
  try {
    form = await request.formData();
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
  const length = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(length) && length > maxBytes) return { ok: false, response: payloadTooLarge("(body)", `the body is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`) };
  const text = await request.text();
  if (text.length > maxBytes) return { ok: false, response: payloadTooLarge("(body)", `the body is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, response: badField("(body)", { code: "not_json" }, localeOfRequest(request)) };
  }
  return { ok: true, body: parseInput(schema, value) };
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
