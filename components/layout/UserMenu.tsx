"use client";

// The signed-in user's menu in the header: who they are, which workspace the
// pages show (a switcher when they have several), their account, settings
// for admins, and sign-out. A native <details> keeps it keyboard-usable.
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/components/auth/post-json";
import { switchWorkspace } from "@/components/auth/SwitchWorkspaceButton";

export interface HeaderUser {
  email: string;
  roleLabel: string;
  workspaceId: number | null;
  workspaces: { id: number; name: string }[];
  canSettings: boolean;
}

interface Labels {
  menu: string;
  workspace: string;
  account: string;
  settings: string;
  signOut: string;
}

const ITEM = "block w-full rounded px-3 py-2 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:bg-slate-800";

export function UserMenu({ user, labels }: { user: HeaderUser; labels: Labels }) {
  const pathname = usePathname();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const current = user.workspaces.find((w) => w.id === user.workspaceId);

  async function signOut() {
    setBusy(true);
    await sendJson("/api/v1/auth/signout", "POST", {});
    router.push("/signin");
    router.refresh();
  }

  return (
    <div className="flex items-center gap-2">
      {user.workspaces.length > 1 ? (
        <label className="flex items-center">
          <span className="sr-only">{labels.workspace}</span>
          <select
            className="h-8 max-w-[8.5rem] truncate rounded-md border border-slate-200 bg-white px-1.5 text-xs font-medium text-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-500 sm:max-w-[12rem] dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:[color-scheme:dark]"
            value={user.workspaceId ?? ""}
            disabled={busy}
            data-testid="workspace-switcher"
            onChange={(e) => {
              setBusy(true);
              // Pages of one workspace's records (an import's id) mean nothing in another: go to the section's start.
              void switchWorkspace(Number(e.target.value), pathname).then((ok) => ok || setBusy(false));
            }}
          >
            {user.workspaces.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        current && (
          <span className="hidden max-w-[12rem] truncate text-xs font-medium text-slate-600 md:inline dark:text-slate-300" data-testid="workspace-name">
            {current.name}
          </span>
        )
      )}
      <details className="relative" data-testid="user-menu">
        <summary
          className="grid h-8 w-8 cursor-pointer list-none place-items-center rounded-full bg-indigo-100 text-xs font-semibold uppercase text-indigo-800 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:bg-indigo-900 dark:text-indigo-100 [&::-webkit-details-marker]:hidden"
          aria-label={labels.menu}
        >
          {user.email.slice(0, 1)}
        </summary>
        <div className="absolute right-0 z-50 mt-2 w-64 rounded-lg border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <p className="truncate px-3 pt-2 text-sm font-medium" data-testid="user-email">
            {user.email}
          </p>
          <p className="px-3 pb-2 text-xs text-slate-500 dark:text-slate-400" data-testid="user-role">
            {current?.name}
            {current ? " · " : ""}
            {user.roleLabel}
          </p>
          <Link href="/account" className={ITEM}>
            {labels.account}
          </Link>
          {user.canSettings && (
            <Link href="/settings" className={ITEM}>
              {labels.settings}
            </Link>
          )}
          <button type="button" className={ITEM} onClick={() => void signOut()} disabled={busy} data-testid="sign-out">
            {labels.signOut}
          </button>
        </div>
      </details>
    </div>
  );
}
