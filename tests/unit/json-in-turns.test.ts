// jsonInTurns writes the same text as JSON.stringify, however the value is
// shaped: long arrays (walked in turns), objects holding arrays, and the
// values JSON.stringify leaves out or rewrites (undefined, functions, NaN,
// Dates, objects with toJSON).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonInTurns } from "@/lib/api/json-in-turns";

describe("jsonInTurns", () => {
  it("equals JSON.stringify on any JSON value", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        expect(await jsonInTurns(value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 200 },
    );
  });

  it("equals JSON.stringify on long arrays, nested series and the values it leaves out", async () => {
    const point = (i: number) => ({ key: `2026-01-${i}`, value: i / 3, missing: undefined, nan: Number.NaN, at: new Date(Date.UTC(2026, 0, 1 + i)) });
    const value = {
      series: Array.from({ length: 300 }, (_, i) => point(i)),
      platforms: Array.from({ length: 3 }, (_, p) => ({ platformKey: `p${p}`, series: Array.from({ length: 130 }, (_, i) => point(i + p)), skipped: () => 1 })),
      holes: [undefined, () => 1, Symbol("x"), null, 0, ...Array.from({ length: 70 }, (_, i) => [i, undefined])],
      custom: { toJSON: () => ({ as: "json", list: [1, 2] }) },
      empty: { list: [] as number[], object: {} },
    };
    expect(await jsonInTurns(value)).toBe(JSON.stringify(value));
    expect(JSON.parse(await jsonInTurns(value)).series).toHaveLength(300);
  });
});
