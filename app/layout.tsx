import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/AppHeader";
import { NonceScript } from "@/components/security/NonceScript";
import { MENU_GROUPS, navGroupsFor } from "@/lib/auth/navigation";
import { currentUser } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { getLocale, getTheme, messagesFor } from "@/lib/i18n/server";
import { THEME_COOKIE } from "@/lib/theme";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const m = messagesFor(await getLocale());
  return { title: { default: m.app.name, template: `%s · ${m.app.name}` } };
}

// Without a chosen theme, follow the system before the first paint so the
// page never flashes light in a dark room.
const followSystemTheme = `(function(){try{if(!document.cookie.match(/(?:^|; )${THEME_COOKIE}=/)&&matchMedia("(prefers-color-scheme: dark)").matches)document.documentElement.classList.add("dark")}catch(e){}})()`;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, theme, principal] = await Promise.all([getLocale(), getTheme(), currentUser()]);
  const m = messagesFor(locale);
  const role = principal?.role ?? null;
  const groups = navGroupsFor(role).map(({ group, pages }) => ({
    key: group,
    label: m.nav.groups[group],
    menu: MENU_GROUPS.includes(group) && pages.length > 1,
    links: pages.map((p) => ({ href: p.href, label: m.nav[p.label] })),
  }));
  const user = principal && {
    email: principal.user.email,
    roleLabel: role ? m.auth.roles[role] : "",
    workspaceId: principal.workspace?.id ?? null,
    workspaces: principal.memberships.map((ms) => ({ id: ms.workspace.id, name: ms.workspace.isDemo ? `${ms.workspace.name} (${m.auth.menu.demo})` : ms.workspace.name })),
    canSettings: role !== null && can({ kind: "user", role }, "settings.manage"),
  };
  return (
    <html lang={locale} className={theme === "dark" ? "dark" : undefined} suppressHydrationWarning>
      <head>
        {theme === null && <NonceScript code={followSystemTheme} />}
      </head>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          {m.app.skipToContent}
        </a>
        <AppHeader locale={locale} messages={m} groups={groups} user={user} />
        <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6 lg:px-8">
          {children}
        </main>
      </body>
    </html>
  );
}
