// Traffic tiering (流量分层, METRICS.md §5): audience members by lifecycle
// stage with their share, value and reach frequency, against churn. Every
// figure is a ratio of sums over the weeks (and rows) chosen: share =
// Σ members of the stage / Σ members of all stages; value per member =
// Σ value / Σ members; contacts per member per week = Σ contacts / Σ members,
// because each row is one week, so Σ members counts member-weeks.
import type { Day } from "./periods";
import { ratio } from "./ratios";

export const LIFECYCLE_STAGES = ["new", "active", "loyal", "dormant", "churned"] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export interface TierRow {
  weekStart: Day;
  stage: LifecycleStage;
  members: number;
  /** revenue from these members in the week, minor units; null = unknown */
  valueMinor: number | null;
  /** touches sent to them in the week; null = unknown */
  contacts: number | null;
}

export interface StageSummary {
  stage: LifecycleStage;
  /** Σ members over the weeks (member-weeks) */
  members: number;
  /** share of all members (member-weeks) in this stage */
  share: number | null;
  /** Σ value over rows that know it, minor units; null when none does */
  valueMinor: number | null;
  /** value per member per week, in major units; over rows that know the value */
  valuePerMember: number | null;
  contacts: number | null;
  /** contacts per member per week; over rows that know the contacts */
  contactsPerMemberWeek: number | null;
}

export interface TierWeek {
  weekStart: Day;
  members: number;
  /** contacts per member in the week, all stages, over rows that know the contacts */
  contactsPerMember: number | null;
  /** churned members / all members of the week */
  churnShare: number | null;
}

export interface Tiering {
  weeks: number;
  members: number;
  stages: StageSummary[];
  /** the churned stage's share over the whole range */
  churnShare: number | null;
  /** contacts per member per week, all stages */
  contactsPerMemberWeek: number | null;
  weekly: TierWeek[];
}

interface Acc {
  members: number;
  value: number;
  valueMembers: number;
  valueKnown: boolean;
  contacts: number;
  contactMembers: number;
  contactsKnown: boolean;
}

const emptyAcc = (): Acc => ({ members: 0, value: 0, valueMembers: 0, valueKnown: false, contacts: 0, contactMembers: 0, contactsKnown: false });

function add(acc: Acc, r: TierRow): void {
  acc.members += r.members;
  if (r.valueMinor !== null) {
    acc.value += r.valueMinor;
    acc.valueMembers += r.members;
    acc.valueKnown = true;
  }
  if (r.contacts !== null) {
    acc.contacts += r.contacts;
    acc.contactMembers += r.members;
    acc.contactsKnown = true;
  }
}

/** `minorPerMajor`: the workspace currency's (lib/reference/currencies), 100 for CNY, 1 for JPY. */
export function computeTiering(rows: readonly TierRow[], minorPerMajor: number): Tiering {
  const byStage = new Map<LifecycleStage, Acc>(LIFECYCLE_STAGES.map((s) => [s, emptyAcc()]));
  const byWeek = new Map<Day, { all: Acc; churned: number }>();
  const all = emptyAcc();
  for (const r of rows) {
    const stage = byStage.get(r.stage);
    if (!stage) continue;
    add(stage, r);
    add(all, r);
    let week = byWeek.get(r.weekStart);
    if (!week) byWeek.set(r.weekStart, (week = { all: emptyAcc(), churned: 0 }));
    add(week.all, r);
    if (r.stage === "churned") week.churned += r.members;
  }

  const stages = LIFECYCLE_STAGES.map((stage): StageSummary => {
    const a = byStage.get(stage) ?? emptyAcc();
    const valuePerMinor = a.valueKnown ? ratio(a.value, a.valueMembers) : null;
    return {
      stage,
      members: a.members,
      share: ratio(a.members, all.members),
      valueMinor: a.valueKnown ? a.value : null,
      valuePerMember: valuePerMinor === null ? null : valuePerMinor / minorPerMajor,
      contacts: a.contactsKnown ? a.contacts : null,
      contactsPerMemberWeek: a.contactsKnown ? ratio(a.contacts, a.contactMembers) : null,
    };
  });

  const weekly = [...byWeek.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([weekStart, w]): TierWeek => ({
      weekStart,
      members: w.all.members,
      contactsPerMember: w.all.contactsKnown ? ratio(w.all.contacts, w.all.contactMembers) : null,
      churnShare: ratio(w.churned, w.all.members),
    }));

  return {
    weeks: weekly.length,
    members: all.members,
    stages,
    churnShare: stages.find((s) => s.stage === "churned")?.share ?? null,
    contactsPerMemberWeek: all.contactsKnown ? ratio(all.contacts, all.contactMembers) : null,
    weekly,
  };
}
