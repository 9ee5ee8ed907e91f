import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/en";
import { LocaleSwitch } from "./LocaleSwitch";
import { NavLinks } from "./NavLinks";
import { ThemeToggle } from "./ThemeToggle";
import { UserMenu, type HeaderUser } from "./UserMenu";

export type { NavGroupLinks, NavLink } from "./NavLinks";
import type { NavGroupLinks } from "./NavLinks";

/** The header: logo, the pages the signed-in member may open, language, theme and their menu (none when signed out). */
export function AppHeader({ locale, messages: m, groups, user }: { locale: Locale; messages: Messages; groups: NavGroupLinks[]; user: HeaderUser | null }) {
  return (
    <header className="no-print sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
      {/* Below lg the navigation is a menu button on its own row under the logo and switches; from lg one row. */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 px-4 sm:px-6 lg:h-14 lg:flex-nowrap lg:px-8">
        <Link href="/" className="flex h-12 shrink-0 items-center gap-2 font-semibold tracking-tight lg:h-auto">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-indigo-600 text-xs font-bold text-white">
            KPI
          </span>
          <span className="sr-only sm:not-sr-only lg:sr-only xl:not-sr-only">{m.app.name}</span>
        </Link>
        <div className="order-last -mx-4 w-[calc(100%+2rem)] border-t border-slate-100 px-4 py-1.5 sm:-mx-6 sm:w-[calc(100%+3rem)] sm:px-6 lg:order-none lg:mx-0 lg:w-auto lg:min-w-0 lg:border-0 lg:p-0 dark:border-slate-800">
          <NavLinks label={m.nav.label} menuLabel={m.nav.menu} groups={groups} />
        </div>
        <div className="ml-auto flex h-12 shrink-0 items-center gap-2 lg:h-auto">
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
