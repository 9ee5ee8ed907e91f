// The one place that decides who may do what. Every page (pageAccess), route
// handler (apiRoute) and server-side action asks `can`; none decides on its
// own. Adding an action means adding a row here, and the permission table
// test (tests/integration/permissions.test.ts) lists every route and page
// with the action it asks for.
//
// Roles, from most to least rights:
// - admin: everything, including users, settings, tokens, deleting the workspace
// - manager: imports and undo, goals, annotations, benchmark sets
// - analyst: reads everything, exports, defines journeys, content tests and the AI tool scorecard
// - executive: the weekly board, the platform comparison, the executive summary
// API tokens carry scopes instead of a role: `read` reads what an analyst
// reads, `ingest` sends rows to POST /api/v1/metrics.
import type { Role, TokenScope } from "./roles";

const EVERYONE: readonly Role[] = ["admin", "manager", "analyst", "executive"];
const READERS: readonly Role[] = ["admin", "manager", "analyst"];
const MANAGERS: readonly Role[] = ["admin", "manager"];
const ADMINS: readonly Role[] = ["admin"];

export const ACTIONS = {
  /** weekly board, platform comparison, executive summary and their APIs (report, kpis) */
  "dashboard.read": { roles: EVERYONE, scopes: ["read"] },
  /** journeys, cohorts, content, domains, tiers, segments, AI tools, benchmark registry */
  "analysis.read": { roles: READERS, scopes: ["read"] },
  /** raw rows as CSV/XLSX */
  "data.export": { roles: READERS, scopes: ["read"] },
  /** import history, saved presets, the /data page */
  "imports.read": { roles: READERS, scopes: ["read"] },
  /** preview, commit, undo, save presets */
  "imports.write": { roles: MANAGERS, scopes: [] },
  /** POST /api/v1/metrics */
  "metrics.ingest": { roles: MANAGERS, scopes: ["ingest"] },
  "goals.write": { roles: MANAGERS, scopes: [] },
  "annotations.write": { roles: MANAGERS, scopes: [] },
  "benchmarks.write": { roles: MANAGERS, scopes: [] },
  "journeys.write": { roles: READERS, scopes: [] },
  "content_tests.write": { roles: READERS, scopes: [] },
  /** the AI tool scorecard: tools, their scores and the criteria's weights */
  "scorecard.write": { roles: READERS, scopes: [] },
  /** workspace settings: read and change */
  "settings.manage": { roles: ADMINS, scopes: [] },
  /** members, roles, invitations */
  "members.manage": { roles: ADMINS, scopes: [] },
  "tokens.manage": { roles: ADMINS, scopes: [] },
  "audit.read": { roles: ADMINS, scopes: [] },
  "workspace.delete": { roles: ADMINS, scopes: [] },
} as const satisfies Record<string, { roles: readonly Role[]; scopes: readonly TokenScope[] }>;

export type Action = keyof typeof ACTIONS;
export const ACTION_NAMES = Object.keys(ACTIONS) as Action[];

/** Who is asking: a signed-in member (with their role in the workspace) or an API token (with its scopes). */
export type Asker = { kind: "user"; role: Role } | { kind: "token"; scopes: readonly TokenScope[] };

export function can(asker: Asker, action: Action): boolean {
  const rule: { roles: readonly Role[]; scopes: readonly TokenScope[] } = ACTIONS[action];
  return asker.kind === "user" ? rule.roles.includes(asker.role) : asker.scopes.some((s) => rule.scopes.includes(s));
}

/** The actions a role may take (for showing only the links and buttons that work). */
export function allowedActions(role: Role): Set<Action> {
  return new Set(ACTION_NAMES.filter((a) => can({ kind: "user", role }, a)));
}
