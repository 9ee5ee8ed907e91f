// Worker thread: reads a canonical CSV (readCanonicalStream) and posts its
// chunks to the thread that writes them, staying at most AHEAD chunks in
// front of it so a fast reader does not fill memory while the writer catches up.
//
// In:  workerData = StreamSource; then "ack" once the writer has taken a chunk.
// Out: { kind: "chunk", chunk } (typed arrays transferred), then { kind: "done", end }
//      or { kind: "failed", message }.
import { parentPort, workerData } from "node:worker_threads";
import { readCanonicalStream, type StreamChunk, type StreamEnd, type StreamSource } from "./canonical-stream";

/** Chunks posted and not yet taken: enough to keep the writer busy, a few hundred kB at most. */
const AHEAD = 8;

export type StreamMessage = { kind: "chunk"; chunk: StreamChunk } | { kind: "done"; end: StreamEnd } | { kind: "failed"; message: string };

const port = parentPort;
if (!port) throw new Error("canonical-stream-worker runs as a worker thread");

let credits = AHEAD;
let wake: (() => void) | null = null;
port.on("message", () => {
  credits++;
  wake?.();
  wake = null;
});

async function main(out: NonNullable<typeof parentPort>): Promise<void> {
  const stream = readCanonicalStream(workerData as StreamSource);
  for (;;) {
    const next = await stream.next();
    if (next.done) {
      out.postMessage({ kind: "done", end: next.value } satisfies StreamMessage);
      return;
    }
    while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
    credits--;
    const chunk = next.value;
    const buffers = [chunk.daily.lines.buffer, chunk.daily.accountAt.buffer, chunk.daily.values.buffer] as ArrayBuffer[];
    out.postMessage({ kind: "chunk", chunk } satisfies StreamMessage, buffers);
  }
}

main(port).catch((error: unknown) => port.postMessage({ kind: "failed", message: error instanceof Error ? error.message : String(error) } satisfies StreamMessage));
