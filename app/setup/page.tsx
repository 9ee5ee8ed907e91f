import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupForm } from "@/components/auth/SetupForm";
import { CARD } from "@/components/auth/ui";
import { COMMON_CURRENCIES } from "@/components/auth/workspace-draft";
import { needsFirstRun } from "@/lib/auth/first-run";
import { db } from "@/lib/db";
import { getLocale, messagesFor } from "@/lib/i18n/server";
import { timeZoneOptions } from "@/lib/reference/time-zones";
import { Industry } from "@/lib/schemas/enums";
import { findDemoWorkspace } from "@/lib/services/workspaces";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messagesFor(await getLocale()).auth.setup.title };
}

/** First run: only while the install has no user of its own; afterwards it sends people to sign in. */
export default async function SetupPage() {
  const database = db();
  if (!(await needsFirstRun(database))) redirect("/signin");
  const locale = await getLocale();
  const messages = messagesFor(locale);
  const m = messages.auth.setup;
  const demo = await findDemoWorkspace(database);
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-4 py-6" data-testid="setup-page">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{m.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">{m.subtitle}</p>
      </div>
      <div className={CARD}>
        <SetupForm
          messages={m}
          lang={locale}
          industries={Industry.options.map((key) => ({ key, name: messages.weekly.industries[key] }))}
          timeZones={timeZoneOptions()}
          currencies={COMMON_CURRENCIES}
          demoLoaded={demo !== null}
        />
      </div>
    </div>
  );
}
