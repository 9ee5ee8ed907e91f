// Calling App Router route handlers directly, as Next would: a Request with a
// URL, the headers a client sends (who is asking, and the Content-Length
// every body has on the wire) and the dynamic segment params as a promise.
import type { Credentials } from "./auth";

type Handler<P> = (request: Request, segment: { params: Promise<P> }) => Promise<Response>;

export interface CallInit extends RequestInit {
  /** who is asking; defaults to signInAs(...)'s. `null`: nobody (no cookie, no token). */
  as?: Credentials | null;
}

let signedIn: Credentials | null = null;

/** Who callRoute's requests come from when a call does not say (set it in beforeAll). */
export function signInAs(credentials: Credentials | null): void {
  signedIn = credentials;
}

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A request to `path` on http://localhost. Headers in `init` win over the
 * credentials' (to send a wrong Origin, say). A body gets its Content-Length,
 * as every request with a body has when it reaches Next over HTTP/1.1.
 */
export async function buildRequest(path: string, init: CallInit = {}): Promise<Request> {
  const { as = signedIn, ...rest } = init;
  const url = new URL(path, "http://localhost");
  const headers = new Headers(rest.headers);
  const method = (rest.method ?? "GET").toUpperCase();
  for (const [name, value] of Object.entries(as ? (READS.has(method) ? as.headers : as.writeHeaders) : {})) {
    if (!headers.has(name)) headers.set(name, value);
  }
  // A streamed body stays a stream (a chunked upload has no length to add, and may be endless).
  if (rest.body instanceof ReadableStream) return new Request(url, { ...rest, headers, duplex: "half" } as RequestInit);
  const request = new Request(url, { ...rest, headers });
  if (request.body === null || headers.has("content-length") || headers.has("transfer-encoding")) return request;
  const bytes = await request.arrayBuffer();
  const type = request.headers.get("content-type");
  if (type !== null) headers.set("content-type", type);
  headers.set("content-length", String(bytes.byteLength));
  return new Request(url, { ...rest, headers, body: bytes });
}

export async function callRoute<P = Record<string, string>>(handler: Handler<P>, path: string, params?: P, init?: CallInit): Promise<Response> {
  return handler(await buildRequest(path, init), { params: Promise.resolve((params ?? {}) as P) });
}

/** The body's bytes start with the UTF-8 byte-order mark (Response.text() would strip it). */
export async function csvOf(response: Response): Promise<{ bom: boolean; lines: string[] }> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, "");
  return { bom, lines: text.split("\r\n").filter((l) => l !== "") };
}

/** The fields a 400 names. */
export async function badFields(response: Response): Promise<string[]> {
  const body = (await response.json()) as { error?: { issues?: { field: string }[] } };
  return (body.error?.issues ?? []).map((i) => i.field);
}
