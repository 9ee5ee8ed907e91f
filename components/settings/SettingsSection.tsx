import type { ReactNode } from "react";
import { CAPTION, CARD } from "@/components/data/ui";

/** One card of /settings, reachable from the page's section links (#id). */
export function SettingsSection({ id, title, caption, tone = "normal", children }: { id: string; title: string; caption?: ReactNode; tone?: "normal" | "danger"; children: ReactNode }) {
  const card = tone === "danger" ? CARD.replace("border-slate-200", "border-red-300").replace("dark:border-slate-800", "dark:border-red-900") : CARD;
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={`${card} flex scroll-mt-20 flex-col gap-3`} data-testid={`settings-${id}`}>
      <div className="flex flex-col gap-1">
        <h2 id={`${id}-title`} className={`text-base font-semibold ${tone === "danger" ? "text-red-700 dark:text-red-300" : ""}`}>
          {title}
        </h2>
        {caption && <p className={CAPTION}>{caption}</p>}
      </div>
      {children}
    </section>
  );
}
