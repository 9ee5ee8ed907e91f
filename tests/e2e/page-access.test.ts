// The pages' half of the permission table: every page (found on disk under
// app/) × every demo role × signed out, over HTTP against the real server.
// A page the role may open answers 200 without the "not available with your
// role" state; one it may not shows that state; signed out, every page but
// sign-in, first run and invitations sends you to sign in. A page added
// without a row here fails the first test. The expected rights are written
// out by hand, as in tests/integration/permissions.test.ts.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { SESSION_COOKIE } from "@/lib/auth/session";

const baseURL = inject("baseURL");
const sessions = inject("sessions");

type PageAccess = "public" | "signed_in" | Role[];
const EVERYONE: Role[] = ["admin", "manager", "analyst", "executive"];

const PAGES: Record<string, { access: PageAccess; url: string }> = {
  "/": { access: EVERYONE, url: "/" },
  "/platforms": { access: EVERYONE, url: "/platforms" },
  "/executive": { access: EVERYONE, url: "/executive" },
  "/goals": { access: EVERYONE, url: "/goals" },
  "/benchmarks": { access: ["admin", "manager", "analyst"], url: "/benchmarks" },
  "/funnels": { access: ["admin", "manager", "analyst"], url: "/funnels" },
  "/audience": { access: ["admin", "manager", "analyst"], url: "/audience" },
  "/content": { access: ["admin", "manager", "analyst"], url: "/content" },
  "/retention": { access: ["admin", "manager", "analyst"], url: "/retention" },
  "/ai": { access: ["admin", "manager", "analyst"], url: "/ai" },
  "/data": { access: ["admin", "manager", "analyst"], url: "/data" },
  "/settings": { access: ["admin"], url: "/settings" },
  "/account": { access: "signed_in", url: "/account" },
  "/signin": { access: "public", url: "/signin" },
  "/setup": { access: "public", url: "/setup" },
  "/invite/[token]": { access: "public", url: "/invite/not-a-real-invitation-token" },
};

async function discoverPages(): Promise<string[]> {
  const app = path.resolve(import.meta.dirname, "../../app");
  const files = (await readdir(app, { recursive: true })).filter((f) => path.basename(f) === "page.tsx");
  return files.map((f) => {
    const dir = path.dirname(f).split(path.sep).join("/");
    return dir === "." ? "/" : `/${dir}`;
  });
}

async function get(url: string, role: Role | null): Promise<{ status: number; location: string | null; html: string }> {
  const response = await fetch(`${baseURL}${url}`, {
    redirect: "manual",
    headers: { "accept-language": "en", ...(role ? { cookie: `${SESSION_COOKIE}=${sessions[role]}` } : {}) },
  });
  return { status: response.status, location: response.headers.get("location"), html: await response.text() };
}

const FORBIDDEN = 'data-testid="forbidden"';

describe("the pages' permission table", () => {
  it("lists every page, and only those", async () => {
    expect((await discoverPages()).sort()).toEqual(Object.keys(PAGES).sort());
  });

  describe.each(Object.entries(PAGES))("%s", (_page, { access, url }) => {
    it("signed out", async () => {
      const r = await get(url, null);
      if (access === "public") {
        // First run is over on this server (demo users exist but so does… nothing of the team's own): /setup may show or send on.
        expect(r.status === 200 || (r.status >= 300 && r.status < 400)).toBe(true);
        expect(r.location ?? "").not.toMatch(/^\/signin|\/signin\?/);
      } else {
        expect([303, 307, 308]).toContain(r.status);
        expect(new URL(r.location ?? "", baseURL).pathname).toMatch(/^\/(signin|setup)$/);
      }
    });

    it.each(EVERYONE)("as the demo %s", async (role) => {
      const r = await get(url, role);
      if (access === "public" || access === "signed_in") {
        expect(r.html).not.toContain(FORBIDDEN);
        return;
      }
      expect(r.status).toBe(200);
      if (access.includes(role)) expect(r.html).not.toContain(FORBIDDEN);
      else expect(r.html).toContain(FORBIDDEN);
    });
  });

  it("a ?workspace= in a page's URL changes nothing: the page shows the session's workspace", async () => {
    const r = await get("/?workspace=someone-else", "executive");
    expect(r.status).toBe(200);
    expect(r.html).toContain("Demo Brands");
  });
});
