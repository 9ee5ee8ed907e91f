// Reads a large canonical CSV on a worker thread (canonical-stream-worker.ts)
// while this thread writes: parsing and validating took about as long as the
// inserts, and one thread did both in turn. A small file is read on this
// thread: a worker costs ~0.1 s to start.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { readCanonicalStream, type StreamChunk, type StreamEnd, type StreamSource } from "./canonical-stream";
import type { StreamMessage } from "./canonical-stream-worker";

/** Files from this size on are read on a worker thread (about 10,000 canonical rows). */
export const OFF_THREAD_MIN_BYTES = 1024 * 1024;
/** The reader's heap: its duplicate index holds 4 bytes per account and day (5,000 accounts × 3 years ≈ 22 MB). */
const WORKER_HEAP_MB = 256;

function startWorker(source: StreamSource): Worker {
  // The bytes of an upload go over as a copy: the caller keeps its own.
  const bytes = source.bytes?.slice();
  const options = {
    workerData: { ...source, bytes },
    transferList: bytes ? [bytes.buffer] : [],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  };
  // Next's build bundles the worker and its imports into a chunk of its own (the `new URL` form is what it looks for).
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./canonical-stream-worker.ts", import.meta.url), options);
  // Elsewhere (the CLI, the benches, the tests) the worker is TypeScript source, which tsx loads.
  const entry = JSON.stringify(path.join(path.dirname(fileURLToPath(import.meta.url)), "canonical-stream-worker.ts"));
  return new Worker(`import("tsx/esm/api").then(({ tsImport }) => tsImport(${entry}, ${entry}))`, { ...options, eval: true });
}

/** readCanonicalStream run on a worker thread: the same chunks and end. */
export async function* readCanonicalStreamOffThread(source: StreamSource): AsyncGenerator<StreamChunk, StreamEnd> {
  const worker = startWorker(source);
  const inbox: StreamMessage[] = [];
  let stopped: Error | null = null;
  let wake: (() => void) | null = null;
  const ring = () => {
    wake?.();
    wake = null;
  };
  worker.on("message", (m: StreamMessage) => {
    inbox.push(m);
    ring();
  });
  worker.once("error", (error) => {
    stopped = new Error(`the file reader failed: ${error.message}`);
    ring();
  });
  worker.once("exit", (code) => {
    stopped ??= new Error(`the file reader stopped (exit ${code})`);
    ring();
  });
  try {
    for (;;) {
      while (inbox.length === 0 && stopped === null) await new Promise<void>((resolve) => (wake = resolve));
      const m = inbox.shift();
      if (!m) throw stopped ?? new Error("the file reader stopped");
      if (m.kind === "done") return m.end;
      if (m.kind === "failed") throw new Error(m.message);
      worker.postMessage("ack");
      yield m.chunk;
    }
  } finally {
    void worker.terminate();
  }
}

/** The chunks of a canonical CSV, read on a worker thread when the file is large. */
export function canonicalStream(source: StreamSource, offThreadFrom = OFF_THREAD_MIN_BYTES): AsyncGenerator<StreamChunk, StreamEnd> {
  return source.size >= offThreadFrom ? readCanonicalStreamOffThread(source) : readCanonicalStream(source);
}
