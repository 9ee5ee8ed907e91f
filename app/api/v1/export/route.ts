// GET /api/v1/export?from&to[&platform] — the lossless canonical CSV: every
// stored daily row of the period (UTF-8 with BOM, CRLF), money back in major
// units with exactly the workspace currency's decimals (`12.50` CNY, `5000`
// JPY: the digits the importer reads it with), an unknown measure as an
// empty cell, a handle a spreadsheet would run as a formula quoted (csvCell;
// the importer takes the quote off). Importing it again changes nothing.
// Streamed page by page, so a large export does not sit in memory.
import { csvCell } from "@/lib/api/csv";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { CANONICAL_HEADER, CANONICAL_MEASURE_COLUMNS } from "@/lib/ingest/canonical";
import { minorToDecimal } from "@/lib/ingest/decimal";
import type { Measure } from "@/lib/metrics/measures";
import { MONEY_MEASURES } from "@/lib/metrics/measures";
import { currencyDigits } from "@/lib/reference/currencies";
import { ExportQuery } from "@/lib/schemas/api/imports";

export const dynamic = "force-dynamic";

const PAGE = 5_000;
const MEASURE_OF = Object.values(CANONICAL_MEASURE_COLUMNS) as Measure[];
const MONEY = new Set<Measure>(MONEY_MEASURES);

type Row = { day: string; platform: string; account: string } & Record<Measure, number | bigint | null>;

export const GET = apiRoute("data.export", async (_request, { db, workspace, query }) => {
  const q = parseInput(ExportQuery, queryObject(query, ["platform"]));
  const platforms = q.platform ?? [];
  const digits = currencyDigits(workspace.currency);
  const sql = `SELECT d."day" AS day, a."platformKey" AS platform, a."handle" AS account, ${MEASURE_OF.map((m) => `d."${m}"`).join(", ")}
FROM "DailyMetric" d JOIN "Account" a ON a."id" = d."accountId"
WHERE d."workspaceId" = ? AND d."day" >= ? AND d."day" <= ?${platforms.length ? ` AND a."platformKey" IN (${platforms.map(() => "?").join(", ")})` : ""}
AND (d."day", a."platformKey", a."handle") > (?, ?, ?)
ORDER BY d."day", a."platformKey", a."handle" LIMIT ${PAGE}`;
  const encoder = new TextEncoder();
  let cursor: [string, string, string] = ["", "", ""];
  let done = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${CANONICAL_HEADER.join(",")}\r\n`));
    },
    async pull(controller) {
      if (done) return;
      try {
        const rows = await db.$queryRawUnsafe<Row[]>(sql, workspace.id, q.from, q.to, ...platforms, ...cursor);
        const lines = rows.map((r) =>
          [
            r.day,
            r.platform,
            csvCell(r.account),
            ...MEASURE_OF.map((m) => {
              const v = r[m];
              if (v === null) return "";
              return MONEY.has(m) ? minorToDecimal(v, digits) : String(v);
            }),
          ].join(","),
        );
        if (lines.length) controller.enqueue(encoder.encode(`${lines.join("\r\n")}\r\n`));
        const last = rows.at(-1);
        if (!last || rows.length < PAGE) {
          done = true;
          controller.close();
        } else cursor = [last.day, last.platform, last.account];
      } catch (error) {
        console.error(error);
        controller.error(error);
      }
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="kpi-export-${q.from}-${q.to}.csv"`,
    },
  });
});
