// Scripted installs: ADMIN_EMAIL / ADMIN_PASSWORD create the first admin and
// workspace once, beside the demo but not instead of it, and refuse weak or
// malformed values without creating anything.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { bootstrapAdmin } from "@/lib/auth/bootstrap-admin";
import { verifyPassword } from "@/lib/auth/password";
import { ensureDemoUsers } from "@/lib/demo/demo-users";
import { createTempDatabase, type TempDatabase } from "../helpers/temp-db";

let t: TempDatabase;
const saved = { ...process.env };

beforeAll(async () => {
  t = await createTempDatabase();
  const demo = await t.db.workspace.create({ data: { slug: "demo", name: "Demo", isDemo: true } });
  await ensureDemoUsers(t.db, demo.id);
});
afterEach(() => {
  for (const key of ["ADMIN_EMAIL", "ADMIN_PASSWORD", "ADMIN_WORKSPACE"]) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});
afterAll(async () => {
  await t.cleanup();
});

const people = () => t.db.user.count({ where: { isDemo: false } });

describe("bootstrapAdmin", () => {
  it("does nothing when neither variable is set", async () => {
    delete process.env.ADMIN_EMAIL;
    delete process.env.ADMIN_PASSWORD;
    expect(await bootstrapAdmin(t.db)).toEqual({ status: "not_configured" });
    expect(await people()).toBe(0);
  });

  it.each([
    [{ ADMIN_EMAIL: "not-an-address", ADMIN_PASSWORD: "long-enough-1" }, "ADMIN_EMAIL must be an email address"],
    [{ ADMIN_EMAIL: "ops@acme.example", ADMIN_PASSWORD: "short" }, "ADMIN_PASSWORD must be 10 to 200 characters"],
    [{ ADMIN_EMAIL: "ops@acme.example" }, "ADMIN_PASSWORD must be 10 to 200 characters"],
  ])("refuses %o without creating anyone", async (vars, message) => {
    Object.assign(process.env, vars);
    expect(await bootstrapAdmin(t.db)).toEqual({ status: "invalid", message });
    expect(await people()).toBe(0);
  });

  it("creates the admin and the named workspace beside the demo, once", async () => {
    Object.assign(process.env, { ADMIN_EMAIL: "Ops@Acme.example", ADMIN_PASSWORD: "correct-horse-9", ADMIN_WORKSPACE: "Acme 品牌" });
    expect(await bootstrapAdmin(t.db)).toEqual({ status: "created", email: "ops@acme.example", workspace: "acme" });

    const user = await t.db.user.findUniqueOrThrow({ where: { email: "ops@acme.example" }, include: { memberships: { include: { workspace: true } } } });
    expect(user.isDemo).toBe(false);
    expect(await verifyPassword(user.passwordHash, "correct-horse-9")).toBe(true);
    expect(user.memberships.map((m) => [m.role, m.workspace.slug, m.workspace.name, m.workspace.timeZone, m.workspace.currency, m.workspace.isDemo])).toEqual([
      ["admin", "acme", "Acme 品牌", "Asia/Shanghai", "CNY", false],
    ]);
    expect(await t.db.workspace.count({ where: { slug: "demo" } })).toBe(1);

    // A second start with other values changes nothing: the install has its team.
    Object.assign(process.env, { ADMIN_EMAIL: "someone@else.example", ADMIN_PASSWORD: "another-pass-1" });
    expect(await bootstrapAdmin(t.db)).toEqual({ status: "already_set_up" });
    expect(await people()).toBe(1);
  });
});
