"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";

export interface NavLink {
  href: string;
  label: string;
}

export interface NavGroupLinks {
  key: string;
  label: string;
  /** shown as a menu on wide screens */
  menu: boolean;
  links: NavLink[];
}

const isActive = (href: string, pathname: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));

const LINK =
  "block whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-indigo-500";
const IDLE = "text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white";
const CURRENT = "bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-white";

/**
 * The header's navigation, one list of links in groups. From lg: the groups
 * in a row, analysis and planning pages as menus. Below: a button naming the
 * current page that opens every group under its heading. Menus close on
 * Escape, a click elsewhere and navigation.
 */
export function NavLinks({ label, menuLabel, groups }: { label: string; menuLabel: string; groups: NavGroupLinks[] }) {
  const pathname = usePathname();
  const id = useId();
  const navRef = useRef<HTMLElement>(null);
  // Each menu remembers the page it was opened on, so navigating closes it.
  const [panelOpenOn, setPanelOpenOn] = useState<string | null>(null);
  const [groupOpen, setGroupOpen] = useState<{ key: string; on: string } | null>(null);
  const panelOpen = panelOpenOn === pathname;
  const openGroup = groupOpen?.on === pathname ? groupOpen.key : null;
  const setPanelOpen = (open: boolean) => setPanelOpenOn(open ? pathname : null);
  const setOpenGroup = (key: string | null) => setGroupOpen(key ? { key, on: pathname } : null);
  const current = groups.flatMap((g) => g.links).find((l) => isActive(l.href, pathname));

  useEffect(() => {
    if (!panelOpen && openGroup === null) return;
    const close = () => {
      setPanelOpenOn(null);
      setGroupOpen(null);
    };
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && close();
    const onClick = (e: MouseEvent) => navRef.current && !navRef.current.contains(e.target as Node) && close();
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [panelOpen, openGroup]);

  const link = (l: NavLink) => {
    const active = isActive(l.href, pathname);
    return (
      <li key={l.href}>
        <Link href={l.href} aria-current={active ? "page" : undefined} className={`${LINK} ${active ? CURRENT : IDLE}`}>
          {l.label}
        </Link>
      </li>
    );
  };

  if (groups.length === 0) return null;
  return (
    <nav ref={navRef} aria-label={label} className="relative text-sm">
      <button
        type="button"
        className={`${LINK} ${IDLE} inline-flex items-center gap-2 lg:hidden`}
        aria-expanded={panelOpen}
        aria-controls={`${id}-panel`}
        onClick={() => setPanelOpen(!panelOpen)}
        data-testid="nav-menu-button"
      >
        <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8">
          {panelOpen ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 6h14M3 10h14M3 14h14" />}
        </svg>
        <span className="sr-only">{menuLabel}: </span>
        <span>{current?.label ?? menuLabel}</span>
      </button>
      <div
        id={`${id}-panel`}
        className={`${panelOpen ? "flex" : "hidden"} flex-col gap-3 pb-2 pt-1 lg:flex lg:flex-row lg:items-center lg:gap-1 lg:p-0`}
        data-testid="nav-panel"
      >
        {groups.map((g) => {
          const heading = (
            <p className="px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-500 lg:hidden dark:text-slate-400" aria-hidden>
              {g.label}
            </p>
          );
          if (!g.menu) {
            return (
              <div key={g.key}>
                {heading}
                <ul className="grid grid-cols-2 gap-1 sm:grid-cols-3 lg:flex lg:gap-1">{g.links.map(link)}</ul>
              </div>
            );
          }
          const open = openGroup === g.key;
          const hasCurrent = g.links.some((l) => isActive(l.href, pathname));
          return (
            <div key={g.key} className="lg:relative">
              {heading}
              <button
                type="button"
                className={`${LINK} ${hasCurrent ? CURRENT : IDLE} hidden items-center gap-1 lg:inline-flex`}
                aria-expanded={open}
                aria-controls={`${id}-${g.key}`}
                onClick={() => setOpenGroup(open ? null : g.key)}
                data-testid={`nav-group-${g.key}`}
              >
                {g.label}
                <svg aria-hidden viewBox="0 0 20 20" className={`h-3.5 w-3.5 transition-transform ${open ? "rotate-180" : ""}`} fill="currentColor">
                  <path d="M5.3 7.3a1 1 0 011.4 0L10 10.6l3.3-3.3a1 1 0 111.4 1.4l-4 4a1 1 0 01-1.4 0l-4-4a1 1 0 010-1.4z" />
                </svg>
              </button>
              <ul
                id={`${id}-${g.key}`}
                className={`grid grid-cols-2 gap-1 sm:grid-cols-3 lg:absolute lg:left-0 lg:top-full lg:z-50 lg:mt-1 lg:w-56 lg:flex-col lg:rounded-lg lg:border lg:border-slate-200 lg:bg-white lg:p-1 lg:shadow-lg dark:lg:border-slate-700 dark:lg:bg-slate-900 ${open ? "lg:flex" : "lg:hidden"}`}
              >
                {g.links.map(link)}
              </ul>
            </div>
          );
        })}
      </div>
    </nav>
  );
}
