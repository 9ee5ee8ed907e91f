// mapInTurns lets other work run only once it has worked FREE_MS, then after
// every TURN_MS; the clock is mocked, each item "costs" a fixed time.
import { afterEach, describe, expect, it, vi } from "vitest";
import { FREE_MS, mapInTurns, TURN_MS } from "@/lib/services/turns";

afterEach(() => {
  vi.useRealTimers();
});

/** Runs mapInTurns over `items` items of `msEach` each; counts the other callbacks that ran meanwhile. */
async function othersRunDuring(items: number, msEach: number): Promise<number> {
  vi.useFakeTimers({ toFake: ["performance"] });
  let ran = 0;
  let done = false;
  const other = () => {
    if (done) return;
    ran++;
    setImmediate(other);
  };
  setImmediate(other);
  const out = await mapInTurns(Array.from({ length: items }, (_, i) => i), (i) => {
    vi.advanceTimersByTime(msEach);
    return i * 2;
  });
  done = true;
  expect(out).toEqual(Array.from({ length: items }, (_, i) => i * 2));
  return ran;
}

describe("mapInTurns", () => {
  it("never yields while the work stays within FREE_MS", async () => {
    expect(await othersRunDuring(100, (FREE_MS * 0.9) / 100)).toBe(0);
  });

  it("lets other work run about every TURN_MS after that", async () => {
    const ran = await othersRunDuring(1_000, 0.05); // 50 ms of work
    const expected = (50 - FREE_MS) / TURN_MS;
    expect(ran).toBeGreaterThanOrEqual(expected * 0.7);
    expect(ran).toBeLessThanOrEqual(expected * 1.3 + 1);
  });
});
