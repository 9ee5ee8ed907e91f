import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/en";
import { LocaleSwitch } from "./LocaleSwitch";
import { NavLinks } from "./NavLinks";
import { ThemeToggle } from "./ThemeToggle";

export function AppHeader({ locale, messages: m }: { locale: Locale; messages: Messages }) {
  return (
    <header className="no-print sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4 sm:px-6 lg:px-8">
        <Link href="/" className="flex shrink-0 items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-indigo-600 text-xs font-bold text-white">
            KPI
          </span>
          <span className="hidden sm:inline">{m.app.name}</span>
        </Link>
        <NavLinks
          label={m.nav.label}
          links={[
            { href: "/", label: m.nav.weekly },
            { href: "/platforms", label: m.nav.platforms },
          ]}
        />
        <div className="ml-auto flex items-center gap-2">
          <LocaleSwitch locale={locale} label={m.controls.language} />
          <ThemeToggle
            labels={{ toDark: m.controls.switchToDark, toLight: m.controls.switchToLight }}
          />
        </div>
      </div>
    </header>
  );
}
