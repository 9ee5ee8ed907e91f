import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/en";
import { LocaleSwitch } from "./LocaleSwitch";
import { NavLinks } from "./NavLinks";
import { ThemeToggle } from "./ThemeToggle";
import { UserMenu, type HeaderUser } from "./UserMenu";

export interface NavLink {
  href: string;
  label: string;
}

/** The header: logo, the pages the signed-in member may open, language, theme and their menu (none when signed out). */
export function AppHeader({ locale, messages: m, links, user }: { locale: Locale; messages: Messages; links: NavLink[]; user: HeaderUser | null }) {
  return (
    <header className="no-print sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
      {/* On a phone the navigation gets its own scrollable row under the logo and switches. */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 px-4 sm:h-14 sm:flex-nowrap sm:px-6 lg:px-8">
        <Link href="/" className="flex h-12 shrink-0 items-center gap-2 font-semibold tracking-tight sm:h-auto">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-indigo-600 text-xs font-bold text-white">
            KPI
          </span>
          <span className="sr-only lg:not-sr-only">{m.app.name}</span>
        </Link>
        <div className="order-last -mx-4 w-[calc(100%+2rem)] border-t border-slate-100 px-4 py-1.5 sm:order-none sm:mx-0 sm:w-auto sm:min-w-0 sm:border-0 sm:p-0 dark:border-slate-800">
          <NavLinks label={m.nav.label} links={links} />
        </div>
        <div className="ml-auto flex h-12 shrink-0 items-center gap-2 sm:h-auto">
          <LocaleSwitch locale={locale} label={m.controls.language} />
          <ThemeToggle
            labels={{ toDark: m.controls.switchToDark, toLight: m.controls.switchToLight }}
          />
          {user && (
            <UserMenu
              user={user}
              labels={{ menu: m.auth.menu.label, workspace: m.auth.menu.workspace, account: m.auth.menu.account, settings: m.auth.menu.settings, signOut: m.auth.menu.signOut }}
            />
          )}
        </div>
      </div>
    </header>
  );
}
