// The benches measure the import as `npm run import` runs it: the same V8
// flags in both places (scripts/bench-import.ts says why they are there).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IMPORT_NODE_FLAGS } from "../../scripts/bench-import";

describe("npm run import's node flags", () => {
  it("are the ones the import bench starts its child with", () => {
    const scripts = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.import).toBe(`node ${IMPORT_NODE_FLAGS.join(" ")} --import tsx scripts/import.ts`);
  });
});
