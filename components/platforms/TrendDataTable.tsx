/** The trend chart's text alternative: every bucket × platform value, behind a disclosure. Values arrive formatted. */
export function TrendDataTable(props: {
  summary: string;
  periodHeader: string;
  partialLabel: string;
  buckets: { key: string; longLabel: string; partial: boolean }[];
  lines: { id: string; name: string; values: string[] }[];
}) {
  const { buckets, lines } = props;
  return (
    <details className="mt-2 text-sm" data-testid="trend-table">
      <summary className="cursor-pointer rounded text-xs font-medium text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-indigo-300">
        {props.summary}
      </summary>
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-full text-xs">
          <thead>
            <tr className="border-b border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400">
              <th scope="col" className="sticky left-0 bg-white px-2 py-1 text-left font-medium dark:bg-slate-900">
                {props.periodHeader}
              </th>
              {lines.map((l) => (
                <th key={l.id} scope="col" className="whitespace-nowrap px-2 py-1 text-right font-medium">
                  {l.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {buckets.map((b, i) => (
              <tr key={b.key}>
                <th scope="row" className="sticky left-0 whitespace-nowrap bg-white px-2 py-1 text-left font-normal dark:bg-slate-900">
                  {b.longLabel}
                  {b.partial && <span className="ml-1 text-amber-700 dark:text-amber-300">({props.partialLabel})</span>}
                </th>
                {lines.map((l) => (
                  <td key={l.id} className="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                    {l.values[i]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
