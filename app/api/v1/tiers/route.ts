// GET /api/v1/tiers — traffic tiering per platform: lifecycle stages with
// share, value and contacts per member per week, and weekly churn share.
import { csvResponse } from "@/lib/api/csv";
import { json } from "@/lib/api/response";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { TiersQuery, TiersResponse } from "@/lib/schemas/api/tiers";
import { getTrafficTiering } from "@/lib/services/traffic-tiering";

export const dynamic = "force-dynamic";

export const GET = apiRoute("analysis.read", async (_request, { db, workspace, query }) => {
  const q = parseInput(TiersQuery, queryObject(query, ["platform"]));
  const report = await getTrafficTiering(db, workspace, { platforms: q.platform, from: q.from, to: q.to });
  if (q.format === "csv") {
    return csvResponse(
      "tiers.csv",
      ["platform", "stage", "members", "share", "value_minor", "value_per_member", "contacts", "contacts_per_member_week"],
      report.platforms.flatMap((p) =>
        p.stages.map((s) => [p.platformKey, s.stage, s.members, s.share, s.valueMinor, s.valuePerMember, s.contacts, s.contactsPerMemberWeek]),
      ),
    );
  }
  return json(TiersResponse.parse(report));
});
