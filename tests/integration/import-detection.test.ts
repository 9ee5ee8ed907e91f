// Layout detection has a minimum score: a header that only weakly resembles
// a preset goes to the mapping step (unknown_layout) with the reason, while
// every real export and the canonical CSV (whole or partial) still detect.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectPresets, MIN_DETECT_SCORE } from "@/lib/ingest/detect-preset";
import { previewImport, previewJson } from "@/lib/ingest/pipeline";
import { ImportPreviewSchema } from "@/lib/schemas/api/imports";
import { canonicalCsv, encode, sampleRow } from "../helpers/import-fixtures";
import { tempWorkspacePerTest } from "../helpers/temp-db";

const REALDATA = path.resolve(process.cwd(), "../shared/realdata");

const env = tempWorkspacePerTest("detect");

describe("minimum detection score", () => {
  it("sends a header that shares one column with a preset to the mapping step, saying which preset and score", async () => {
    const header = ["Date", "Impressions", "Note"];
    const ranked = detectPresets(header);
    // Date and Impressions are X's overview's two required columns, 2 of its 14
    expect(ranked[0]?.preset.key).toBe("x_overview");
    expect(ranked[0]!.score).toBeLessThan(MIN_DETECT_SCORE);

    const preview = await previewImport(env.t.db, env.ws, { bytes: encode("Date,Impressions,Note\n2026-03-01,120,a\n2026-03-02,130,b\n"), fileName: "mine.csv" });
    expect(preview.status).toBe("unknown_layout");
    expect(preview.preset).toBeNull();
    expect(preview.detection).toEqual({ minScore: MIN_DETECT_SCORE, best: expect.objectContaining({ key: "x_overview", score: ranked[0]!.score }), accepted: false });
    expect(preview.candidates[0]?.key).toBe("x_overview");
    const note = preview.notes.find((x) => x.code === "layout_below_minimum");
    expect(note?.en).toContain(`score ${ranked[0]!.score.toFixed(2)}, below the minimum ${MIN_DETECT_SCORE.toFixed(2)}`);
    expect(note?.zh).toContain("低于最低要求");
    expect(preview.counts.inserted).toBe(0);
    // the API's JSON carries the field and passes the production schema
    expect(() => ImportPreviewSchema.parse(JSON.parse(JSON.stringify(previewJson(preview, "en"))))).not.toThrow();
  });

  it("a chosen preset skips detection (detection is null)", async () => {
    const preview = await previewImport(env.t.db, env.ws, {
      bytes: encode("日期,播放量,备注\n2026-03-01,120,a\n"),
      fileName: "mine.csv",
      options: { mapping: { dateColumn: "日期", platform: "douyin", account: "a", columns: { 播放量: "views" } } },
    });
    expect(preview.detection).toBeNull();
    expect(preview.status).toBe("ready");
  });

  it("the canonical CSV detects whole (streamed) and with only some measure columns", async () => {
    const whole = await previewImport(env.t.db, env.ws, { bytes: encode(canonicalCsv([sampleRow(1, 0)])), fileName: "metrics.csv" });
    expect(whole).toMatchObject({ status: "ready", preset: { key: "canonical" }, detection: { accepted: true } });
    const partial = await previewImport(env.t.db, env.ws, { bytes: encode(canonicalCsv([sampleRow(1, 0)], ["date", "platform", "account", "views"])), fileName: "metrics.csv" });
    expect(partial).toMatchObject({ status: "ready", preset: { key: "canonical" }, detection: { accepted: true } });
  });

  describe.skipIf(!fs.existsSync(REALDATA) && !process.env.CI)("real exports", () => {
    it("every file in ../shared/realdata is still read as its own layout", async () => {
      for (const file of fs.readdirSync(REALDATA)) {
        const preview = await previewImport(env.t.db, env.ws, { bytes: new Uint8Array(fs.readFileSync(path.join(REALDATA, file))), fileName: file, options: { account: "@a", year: 2025, day: "2025-01-01" } });
        expect(preview.status, file).not.toBe("unknown_layout");
        expect(preview.detection, file).toMatchObject({ accepted: true });
        expect(preview.detection!.best!.score, file).toBeGreaterThanOrEqual(MIN_DETECT_SCORE);
      }
    });
  });
});
