// A request body read with a size limit enforced while it arrives. A body
// sent without Content-Length (chunked) can only be measured as it is read:
// request.text(), .arrayBuffer() and .formData() buffer all of it first, so
// a 3 GB upload would sit in memory before any check. Here each chunk is
// counted and reading stops, cancelling the stream, as soon as the limit is
// passed; the rest of the body is never pulled.

export type LimitedBody = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false };

/** The body's bytes, or `{ ok: false }` once it is known to be longer than `limit` bytes. */
export async function readLimited(request: Request, limit: number): Promise<LimitedBody> {
  // A declared length over the limit is refused without reading anything.
  const declared = Number(request.headers.get("content-length") ?? "");
  if (request.headers.has("content-length") && Number.isFinite(declared) && declared > limit) return { ok: false };
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Not awaited: a source that never answers cancel() must not hold the reply.
      reader.cancel().catch(() => undefined);
      return { ok: false };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}
