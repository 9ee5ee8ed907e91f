// Text cells of every CSV the app writes are guarded against spreadsheet
// formulas (OWASP: a leading single quote), numbers are not, and the guard
// can be taken off exactly, so the canonical export still imports unchanged.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/api/csv";
import { guardFormula, unguardFormula } from "@/lib/spreadsheet-formula";

/** The payloads of the security probe, each a text a spreadsheet would evaluate. */
const PAYLOADS = ['=HYPERLINK("http://x","y")', "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0", "＝1+1"];

describe("guardFormula", () => {
  it.each(PAYLOADS)("prefixes %j with a single quote", (payload) => {
    expect(guardFormula(payload)).toBe(`'${payload}`);
  });

  it("leaves ordinary text and plain numbers written as text alone", () => {
    for (const text of ["brand_douyin", "品牌官方号", "a=b", "e2e-data", "", " ", "'quoted", "-12.5", "-3", "+7", "1e-7", "-.5", "0.05"]) {
      expect(guardFormula(text)).toBe(text);
    }
  });

  it("quotes text that already starts with quotes before a trigger once more, so the quote can be taken off exactly", () => {
    expect(guardFormula("'=1")).toBe("''=1");
    expect(unguardFormula("''=1")).toBe("'=1");
  });

  it("unguardFormula takes off only a quote guardFormula adds", () => {
    for (const payload of PAYLOADS) expect(unguardFormula(`'${payload}`)).toBe(payload);
    // A quote before ordinary text, or before a plain number, is part of the text.
    for (const text of ["'quoted", "'-3", "'", "''", "brand"]) expect(unguardFormula(text)).toBe(text);
  });

  it("unguardFormula(guardFormula(text)) is text for any text", () => {
    const prefixes = fc.constantFrom("", "'", "''", "=", "+", "-", "@", "\t", "\r", "'=", "＠");
    fc.assert(
      fc.property(prefixes, fc.string(), (prefix, rest) => {
        const text = prefix + rest;
        expect(unguardFormula(guardFormula(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("csvCell", () => {
  it("guards text cells and then quotes them as RFC 4180 asks", () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell("+1+1")).toBe("'+1+1");
    expect(csvCell("-1+1")).toBe("'-1+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    // A carriage return inside the cell still needs quotes; the quote goes first, inside them.
    expect(csvCell("\r=1")).toBe(`"'\r=1"`);
  });

  it("writes numbers, booleans and empty cells as they are: a negative number stays a number", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(-12.5)).toBe("-12.5");
    expect(csvCell("-12.5")).toBe("-12.5");
    expect(csvCell(false)).toBe("false");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("toCsv guards every text cell of a table and no number", () => {
    expect(toCsv(["name", "change"], [["=1+1", -0.25], ["ok", -3]])).toBe("\uFEFFname,change\r\n'=1+1,-0.25\r\nok,-3\r\n");
  });
});
