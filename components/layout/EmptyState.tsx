import Link from "next/link";

/** What to show where there is nothing yet, and where to go about it. */
export function EmptyState({ title, body, action }: { title: string; body?: string; action?: { href: string; label: string } }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center dark:border-slate-700 dark:bg-slate-900" data-testid="empty-state">
      <p className="text-base font-medium">{title}</p>
      {body && <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">{body}</p>}
      {action && (
        <Link
          href={action.href}
          className="mt-4 inline-block rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-500"
        >
          {action.label}
        </Link>
      )}
    </div>
  );
}
