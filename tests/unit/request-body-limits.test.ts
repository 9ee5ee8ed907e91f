// Request bodies as they are read: a body stops being read at its limit
// (the rest is never pulled, the stream is cancelled), and JSON nesting is
// measured on the text before anything walks the parsed value.
import { describe, expect, it } from "vitest";
import { jsonTooDeep, MAX_JSON_DEPTH } from "@/lib/api/json-depth";
import { readLimited } from "@/lib/api/read-limited";

const KB = 1024;

/** A body of `chunks` chunks of `size` bytes that counts how many were pulled and whether it was cancelled. */
function countingBody(chunks: number, size: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readLimited", () => {
  it("reads a body within the limit whole", async () => {
    const { stream } = countingBody(3, KB);
    const read = await readLimited(post(stream), 3 * KB);
    expect(read.ok && read.bytes.length).toBe(3 * KB);
  });

  it("stops at the limit without Content-Length: the rest is never pulled and the stream is cancelled", async () => {
    // 1,000 chunks of 1 KB offered; the limit is passed at the 11th
    const { stream, state } = countingBody(1000, KB);
    expect(await readLimited(post(stream), 10 * KB)).toEqual({ ok: false });
    expect(state.pulled).toBeLessThan(20);
    await Promise.resolve();
    expect(state.cancelled).toBe(true);
  });

  it("refuses a declared Content-Length over the limit without reading at all", async () => {
    const { stream, state } = countingBody(1000, KB);
    const request = new Request(post(stream), { headers: { "content-length": String(1000 * KB) } });
    expect(await readLimited(request, 10 * KB)).toEqual({ ok: false });
    expect(state.pulled).toBeLessThanOrEqual(1); // a stream may be primed with one chunk when it is made
  });

  it("reads a request without a body as no bytes", async () => {
    const read = await readLimited(new Request("http://localhost/x", { method: "POST" }), 10);
    expect(read.ok && read.bytes.length).toBe(0);
  });
});

describe("jsonTooDeep", () => {
  const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
  it(`allows ${MAX_JSON_DEPTH} levels and refuses one more`, () => {
    expect(jsonTooDeep(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonTooDeep(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonTooDeep(`{"a":${nested(MAX_JSON_DEPTH)}}`)).toBe(true);
  });
  it("does not count brackets inside strings, escaped quotes included", () => {
    expect(jsonTooDeep(JSON.stringify({ a: "[".repeat(1000) }))).toBe(false);
    expect(jsonTooDeep(JSON.stringify({ a: `\\"${"{".repeat(1000)}` }))).toBe(false);
  });
  it("counts siblings once: depth, not the number of arrays", () => {
    expect(jsonTooDeep(JSON.stringify({ rows: Array.from({ length: 1000 }, () => ({ a: [1] })) }))).toBe(false);
  });
});
