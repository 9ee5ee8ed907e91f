// The SQL of DailyRollup: how a rollup row is built from DailyMetric rows,
// and how rollup rows are summed back into the shape readMeasureSums reads.
// Both are generated from the same definitions as measureSumsSelect, so the
// "both parts known" rule is applied once, when the rollup row is built,
// and summing rollup rows gives exactly the sums over the daily rows.
import { Prisma } from "@/lib/generated/prisma/client";
import { ADDITIVE_MEASURES } from "@/lib/metrics/measures";
import { INTERACTIONS, RATIO_KEYS, RATIO_PARTS, type RatioKey } from "@/lib/metrics/ratios";
import { ALL_INDUSTRIES } from "@/lib/metrics/rollup-delta";
import { partSql } from "./measure-sums";

const numColumn = (k: RatioKey) => `${k}Num`;
const denColumn = (k: RatioKey) => `${k}Den`;

function pairedSum(alias: string, key: RatioKey, side: "numerator" | "denominator"): string {
  const n = partSql(alias, RATIO_PARTS[key].numerator);
  const d = partSql(alias, RATIO_PARTS[key].denominator);
  return `COALESCE(SUM(CASE WHEN (${n}) IS NOT NULL AND (${d}) IS NOT NULL THEN (${side === "numerator" ? n : d}) END), 0)`;
}

/** (column, expression over DailyMetric `alias`) for every column of a rollup row but its key. */
function rollupExpressions(alias: string): [string, string][] {
  const interactions = partSql(alias, INTERACTIONS);
  return [
    ["rows", "COUNT(*)"],
    ...ADDITIVE_MEASURES.map((m): [string, string] => [m, `SUM(${alias}."${m}")`]),
    ["reachDailySum", `SUM(${alias}."reach")`],
    ...RATIO_KEYS.flatMap((k): [string, string][] => [
      [numColumn(k), pairedSum(alias, k, "numerator")],
      [denColumn(k), pairedSum(alias, k, "denominator")],
    ]),
    ["followersKnown", `COUNT(${alias}."followers")`],
    ["followersSum", `COALESCE(SUM(${alias}."followers"), 0)`],
    ["followsKnown", `COUNT(${alias}."follows")`],
    // A day's net follows: follows − unfollows, an unknown unfollows counting as none (lib/metrics/followers.ts).
    ["netFollowsSum", `COALESCE(SUM(${alias}."follows" - COALESCE(${alias}."unfollows", 0)), 0)`],
    ["interactionsKnown", `COUNT(${interactions})`],
    ["interactionsSum", `COALESCE(SUM(${interactions}), 0)`],
  ];
}

export const ROLLUP_KEY_COLUMNS = ["workspaceId", "day", "platformKey", "industry"] as const;


/** Every column of DailyRollup, in the order the build query writes them. */
export const ROLLUP_COLUMNS: readonly string[] = [...ROLLUP_KEY_COLUMNS, ...rollupExpressions("m").map(([c]) => c)];

/**
 * `INSERT INTO "DailyRollup" … SELECT … FROM "DailyMetric" m JOIN "Account" a …`
 * for the rows that `where` selects (a condition on m and a, without WHERE).
 */
export function rollupBuildSql(where: Prisma.Sql): Prisma.Sql {
  const expressions = rollupExpressions("m");
  const columns = ROLLUP_COLUMNS.map((c) => `"${c}"`).join(", ");
  return Prisma.sql`INSERT INTO "DailyRollup" (${Prisma.raw(columns)})
SELECT m."workspaceId", m."day", a."platformKey", a."industry",
  ${Prisma.raw(expressions.map(([, e]) => e).join(",\n  "))}
FROM "DailyMetric" m
JOIN "Account" a ON a."id" = m."accountId"
WHERE ${where}
GROUP BY m."workspaceId", m."day", a."platformKey", a."industry"`;
}

/**
 * `INSERT INTO "DailyRollup" …` the platform total rows (ALL_INDUSTRIES) of
 * the industry rows that `where` selects (a condition on r, without WHERE).
 */
export function rollupTotalsBuildSql(where: Prisma.Sql): Prisma.Sql {
  const keys = new Set<string>(ROLLUP_KEY_COLUMNS);
  const values = ROLLUP_COLUMNS.filter((c) => !keys.has(c));
  const columns = ROLLUP_COLUMNS.map((c) => `"${c}"`).join(", ");
  return Prisma.sql`INSERT INTO "DailyRollup" (${Prisma.raw(columns)})
SELECT r."workspaceId", r."day", r."platformKey", ${ALL_INDUSTRIES},
  ${Prisma.raw(values.map((c) => `SUM(r."${c}")`).join(",\n  "))}
FROM "DailyRollup" r
WHERE ${where} AND r."industry" <> ${ALL_INDUSTRIES}
GROUP BY r."workspaceId", r."day", r."platformKey"`;
}

/** `ON CONFLICT … DO UPDATE` that adds the new row's sums to the stored one. */
export function rollupAddOnConflict(): Prisma.Sql {
  const keys = new Set<string>(ROLLUP_KEY_COLUMNS);
  const nullable = new Set<string>([...ADDITIVE_MEASURES, "reachDailySum"]);
  const set = ROLLUP_COLUMNS.filter((c) => !keys.has(c)).map((c) =>
    nullable.has(c)
      ? `"${c}" = CASE WHEN "DailyRollup"."${c}" IS NULL THEN excluded."${c}" WHEN excluded."${c}" IS NULL THEN "DailyRollup"."${c}" ELSE "DailyRollup"."${c}" + excluded."${c}" END`
      : `"${c}" = "DailyRollup"."${c}" + excluded."${c}"`,
  );
  return Prisma.raw(`ON CONFLICT ("workspaceId", "day", "platformKey", "industry") DO UPDATE SET
  ${set.join(",\n  ")}`);
}

/** A column of rollup rows `alias`: summed over a group, or as stored (`sum` false: one row per group). */
const rollupColumn = (alias: string, column: string, sum: boolean) => (sum ? `SUM(${alias}."${column}")` : `${alias}."${column}"`);

/** The sums of rollup rows `alias`, under the names readMeasureSums reads. */
export function rollupSumsSelect(alias: string, sum = true): Prisma.Sql {
  const totals = [...ADDITIVE_MEASURES, "reachDailySum"].map((m) => `${rollupColumn(alias, m, sum)} AS "${m}"`);
  const pairs = RATIO_KEYS.flatMap((k) => [
    `${rollupColumn(alias, numColumn(k), sum)} AS "pair:${k}:num"`,
    `${rollupColumn(alias, denColumn(k), sum)} AS "pair:${k}:den"`,
  ]);
  return Prisma.raw([...totals, ...pairs].join(",\n  "));
}

/** The follower columns summed (see RollupFollowerDay). */
export const ROLLUP_FOLLOWER_COLUMNS = ["rows", "followersKnown", "followersSum", "followsKnown", "netFollowsSum", "interactionsKnown", "interactionsSum"] as const;

export function rollupFollowerSelect(alias: string, sum = true): Prisma.Sql {
  return Prisma.raw(ROLLUP_FOLLOWER_COLUMNS.map((c) => `${rollupColumn(alias, c, sum)} AS "f:${c}"`).join(",\n  "));
}
