// Work that grows with what a request asks for (a series of a thousand
// buckets) is done in turns, so that the server's one thread answers other
// requests in between instead of after it. Turns are measured in time, not
// items: work that is done within FREE_MS never yields (each yield lets a
// long request's turn run first: the weekly report, yielding every 64 rows,
// waited behind 27 of them, and pausing every 2 ms added ~20 ms to it when
// idle); longer work then goes in turns of about TURN_MS, letting whatever
// is waiting run in between (setImmediate). It does not pause: a pause after
// each turn also slowed the sibling reports of one request (the executive
// summary's, run together, paused for each other: p50 70 -> 115 ms alone).

/** How long a piece of work runs before it starts taking turns. */
export const FREE_MS = 10;
/** How long each turn after that lasts. */
export const TURN_MS = 2;
/** Items handled between two looks at the clock. */
export const ITEMS_PER_CHECK = 16;

/** One piece of work's turns: `next()` yields once the work has run FREE_MS and the current turn TURN_MS. */
export class Turns {
  private readonly begun = performance.now();
  private started = this.begun;

  async next(): Promise<void> {
    const now = performance.now();
    if (now - this.begun < FREE_MS) return;
    if (now - this.started < TURN_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
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
