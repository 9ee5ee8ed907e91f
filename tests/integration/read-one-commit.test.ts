// readInOneCommit on SQLite holds the process's shared reader in one read
// transaction across its awaits: reads that come meanwhile wait for it
// (rather than run inside its transaction, or start a second one on the same
// connection), and every query of `work` sees the same commit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInOneCommit, readRows } from "@/lib/db/read";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
const count = Prisma.sql`SELECT COUNT(*) AS "n" FROM "Workspace"`;

beforeAll(async () => {
  t = await createTempDatabase();
  await t.db.workspace.create({ data: { slug: "one", name: "One" } });
});
afterAll(() => t.cleanup());

describe("readInOneCommit on SQLite", () => {
  it("sees one commit across its awaits, while a write commits in between", async () => {
    const seen = await readInOneCommit(t.db, async (rows) => {
      const before = Number((await rows(count))[0]?.n);
      await t.db.workspace.create({ data: { slug: "two", name: "Two" } });
      const after = Number((await rows(count))[0]?.n);
      return { before, after };
    });
    expect(seen).toEqual({ before: 1, after: 1 });
    expect(Number((await readRows(t.db, count))[0]?.n)).toBe(2);
  });

  it("makes reads that arrive meanwhile wait until it ends, and runs two at once one after the other", async () => {
    const order: string[] = [];
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    const first = readInOneCommit(t.db, async (rows) => {
      await rows(count);
      order.push("first: read");
      await held;
      order.push("first: done");
    });
    const plain = readRows(t.db, count).then(() => order.push("plain read"));
    const second = readInOneCommit(t.db, async (rows) => {
      await rows(count);
      order.push("second: read");
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(order).toEqual(["first: read"]);
    letGo();
    await Promise.all([first, plain, second]);
    expect(order.slice(0, 2)).toEqual(["first: read", "first: done"]);
    expect(order.slice(2).sort()).toEqual(["plain read", "second: read"]);
  });

  it("lets the reader go when its work fails", async () => {
    await expect(readInOneCommit(t.db, async () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect(Number((await readRows(t.db, count))[0]?.n)).toBeGreaterThan(0);
  });
});
