// Money read by the importer is in minor units of the workspace currency
// (currencyDigits): yen for JPY, fen for CNY, fils for KWD. Every reader
// (value cells of the presets, the canonical record, the streaming chunks)
// takes the digits; the export writes them back the same way.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateCanonicalRecord } from "@/lib/ingest/canonical";
import { canonicalChunkReader } from "@/lib/ingest/canonical-chunks";
import { decimalToMinor, minorToDecimal } from "@/lib/ingest/decimal";
import { parseMoneyMinor } from "@/lib/ingest/values";
import { currencyDigits } from "@/lib/reference/currencies";
import { importText } from "./ingest-support";

const record = (spend: string) => ({ date: "2026-01-01", platform: "x", account: "a", spend });

describe("money cells by currency", () => {
  it("reads the same text as yen, fen or fils", () => {
    expect(parseMoneyMinor("¥5,000", currencyDigits("JPY"))).toBe(5000);
    expect(parseMoneyMinor("¥5,000", currencyDigits("CNY"))).toBe(500000);
    expect(parseMoneyMinor("1.234", currencyDigits("KWD"))).toBe(1234);
    expect(parseMoneyMinor("1.2万", 0)).toBe(12000);
  });

  it("canonical records: whole yen only in JPY, two decimals in CNY", () => {
    expect(validateCanonicalRecord(record("5000"), 2, 0)).toMatchObject({ measures: { spendMinor: 5000 } });
    expect(validateCanonicalRecord(record("5000.00"), 2, 0)).toMatchObject({ measures: { spendMinor: 5000 } });
    expect(validateCanonicalRecord(record("5000"), 2, 2)).toMatchObject({ measures: { spendMinor: 500000 } });
    expect(validateCanonicalRecord(record("1.234"), 2, 3)).toMatchObject({ measures: { spendMinor: 1234 } });
    expect(validateCanonicalRecord(record("12.5"), 2, 0)).toEqual([
      { row: 2, column: "spend", value: "12.5", code: "not_amount", params: { digits: 0 }, reason: "not a whole amount (the currency has no decimals)", reasonZh: "不是整数金额（该币种没有小数）" },
    ]);
    expect(() => validateCanonicalRecord(record("1"), 2, 4)).toThrow(RangeError);
  });

  it("the streaming reader and the canonical preset agree for JPY", async () => {
    const text = "date,platform,account,spend,revenue\n2026-01-01,x,a,5000,12.5\n2026-01-02,x,a,7,\n";
    const { result, header, table } = await importText(text, { fileName: "c.csv", currency: "JPY" }, "canonical");
    const chunk = canonicalChunkReader(header, { currency: "JPY" })(table.records.slice(1));
    expect(result.daily).toEqual([{ line: 3, day: "2026-01-02", platformKey: "x", account: "a", measures: { spendMinor: 7, revenueMinor: null } }]);
    expect(chunk.daily).toEqual(result.daily);
    expect(chunk.errors).toEqual(result.errors);
    expect(result.errors).toEqual([expect.objectContaining({ row: 2, column: "revenue", code: "not_amount", params: { digits: 0 } })]);
  });

  it("a preset's money column (KAG ads `Spent`) in a JPY workspace", async () => {
    const header = "ad_id,xyz_campaign_id,fb_campaign_id,age,gender,interest,Impressions,Clicks,Spent,Total_Conversion,Approved_Conversion";
    const text = [header, "1,916,1,30-34,M,15,100,2,5000,2,1"].join("\n");
    const { result } = await importText(text, { fileName: "KAG.csv", day: "2017-08-17", currency: "JPY" });
    expect(result.daily[0]?.measures.spendMinor).toBe(5000);
  });

  it("minorToDecimal is decimalToMinor's inverse for 0, 2 and 3 decimals", () => {
    expect([minorToDecimal(5000, 0), minorToDecimal(5, 2), minorToDecimal(-1234n, 3), minorToDecimal(0, 2)]).toEqual(["5000", "0.05", "-1.234", "0.00"]);
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 53n) + 1n, max: 2n ** 53n - 1n }), fc.constantFrom(0, 2, 3), (minor, digits) => {
        expect(decimalToMinor(minorToDecimal(minor, digits), digits)).toBe(Number(minor) === 0 ? 0 : Number(minor));
      }),
    );
  });
});
