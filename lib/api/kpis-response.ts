// The KPI answer checked against its schema and written as JSON, both in
// turns: the largest answers the API allows (1,100 days by day, or a year by
// day for every platform) have thousands of series points, and checking them
// in one KpisResponse.parse held the server's thread for ~45 ms. The envelope
// is checked with the series left as they are, then each point on its own,
// yielding between groups of points. The schema has no transforms, so the
// checked answer is the report itself.
import { KpisResponse, PlatformBreakdown, SeriesPoint } from "@/lib/schemas/api/kpis";
import { mapInTurns } from "@/lib/services/turns";
import { z } from "zod";
import { jsonInTurns } from "./json-in-turns";

const Envelope = KpisResponse.extend({
  series: z.array(z.unknown()),
  platforms: z.array(PlatformBreakdown.extend({ series: z.array(z.unknown()).optional() })),
});

/** KpisResponse.parse, in turns. */
export async function checkKpisResponse(report: KpisResponse): Promise<KpisResponse> {
  const envelope = Envelope.parse(report);
  const points = [...envelope.series, ...envelope.platforms.flatMap((p) => p.series ?? [])];
  await mapInTurns(points, (point) => SeriesPoint.parse(point));
  return report;
}

/** The checked answer as a JSON response, written in turns. */
export async function kpisJson(report: KpisResponse): Promise<Response> {
  const text = await jsonInTurns(report);
  return new Response(text, { headers: { "content-type": "application/json" } });
}
