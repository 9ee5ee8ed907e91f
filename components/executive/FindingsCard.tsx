import type { Locale } from "@/lib/i18n/locale";
import type { Finding } from "@/lib/metrics/executive-findings";
import { Card } from "./Card";

/** The generated sentences, in the page's language. */
export function FindingsCard({ findings, locale, labels }: { findings: Finding[]; locale: Locale; labels: { title: string; caption: string; none: string } }) {
  return (
    <Card title={labels.title} caption={labels.caption} testId="executive-findings">
      {findings.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{labels.none}</p>
      ) : (
        <ol className="list-decimal gap-10 pl-5 text-sm leading-relaxed marker:text-slate-400 lg:columns-2">
          {findings.map((f) => (
            <li key={`${f.kind}-${f.en}`} data-kind={f.kind} className="mb-2 break-inside-avoid">
              {locale === "zh-CN" ? f.zh : f.en}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
