// Which pages a member's header links to: each page with the action its
// pageAccess asks for, so the links and the pages cannot disagree.
import { can, type Action } from "./permissions";
import type { Role } from "./roles";

export const PAGE_ACTIONS = [
  { href: "/", action: "dashboard.read", label: "weekly" },
  { href: "/platforms", action: "dashboard.read", label: "platforms" },
  { href: "/executive", action: "dashboard.read", label: "executive" },
  { href: "/goals", action: "dashboard.read", label: "goals" },
  { href: "/benchmarks", action: "analysis.read", label: "benchmarks" },
  { href: "/retention", action: "analysis.read", label: "retention" },
  { href: "/ai", action: "analysis.read", label: "ai" },
  { href: "/data", action: "imports.read", label: "data" },
  { href: "/settings", action: "settings.manage", label: "settings" },
] as const satisfies readonly { href: string; action: Action; label: string }[];

export type NavLabel = (typeof PAGE_ACTIONS)[number]["label"];

export function pagesFor(role: Role | null): (typeof PAGE_ACTIONS)[number][] {
  return role ? PAGE_ACTIONS.filter((p) => can({ kind: "user", role }, p.action)) : [];
}
