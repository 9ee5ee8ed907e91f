// Which pages a member's header links to: each page with the action its
// pageAccess asks for, so the links and the pages cannot disagree, and the
// group it is listed under (the header shows the analysis and planning pages
// as menus, and every group under its heading on a phone).
import { can, type Action } from "./permissions";
import type { Role } from "./roles";

export const NAV_GROUPS = ["dashboards", "analysis", "plan", "data", "admin"] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

/** Groups shown as a menu on wide screens (when they hold more than one page for the member). */
export const MENU_GROUPS: readonly NavGroup[] = ["analysis", "plan"];

/** In the order the header shows them: by group, then within the group. */
export const PAGE_ACTIONS = [
  { href: "/", action: "dashboard.read", label: "weekly", group: "dashboards" },
  { href: "/platforms", action: "dashboard.read", label: "platforms", group: "dashboards" },
  { href: "/executive", action: "dashboard.read", label: "executive", group: "dashboards" },
  { href: "/funnels", action: "analysis.read", label: "funnels", group: "analysis" },
  { href: "/retention", action: "analysis.read", label: "retention", group: "analysis" },
  { href: "/audience", action: "analysis.read", label: "audience", group: "analysis" },
  { href: "/content", action: "analysis.read", label: "content", group: "analysis" },
  { href: "/ai", action: "analysis.read", label: "ai", group: "analysis" },
  { href: "/goals", action: "dashboard.read", label: "goals", group: "plan" },
  { href: "/benchmarks", action: "analysis.read", label: "benchmarks", group: "plan" },
  { href: "/data", action: "imports.read", label: "data", group: "data" },
  { href: "/settings", action: "settings.manage", label: "settings", group: "admin" },
] as const satisfies readonly { href: string; action: Action; label: string; group: NavGroup }[];

export type NavLabel = (typeof PAGE_ACTIONS)[number]["label"];

export function pagesFor(role: Role | null): (typeof PAGE_ACTIONS)[number][] {
  return role ? PAGE_ACTIONS.filter((p) => can({ kind: "user", role }, p.action)) : [];
}

/** The member's pages by group, in NAV_GROUPS order, leaving out groups with none. */
export function navGroupsFor(role: Role | null): { group: NavGroup; pages: (typeof PAGE_ACTIONS)[number][] }[] {
  const pages = pagesFor(role);
  return NAV_GROUPS.map((group) => ({ group, pages: pages.filter((p) => p.group === group) })).filter((g) => g.pages.length > 0);
}
