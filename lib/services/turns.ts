// Work that grows with what a request asks for (a series of a thousand
// buckets) is done in turns, so that the server's one thread answers other
// requests in between instead of after it. A turn is measured in time, not
// items: a request that is done within TURN_MS never yields (each yield lets
// a long request's turn run first, and the weekly report, yielding every 64
// rows, waited behind 27 of them), a long one works about TURN_MS at a time
// and then pauses about as long (yieldToOthers).
import { yieldToOthers } from "@/lib/db/read";

/** How long work runs before it lets other requests run. */
export const TURN_MS = 2;
/** Items handled between two looks at the clock. */
export const ITEMS_PER_CHECK = 16;

/** One piece of work's turns: `next()` yields once the current turn has lasted TURN_MS. */
export class Turns {
  private started = performance.now();

  async next(): Promise<void> {
    const worked = performance.now() - this.started;
    if (worked < TURN_MS) return;
    await yieldToOthers(worked);
    this.started = performance.now();
  }
}

/** `items.map(fn)`, in turns. */
export async function mapInTurns<T, R>(items: readonly T[], fn: (item: T, index: number) => R): Promise<R[]> {
  const out: R[] = new Array(items.length);
  const turns = new Turns();
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % ITEMS_PER_CHECK === 0) await turns.next();
    out[i] = fn(items[i] as T, i);
  }
  return out;
}
