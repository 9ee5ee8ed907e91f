// GET /api/v1/export?from&to[&platform] — the lossless canonical CSV: every
// stored daily row of the period (UTF-8 with BOM, CRLF), money back in major
// units with exactly the workspace currency's decimals (`12.50` CNY, `5000`
// JPY: the digits the importer reads it with), an unknown measure as an
// empty cell, a handle a spreadsheet would run as a formula quoted (csvCell;
// the importer takes the quote off). Importing it again changes nothing.
// Streamed in slices of (day, platform) pairs planned from the rollups, so a large
// export neither sits in memory nor holds the server: other requests are
// answered between slices.
import { csvCell } from "@/lib/api/csv";
import { apiRoute, parseInput, queryObject } from "@/lib/api/route";
import { CANONICAL_HEADER, CANONICAL_MEASURE_COLUMNS } from "@/lib/ingest/canonical";
import { minorToDecimal } from "@/lib/ingest/decimal";
import type { Measure } from "@/lib/metrics/measures";
import { MONEY_MEASURES } from "@/lib/metrics/measures";
import { currencyDigits } from "@/lib/reference/currencies";
import { getDayPlatformRowCounts } from "@/lib/queries/getDayPlatformRowCounts";
import { planExportSlices } from "@/lib/api/export-slices";
import { getExportRows } from "@/lib/queries/getExportRows";
import { yieldToOthers } from "@/lib/db/read";
import { ExportQuery } from "@/lib/schemas/api/imports";

export const dynamic = "force-dynamic";

const MEASURE_OF = Object.values(CANONICAL_MEASURE_COLUMNS) as Measure[];
const MONEY = new Set<Measure>(MONEY_MEASURES);

type Row = { day: string; platform: string; account: string } & Record<Measure, number | bigint | null>;

export const GET = apiRoute("data.export", async (_request, { db, workspace, query }) => {
  const q = parseInput(ExportQuery, queryObject(query, ["platform"]));
  const platforms = q.platform ?? [];
  const digits = currencyDigits(workspace.currency);
  const encoder = new TextEncoder();
  // Slices of (day, platform) pairs through the (workspaceId, day) index,
  // planned from the rollups' row counts so that each holds about
  // EXPORT_SLICE_ROWS rows: every slice is a bounded query (no sort of
  // everything after a cursor, which made a 2.8M-row export quadratic and
  // blocked the server for 23 s), days without rows are never read, and the
  // stream yields to other requests between slices.
  const slices = planExportSlices(await getDayPlatformRowCounts(db, { workspaceId: workspace.id, from: q.from, to: q.to, platforms }));
  let next = 0;
  let lastSliceMs = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${CANONICAL_HEADER.join(",")}\r\n`));
    },
    // Each pull enqueues lines or closes the stream (a pull that enqueued
    // nothing would never be called again); every planned slice has rows.
    async pull(controller) {
      try {
        await yieldToOthers(lastSliceMs);
        const started = performance.now();
        const slice = slices[next++];
        if (!slice) {
          controller.close();
          return;
        }
        const rows = (await getExportRows(db, { workspaceId: workspace.id, from: slice.from, to: slice.to, platforms })) as Row[];
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
        controller.enqueue(encoder.encode(lines.length ? `${lines.join("\r\n")}\r\n` : ""));
        lastSliceMs = performance.now() - started;
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
