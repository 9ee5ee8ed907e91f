// A signed-in read while another process holds the write lock (a long
// import): the session's last-seen touch is skipped at once instead of
// waiting for the lock — better-sqlite3 waits on the JavaScript thread, so a
// wait would stall the whole server for the busy timeout and then fail the
// request (found by npm run load-test). Once the lock is free, the touch
// happens again.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, readSession } from "@/lib/auth/session";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
let secret: string;
let sessionId: number;
const LONG_AGO = new Date("2026-11-25T03:00:00.000Z"); // an hour before the pinned now: due for a touch

beforeAll(async () => {
  t = await createTempDatabase();
  const ws = await t.db.workspace.create({ data: { slug: "touch", name: "Touch" } });
  const user = await t.db.user.create({ data: { email: "touch@example.test", passwordHash: "x" } });
  ({ secret } = await createSession(t.db, user.id, ws.id));
  sessionId = (await t.db.session.findFirstOrThrow({ where: { userId: user.id } })).id;
});
afterAll(async () => {
  await t.cleanup();
});

describe("the session touch while an import holds the write lock", () => {
  it("skips the touch without waiting, and touches again once the lock is free", async () => {
    await t.db.session.update({ where: { id: sessionId }, data: { lastSeenAt: LONG_AGO } });
    const importer = new Database(t.file);
    importer.exec("BEGIN IMMEDIATE");
    try {
      const started = performance.now();
      const session = await readSession(t.db, secret);
      expect(session?.id).toBe(sessionId);
      expect(performance.now() - started).toBeLessThan(2_000); // the busy timeout is 10 s
    } finally {
      importer.exec("ROLLBACK");
      importer.close();
    }
    expect((await t.db.session.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(LONG_AGO);

    await readSession(t.db, secret);
    expect((await t.db.session.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt.getTime()).toBeGreaterThan(LONG_AGO.getTime());
  });
});
