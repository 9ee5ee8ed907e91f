// The four roles a member can have in a workspace, from most to least rights.
// What each may do is decided in permissions.ts, nowhere else.
import { z } from "zod";

export const ROLES = ["admin", "manager", "analyst", "executive"] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = z.enum(ROLES);

export const TOKEN_SCOPES = ["ingest", "read"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
export const TokenScopeSchema = z.enum(TOKEN_SCOPES);

/** `"ingest,read"` as stored → the known scopes it names. */
export function parseScopes(stored: string): TokenScope[] {
  return TOKEN_SCOPES.filter((s) => stored.split(",").map((x) => x.trim()).includes(s));
}
