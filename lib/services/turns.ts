// Work that grows with what a request asks for (a series of a thousand
// buckets) is done in turns, so that the server's one thread answers other
// requests in between instead of after it.
import { yieldToOthers } from "@/lib/db/read";

/** Items handled per turn: a turn stays around a millisecond or two. */
export const ITEMS_PER_TURN = 64;

/** `items.map(fn)`, yielding to other requests after every ITEMS_PER_TURN items. */
export async function mapInTurns<T, R>(items: readonly T[], fn: (item: T, index: number) => R): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let started = performance.now();
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % ITEMS_PER_TURN === 0) {
      await yieldToOthers(performance.now() - started);
      started = performance.now();
    }
    out[i] = fn(items[i] as T, i);
  }
  return out;
}
