// Talking to /api/v1 from the /data page. Uploads go through XMLHttpRequest,
// the one browser API that reports upload progress; the file is sent as it
// is (multipart), never read or parsed in the page, so a large file costs the
// page nothing but the progress events.

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

/** The `error` object of an API error answer (lib/api/response.ts), loosely: routes may add fields. */
export interface ApiErrorInfo {
  code: string | null;
  message: string | null;
  /** the same message in Chinese, when the route gives one */
  messageZh: string | null;
  issues: { field: string; message: string }[];
  raw: Record<string, unknown>;
}

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

export function errorInfo(body: unknown): ApiErrorInfo {
  const root = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  const e = root.error && typeof root.error === "object" ? (root.error as Record<string, unknown>) : root;
  const message = e.message;
  // `message` may be text or a LocalText { en, zh }
  const local = message && typeof message === "object" ? (message as Record<string, unknown>) : null;
  const issues = Array.isArray(e.issues)
    ? e.issues.flatMap((i) => (i && typeof i === "object" && typeof (i as { field?: unknown }).field === "string" ? [i as { field: string; message: string }] : []))
    : [];
  // The import routes answer `message` in the language asked for, with `en` and `zh` beside it.
  return {
    code: str(e.code),
    message: local ? str(local.en) : (str(e.en) ?? str(message)),
    messageZh: local ? str(local.zh) : (str(e.zh) ?? str(e.messageZh)),
    issues,
    raw: { ...root, ...e },
  };
}
