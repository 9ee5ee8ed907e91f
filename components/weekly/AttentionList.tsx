export interface AttentionEntry {
  key: string;
  kind: string;
  severity: "high" | "medium";
  text: string;
  href: string | null;
}

const DOT: Record<AttentionEntry["severity"], string> = { high: "bg-red-500", medium: "bg-amber-500" };

/** What needs a look first; long lists fold after `visible` items (a native disclosure, no script). */
export function AttentionList({ items, empty, moreLabel, visible = 8 }: { items: AttentionEntry[]; empty: string; moreLabel: string; visible?: number }) {
  if (!items.length) return <p className="text-sm text-slate-500 dark:text-slate-400">{empty}</p>;
  const row = (item: AttentionEntry) => (
    <li key={item.key} className="flex gap-2 py-1.5 text-sm" data-kind={item.kind}>
      <span aria-hidden className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${DOT[item.severity]}`} />
      {item.href ? (
        <a href={item.href} className="hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500">
          {item.text}
        </a>
      ) : (
        <span>{item.text}</span>
      )}
    </li>
  );
  return (
    <div data-testid="attention-list">
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">{items.slice(0, visible).map(row)}</ul>
      {items.length > visible && (
        <details className="mt-1">
          <summary className="cursor-pointer text-sm text-indigo-600 dark:text-indigo-400">{moreLabel.replace("{count}", String(items.length))}</summary>
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">{items.slice(visible).map(row)}</ul>
        </details>
      )}
    </div>
  );
}
