// Pages get the signed-in user and workspace the way route handlers do
// (lib/api/route): from the session cookie, through the one permission
// module. Signed out → the sign-in page (or first run, on a database with no
// user yet); a member without a workspace → their account page, where they
// can create one; a role that may not open the page → { ok: false } and the
// page shows why.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db, type Db } from "@/lib/db";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { can, type Action } from "./permissions";
import { actorOf, userPrincipal, type Principal } from "./principal";
import type { Role } from "./roles";
import { SESSION_COOKIE } from "./session";
import { needsFirstRun } from "./first-run";

export type UserPrincipal = Extract<Principal, { kind: "user" }>;

export type PageAccess =
  | { ok: true; db: Db; principal: UserPrincipal; workspace: Workspace; role: Role; actor: string }
  | { ok: false; principal: UserPrincipal; role: Role; action: Action };

/** The signed-in user (any workspace state), or a redirect to sign in / first run. */
export async function signedInUser(path: string): Promise<UserPrincipal> {
  const database = db();
  const principal = await userPrincipal(database, (await cookies()).get(SESSION_COOKIE)?.value ?? null);
  if (principal?.kind === "user") return principal;
  if (await needsFirstRun(database)) redirect("/setup");
  redirect(`/signin?next=${encodeURIComponent(path)}`);
}

export async function pageAccess(action: Action, path: string): Promise<PageAccess> {
  const principal = await signedInUser(path);
  if (!principal.workspace || !principal.role) redirect("/account");
  if (!can({ kind: "user", role: principal.role }, action)) return { ok: false, principal, role: principal.role, action };
  return { ok: true, db: db(), principal, workspace: principal.workspace, role: principal.role, actor: actorOf(principal) };
}

/** The signed-in user if any, without redirecting (the header, the sign-in page). */
export async function currentUser(): Promise<UserPrincipal | null> {
  const principal = await userPrincipal(db(), (await cookies()).get(SESSION_COOKIE)?.value ?? null);
  return principal?.kind === "user" ? principal : null;
}
