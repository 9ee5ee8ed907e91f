// API bearer tokens. A token is `kpi_` + 32 random bytes (base64url), shown
// once when created; only its sha256 and its first characters (to recognise
// it in a list) are stored. Each belongs to one workspace and carries scopes
// (`ingest`, `read`); lib/auth/permissions decides what each scope allows.
import { createHash, randomBytes } from "node:crypto";
import { now } from "@/lib/clock";
import type { Db } from "@/lib/db";
import type { ApiToken } from "@/lib/generated/prisma/client";
import type { Workspace } from "@/lib/queries/getWorkspaceBySlug";
import { parseScopes, type TokenScope } from "@/lib/auth/roles";

const PREFIX_LENGTH = 12;

export interface ApiTokenJson {
  id: number;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

function tokenJson(t: ApiToken): ApiTokenJson {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    scopes: parseScopes(t.scopes),
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

/** Creates a token; the secret is in this answer only. */
export async function createApiToken(
  db: Db,
  workspace: Workspace,
  input: { name: string; scopes: readonly TokenScope[]; createdByUserId: number | null },
): Promise<{ token: ApiTokenJson; secret: string }> {
  const secret = `kpi_${randomBytes(32).toString("base64url")}`;
  const row = await db.apiToken.create({
    data: {
      workspaceId: workspace.id,
      name: input.name,
      scopes: [...new Set(input.scopes)].sort().join(","),
      createdByUserId: input.createdByUserId,
      tokenHash: hashToken(secret),
      prefix: secret.slice(0, PREFIX_LENGTH),
    },
  });
  return { token: tokenJson(row), secret };
}

export async function listApiTokens(db: Db, workspace: Workspace): Promise<ApiTokenJson[]> {
  const rows = await db.apiToken.findMany({ where: { workspaceId: workspace.id }, orderBy: { id: "desc" } });
  return rows.map(tokenJson);
}

/** Revokes a token of the workspace (again: no change); null when there is no such token. */
export async function revokeApiToken(db: Db, workspace: Workspace, id: number): Promise<ApiTokenJson | null> {
  const row = await db.apiToken.findFirst({ where: { id, workspaceId: workspace.id } });
  if (!row) return null;
  if (row.revokedAt) return tokenJson(row);
  return tokenJson(await db.apiToken.update({ where: { id }, data: { revokedAt: now() } }));
}

/** The live token an `Authorization: Bearer kpi_…` header holds, with its workspace; null when missing, malformed, unknown or revoked. */
export async function findBearer(db: Db, authorization: string | null): Promise<{ workspace: Workspace; token: ApiTokenJson } | null> {
  const m = /^Bearer\s+(kpi_[A-Za-z0-9_-]{20,100})\s*$/i.exec(authorization ?? "");
  if (!m) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(m[1] as string) }, include: { workspace: true } });
  if (!row || row.revokedAt) return null;
  return { workspace: row.workspace, token: tokenJson(row) };
}

/** Records that a token was just used (lastUsedAt, shown in the token list). */
export async function markTokenUsed(db: Db, id: number): Promise<void> {
  await db.apiToken.update({ where: { id }, data: { lastUsedAt: now() } });
}
