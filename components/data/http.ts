// Talking to /api/v1 from the /data page. Uploads go through XMLHttpRequest,
// the one browser API that reports upload progress; the file is sent as it
// is (multipart), never read or parsed in the page, so a large file costs the
// page nothing but the progress events. Every body the page reads is parsed
// with the route's zod schema: an answer of another shape is reported in the
// panel as such, never cast and used.
import { z } from "zod";
import { ImportBatchSchema, ImportPreviewSchema, type ImportPreviewJson } from "@/lib/schemas/api/imports";

/** What a request came back with: the HTTP status (0 = no answer) and the parsed JSON body, if any. */
export interface ApiAnswer {
  status: number;
  body: unknown;
}

export interface UploadProgress {
  /** bytes sent so far */
  loaded: number;
  total: number;
  /** every byte is sent: the server is working on it */
  sent: boolean;
}

export interface Upload {
  done: Promise<ApiAnswer>;
  abort(): void;
}

export class UploadAborted extends Error {
  constructor() {
    super("upload aborted");
    this.name = "UploadAborted";
  }
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** POSTs a multipart form, reporting upload progress; resolves with any answer (also 4xx/5xx), rejects on abort. */
export function postForm(url: string, form: FormData, onProgress: (p: UploadProgress) => void): Upload {
  const xhr = new XMLHttpRequest();
  const done = new Promise<ApiAnswer>((resolve, reject) => {
    xhr.open("POST", url);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : 0, sent: false });
    xhr.upload.onload = () => onProgress({ loaded: 1, total: 1, sent: true });
    xhr.onload = () => resolve({ status: xhr.status, body: parseJson(xhr.responseText) });
    xhr.onerror = () => resolve({ status: 0, body: null });
    xhr.onabort = () => reject(new UploadAborted());
    xhr.send(form);
  });
  return { done, abort: () => xhr.abort() };
}

/** fetch() with a JSON body (or none); a network failure is status 0. */
export async function requestJson(url: string, method: "GET" | "POST" | "DELETE", body?: unknown): Promise<ApiAnswer> {
  try {
    const response = await fetch(url, {
      method,
      headers: { Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: parseJson(await response.text()) };
  } catch {
    return { status: 0, body: null };
  }
}

export const isOk = (a: ApiAnswer) => a.status >= 200 && a.status < 300;

/**
 * An answer read against the schema of what the route returns: its data; or
 * the server refused (not 2xx: describe it with describeAnswer); or it
 * answered 2xx in a shape this page does not know (`issue` names where).
 */
export type Reply<T> = { kind: "ok"; data: T } | { kind: "refused"; answer: ApiAnswer } | { kind: "malformed"; status: number; issue: string };

export function readAnswer<S extends z.ZodType>(answer: ApiAnswer, schema: S): Reply<z.output<S>> {
  if (!isOk(answer)) return { kind: "refused", answer };
  const parsed = schema.safeParse(answer.body);
  if (parsed.success) return { kind: "ok", data: parsed.data };
  const first = parsed.error.issues[0];
  const issue = first ? `${first.path.join(".") || "(body)"}: ${first.message}` : "";
  return { kind: "malformed", status: answer.status, issue };
}

/** requestJson, its answer parsed with `schema`. */
export async function requestParsed<S extends z.ZodType>(url: string, method: "GET" | "POST" | "DELETE", schema: S, body?: unknown): Promise<Reply<z.output<S>>> {
  return readAnswer(await requestJson(url, method, body), schema);
}

// ---- answers without a schema in lib/schemas/api ---------------------------------------

/** POST /api/v1/imports/[id]/undo → { batch, undo } (app/api/v1/imports/[id]/undo/route.ts). */
export const UndoAnswerSchema = z.strictObject({
  batch: ImportBatchSchema,
  undo: z.strictObject({ deleted: z.number().int(), restored: z.number().int(), accountsDeleted: z.number().int() }),
});

// ---- error answers -----------------------------------------------------------------------

const Text = z.string().min(1);
const Issue = z.object({ field: z.string(), message: z.string() });

/**
 * The `error` object of an API error answer (lib/api/response.ts
 * ApiErrorBody), read loosely: routes add fields (the import routes `en`,
 * `zh`, `needs`, `rejected`, `laterBatchIds`), and each field is read on its
 * own so one odd field does not hide the others.
 */
const ApiErrorSchema = z.looseObject({
  code: Text.optional().catch(undefined),
  /** text, or a LocalText { en, zh } */
  message: z.union([Text, z.looseObject({ en: Text.optional().catch(undefined), zh: Text.optional().catch(undefined) })]).optional().catch(undefined),
  en: Text.optional().catch(undefined),
  zh: Text.optional().catch(undefined),
  messageZh: Text.optional().catch(undefined),
  issues: z.array(Issue).catch([]).optional(),
  rejected: z.number().int().optional().catch(undefined),
  needs: ImportPreviewSchema.shape.needs.optional().catch(undefined),
  laterBatchIds: z.array(z.number().int()).optional().catch(undefined),
});
const ErrorEnvelope = z.looseObject({ error: z.looseObject({}) });

export interface ApiErrorInfo {
  code: string | null;
  message: string | null;
  /** the same message in Chinese, when the route gives one */
  messageZh: string | null;
  issues: { field: string; message: string }[];
  /** rejected_rows: how many rows were rejected */
  rejected: number | null;
  /** needs_input: what the import asks for */
  needs: ImportPreviewJson["needs"] | null;
  /** later_imports (undo): the batches to undo first */
  laterBatchIds: number[] | null;
}

export function errorInfo(body: unknown): ApiErrorInfo {
  const envelope = ErrorEnvelope.safeParse(body);
  const parsed = ApiErrorSchema.safeParse(envelope.success ? envelope.data.error : body);
  const e = parsed.success ? parsed.data : {};
  const local = typeof e.message === "object" ? e.message : null;
  // The import routes answer `message` in the language asked for, with `en` and `zh` beside it.
  return {
    code: e.code ?? null,
    message: (local ? local.en : (e.en ?? (typeof e.message === "string" ? e.message : undefined))) ?? null,
    messageZh: (local ? local.zh : (e.zh ?? e.messageZh)) ?? null,
    issues: e.issues ?? [],
    rejected: e.rejected ?? null,
    needs: e.needs ?? null,
    laterBatchIds: e.laterBatchIds ?? null,
  };
}

const PreviewEnvelope = z.looseObject({ preview: ImportPreviewSchema });

/** The dry run an import route sends beside its error (rejected rows, needs input, unknown layout, unreadable), if it sent one of the known shape. */
export function previewInError(body: unknown): ImportPreviewJson | null {
  const parsed = PreviewEnvelope.safeParse(body);
  return parsed.success ? parsed.data.preview : null;
}
