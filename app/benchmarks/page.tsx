import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/auth/Forbidden";
import { CAPTION, CARD, NOTICE_INFO } from "@/components/data/ui";
import { FigureRow } from "@/components/benchmarks/FigureRow";
import { figureView } from "@/components/benchmarks/figure-view";
import { NewSetForm } from "@/components/benchmarks/NewSetForm";
import { SetActions } from "@/components/benchmarks/SetActions";
import { SetEditor } from "@/components/benchmarks/SetEditor";
import type { SetView } from "@/components/benchmarks/types";
import { EmptyState } from "@/components/layout/EmptyState";
import { pageAccess } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { fill } from "@/lib/i18n/fill";
import { benchmarks as benchmarkMessages } from "@/lib/i18n/messages/benchmarks";
import { getLocale } from "@/lib/i18n/server";
import { SetKey, type BenchmarkSetSummary } from "@/lib/schemas/api/benchmarks";
import { getBenchmarkRegistry } from "@/lib/services/benchmark-registry";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: benchmarkMessages[await getLocale()].title };
}

const BADGE = "inline-flex items-center rounded px-1.5 py-0.5 text-[0.7rem] font-medium ring-1 ring-inset";
const BADGE_ACTIVE = `${BADGE} bg-emerald-50 text-emerald-800 ring-emerald-600/30 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-400/30`;
const BADGE_PLAIN = `${BADGE} bg-slate-50 text-slate-700 ring-slate-500/20 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-400/30`;

/** `/benchmarks?set=<key>`: the registry, one set on screen (the active one by default). */
export default async function BenchmarksRoute({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await getLocale();
  const m = benchmarkMessages[locale];
  const access = await pageAccess("analysis.read", "/benchmarks");
  if (!access.ok) return <Forbidden locale={locale} role={access.role} workspace={access.principal.workspace?.name ?? ""} />;
  const { db, workspace, role } = access;
  const canWrite = can({ kind: "user", role }, "benchmarks.write");

  const asked = (await searchParams).set;
  const parsedKey = SetKey.safeParse(typeof asked === "string" ? asked : undefined);
  const requestedKey = parsedKey.success ? parsedKey.data : typeof asked === "string" ? asked : undefined;
  const [chosen, activeRegistry] = await Promise.all([
    requestedKey && parsedKey.success ? getBenchmarkRegistry(db, workspace, requestedKey) : Promise.resolve(null),
    getBenchmarkRegistry(db, workspace),
  ]);
  const registry = requestedKey ? chosen : activeRegistry;
  const nameOf = (s: Pick<BenchmarkSetSummary, "nameZh" | "nameEn">) => (locale === "zh-CN" ? s.nameZh : s.nameEn);
  const sets = activeRegistry?.sets ?? [];
  const activeSet = sets.find((s) => s.active);

  const set: SetView | null = registry
    ? { ...registry.set, name: nameOf(registry.set), source: registry.set.source }
    : null;
  const figures = registry ? registry.benchmarks.map((b) => figureView(b, locale, m)) : [];
  const editable = canWrite && set !== null && !set.builtIn;

  return (
    <div className="flex flex-col gap-6" data-testid="benchmarks-page">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{m.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">{m.subtitle}</p>
        {activeSet && (
          <p className="text-sm text-slate-700 dark:text-slate-200" data-testid="active-set-line">
            {m.activeLine}
            <strong className="font-semibold">{nameOf(activeSet)}</strong>
          </p>
        )}
      </header>

      <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <nav aria-label={m.setsLabel} className="min-w-0">
          <ul className="flex flex-col gap-2" data-testid="set-list">
            {sets.map((s) => {
              const current = s.key === set?.key;
              return (
                <li key={s.key}>
                  <Link
                    href={`/benchmarks?set=${encodeURIComponent(s.key)}`}
                    aria-current={current ? "page" : undefined}
                    className={`flex flex-col gap-1 rounded-lg border px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-indigo-500 ${
                      current
                        ? "border-indigo-500 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950/50"
                        : "border-slate-200 bg-white hover:bg-slate-50 dark:border-slate-800 dark:bg-slate-900 dark:hover:bg-slate-800"
                    }`}
                    data-testid={`set-link-${s.key}`}
                  >
                    <span className="font-medium break-words">{nameOf(s)}</span>
                    <span className="flex flex-wrap items-center gap-1">
                      {s.active && <span className={BADGE_ACTIVE}>{m.active}</span>}
                      <span className={BADGE_PLAIN}>{m.kinds[s.kind]}</span>
                      {s.builtIn && <span className={BADGE_PLAIN}>{m.builtIn}</span>}
                      <span className="text-xs text-slate-600 dark:text-slate-300">{fill(m.figures, { count: s.figures })}</span>
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>

        <div className="flex min-w-0 flex-col gap-6">
          {!set || !registry ? (
            <div data-testid="set-not-found">
              <EmptyState
                title={fill(m.notFound, { key: requestedKey ?? "" })}
                body={m.notFoundBody}
                action={activeSet ? { href: `/benchmarks?set=${encodeURIComponent(activeSet.key)}`, label: nameOf(activeSet) } : undefined}
              />
            </div>
          ) : (
            <section aria-labelledby="set-title" className={`${CARD} flex flex-col gap-4`} data-testid="set-detail" data-set-key={set.key}>
              <div className="flex flex-col gap-1">
                <h2 id="set-title" className="text-lg font-semibold break-words">
                  {set.name}
                </h2>
                <p className="flex flex-wrap items-center gap-1">
                  {set.active && <span className={BADGE_ACTIVE}>{m.active}</span>}
                  <span className={BADGE_PLAIN}>{m.kinds[set.kind]}</span>
                  {set.builtIn && <span className={BADGE_PLAIN}>{m.builtIn}</span>}
                </p>
                <p className={`${CAPTION} break-words`}>
                  {m.source}: {set.source || m.noSource}
                </p>
              </div>
              {canWrite && <SetActions key={`${set.key}-${set.active}`} set={set} locale={locale} messages={m} />}
              {set.builtIn && canWrite && <p className={NOTICE_INFO}>{m.readOnlyHint}</p>}
              {!canWrite && <p className={NOTICE_INFO} data-testid="view-only">{m.viewOnlyHint}</p>}

              {figures.length === 0 ? (
                <div data-testid="set-empty">
                  <EmptyState title={m.emptySet} body={m.emptySetBody} />
                </div>
              ) : editable ? (
                <SetEditor key={set.key} set={set} figures={figures} locale={locale} messages={m} />
              ) : (
                <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800" aria-label={fill(m.figureList, { name: set.name })} data-testid="figure-list">
                  {figures.map((f) => (
                    <FigureRow key={f.key} figure={f} messages={m} />
                  ))}
                </ul>
              )}
            </section>
          )}

          {canWrite && (
            <section id="new-set" aria-labelledby="new-set-title" className={`${CARD} flex scroll-mt-20 flex-col gap-3`}>
              <div className="flex flex-col gap-1">
                <h2 id="new-set-title" className="text-base font-semibold">
                  {m.create.title}
                </h2>
                <p className={CAPTION}>{m.create.caption}</p>
              </div>
              <NewSetForm
                key={set?.key ?? "none"}
                sets={sets.map((s) => ({ key: s.key, name: nameOf(s), nameZh: s.nameZh, nameEn: s.nameEn }))}
                copyFrom={set?.key ?? activeSet?.key ?? null}
                locale={locale}
                messages={m}
              />
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
