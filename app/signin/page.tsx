import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/SignInForm";
import { safeNext } from "@/components/auth/post-json";
import { CARD, CAPTION } from "@/components/auth/ui";
import { needsFirstRun } from "@/lib/auth/first-run";
import { currentUser } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-users";
import { fill } from "@/lib/i18n/fill";
import { getLocale, messagesFor } from "@/lib/i18n/server";
import { findDemoWorkspace } from "@/lib/services/workspaces";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messagesFor(await getLocale()).auth.signin.title };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [locale, search] = await Promise.all([getLocale(), searchParams]);
  const next = typeof search.next === "string" ? search.next : null;
  if (await currentUser()) redirect(safeNext(next));
  const m = messagesFor(locale).auth;
  const database = db();
  const [firstRun, demo] = await Promise.all([needsFirstRun(database), findDemoWorkspace(database)]);
  // Nobody to sign in as yet: the install starts with the first-run page.
  if (firstRun && !demo) redirect("/setup");
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-4 py-6" data-testid="signin-page">
      <div className={`${CARD} flex flex-col gap-4`}>
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">{m.signin.title}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-300">{m.signin.subtitle}</p>
        </div>
        <SignInForm messages={m.signin} next={next} lang={locale} />
        {firstRun && (
          <Link href="/setup" className="text-sm font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
            {m.signin.firstRun}
          </Link>
        )}
      </div>
      {demo && (
        <section aria-labelledby="demo-title" className={`${CARD} flex flex-col gap-2`} data-testid="demo-credentials">
          <h2 id="demo-title" className="text-sm font-semibold">
            {m.signin.demoTitle} · {demo.name}
          </h2>
          <p className={CAPTION}>{fill(m.signin.demoBody, { password: DEMO_PASSWORD })}</p>
          <ul className="grid gap-1 text-sm">
            {DEMO_USERS.map((u) => (
              <li key={u.email} className="flex justify-between gap-2">
                <span className="text-slate-600 dark:text-slate-300">{m.roles[u.role]}</span>
                <code className="font-mono text-xs text-slate-800 dark:text-slate-100">{u.email}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
