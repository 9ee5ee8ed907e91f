// Calling App Router route handlers directly, as Next would: a Request with a
// URL and the dynamic segment params as a promise.
type Handler<P> = (request: Request, segment: { params: Promise<P> }) => Promise<Response>;

export async function callRoute<P = Record<string, string>>(handler: Handler<P>, path: string, params?: P, init?: RequestInit): Promise<Response> {
  return handler(new Request(new URL(path, "http://localhost"), init), { params: Promise.resolve((params ?? {}) as P) });
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
