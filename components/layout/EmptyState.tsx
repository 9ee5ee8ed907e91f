export function EmptyState({ title, body }: { title: string; body?: string }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center dark:border-slate-700 dark:bg-slate-900">
      <p className="text-base font-medium">{title}</p>
      {body && <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">{body}</p>}
    </div>
  );
}
