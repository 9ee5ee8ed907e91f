// GET /api/health — for load balancers and monitors, without a session:
// 200 { status: "ok", database: "ok", migrations: { applied, pending: 0 } }
// when the database answers and its schema is current; 503 with
// status "degraded" and the reason otherwise (lib/db/health.ts). Nothing about
// any workspace, nothing secret, never cached. proxy.ts does not run on /api,
// so a signed-out monitor reaches it.
import { json } from "@/lib/api/response";
import { publicRoute } from "@/lib/api/route";
import { db } from "@/lib/db";
import { checkHealth } from "@/lib/db/health";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export const GET = publicRoute(async () => {
  const report = await checkHealth(db, env().DATABASE_URL);
  return json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
