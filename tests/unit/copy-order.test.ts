import { describe, expect, it } from "vitest";
import { copyOrder } from "@/lib/db/copy-to-postgres";

const key = (table: string, column: string, parent: string, nullable = false) => ({ table, column, parent, nullable });

describe("copyOrder: the order to copy tables in so that every foreign key holds", () => {
  it("puts parents before children, whatever order the tables come in", () => {
    const keys = [key("Account", "workspaceId", "Workspace"), key("DailyMetric", "accountId", "Account"), key("DailyMetric", "workspaceId", "Workspace")];
    for (const tables of [["DailyMetric", "Account", "Workspace"], ["Workspace", "DailyMetric", "Account"]]) {
      expect(copyOrder(tables, keys)).toEqual({ order: ["Workspace", "Account", "DailyMetric"], deferred: [] });
    }
  });

  it("breaks a cycle at its nullable column, which is written afterwards", () => {
    const active = key("Workspace", "activeBenchmarkSetId", "BenchmarkSet", true);
    const owner = key("BenchmarkSet", "workspaceId", "Workspace", false);
    const { order, deferred } = copyOrder(["Workspace", "BenchmarkSet", "Benchmark"], [active, owner, key("Benchmark", "setId", "BenchmarkSet")]);
    expect(deferred).toEqual([active]);
    expect(order).toEqual(["Workspace", "BenchmarkSet", "Benchmark"]);
  });

  it("defers a table's reference to itself, and refuses a cycle it cannot break", () => {
    const parent = key("Step", "parentId", "Step", true);
    expect(copyOrder(["Step"], [parent])).toEqual({ order: ["Step"], deferred: [parent] });
    expect(() => copyOrder(["A", "B"], [key("A", "b", "B"), key("B", "a", "A")])).toThrow(/form a cycle with no nullable column/);
    expect(() => copyOrder(["Step"], [key("Step", "parentId", "Step")])).toThrow(/cannot be NULL/);
  });
});
