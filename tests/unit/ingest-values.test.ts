import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hoursToSeconds,
  isUnknownText,
  parseCount,
  parseDuration,
  parseIdText,
  parseMoneyMinor,
  parseNumber,
  toHalfWidth,
} from "@/lib/ingest/values";

describe("parseNumber", () => {
  it("reads plain numbers and thousands separators", () => {
    expect(parseNumber("12345")).toBe(12345);
    expect(parseNumber("12,345")).toBe(12345);
    expect(parseNumber("1,234,567.89")).toBe(1234567.89);
    expect(parseNumber("12 345")).toBe(12345);
    expect(parseNumber("12\u00a0345")).toBe(12345);
    expect(parseNumber(" 42 ")).toBe(42);
    expect(parseNumber('"1,234"')).toBe(1234);
    expect(parseNumber("-7")).toBe(-7);
    expect(parseNumber("+7")).toBe(7);
    expect(parseNumber(".5")).toBe(0.5);
  });

  it("reads a decimal comma only where it cannot be a thousands separator", () => {
    expect(parseNumber("1,5")).toBe(1.5);
    expect(parseNumber("1.234,56")).toBe(1234.56);
    expect(parseNumber("1,234")).toBe(1234);
    expect(parseNumber("1234,567")).toEqual({ code: "not_number" });
  });

  it("reads 万 and 亿 exactly", () => {
    expect(parseNumber("1.2万")).toBe(12000);
    expect(parseNumber("3.4亿")).toBe(340000000);
    expect(parseNumber("1.2w")).toBe(12000);
    expect(parseNumber("12.34万")).toBe(123400);
  });

  it("reads percentages as fractions; bare rate numbers as the caller says", () => {
    expect(parseNumber("12.5%")).toBe(0.125);
    expect(parseNumber("12.5％")).toBe(0.125);
    expect(parseNumber("5.19", { percent: "points" })).toBe(0.0519);
    expect(parseNumber("4.5", { percent: "points" })).toBe(0.045);
    expect(parseNumber("0.045", { percent: "fraction" })).toBe(0.045);
    expect(parseNumber("4.5%", { percent: "points" })).toBe(0.045);
    expect(parseNumber("0.0875")).toBe(0.0875);
  });

  it("reads full-width digits", () => {
    expect(parseNumber("１２３")).toBe(123);
    expect(parseNumber("１，２３４．５")).toBe(1234.5);
    expect(toHalfWidth("ＡＢＣ　１")).toBe("ABC 1");
  });

  it("gives null for the texts that mean 'no value'", () => {
    for (const t of ["", " ", "-", "--", "—", "N/A", "n/a", "NA", "－－"]) {
      expect(parseNumber(t)).toBeNull();
      expect(isUnknownText(t)).toBe(true);
    }
    expect(isUnknownText("0")).toBe(false);
  });

  it("says why text is not a number", () => {
    expect(parseNumber("abc")).toEqual({ code: "not_number" });
    expect(parseNumber("12abc")).toEqual({ code: "not_number" });
    expect(parseNumber("1.2.3")).toEqual({ code: "not_number" });
  });
});

describe("parseCount", () => {
  it("requires whole numbers unless a unit word rounded the value", () => {
    expect(parseCount("12,345")).toBe(12345);
    expect(parseCount("12.0")).toBe(12);
    expect(parseCount("12.5")).toEqual({ code: "not_integer" });
    expect(parseCount("1.23456万")).toBe(12346);
    expect(parseCount("-3")).toBe(-3);
    expect(parseCount("12%")).toEqual({ code: "percent_for_count" });
    expect(parseCount("--")).toBeNull();
    expect(parseCount("99999999999999999999")).toEqual({ code: "number_too_large" });
  });
});

describe("durations", () => {
  it("reads H:MM:SS, M:SS, 秒 and unit forms", () => {
    expect(parseDuration("1:02:03")).toBe(3723);
    expect(parseDuration("0:59")).toBe(59);
    expect(parseDuration("12:05")).toBe(725);
    expect(parseDuration("18秒")).toBe(18);
    expect(parseDuration("1分20秒")).toBe(80);
    expect(parseDuration("1小时2分3秒")).toBe(3723);
    expect(parseDuration("1h 2m 3s")).toBe(3723);
    expect(parseDuration("9.53")).toBe(9.53);
    expect(parseDuration("--")).toBeNull();
    expect(parseDuration("1:75")).toEqual({ code: "not_duration" });
    expect(parseDuration("18 parsecs")).toEqual({ code: "not_duration" });
  });

  it("turns decimal hours into whole seconds without float error", () => {
    expect(hoursToSeconds("375.6609")).toBe(1352379); // 1352379.24
    expect(hoursToSeconds("19.3082")).toBe(69510); // 69509.52
    expect(hoursToSeconds("0.0001")).toBe(0); // 0.36
    expect(hoursToSeconds("0.000125")).toBe(0); // 0.45
    expect(hoursToSeconds("0.00013888")).toBe(0); // 0.499968
    expect(hoursToSeconds("0.000138889")).toBe(1); // 0.5000004
    expect(hoursToSeconds("1")).toBe(3600);
    expect(hoursToSeconds("")).toBeNull();
  });
});

describe("parseMoneyMinor", () => {
  it("reads currency symbols and thousands separators into minor units", () => {
    expect(parseMoneyMinor("¥1,234.56", 2)).toBe(123456);
    expect(parseMoneyMinor("$1,234.56", 2)).toBe(123456);
    expect(parseMoneyMinor('"1,234.56"', 2)).toBe(123456);
    expect(parseMoneyMinor("1234.5", 2)).toBe(123450);
    expect(parseMoneyMinor("US$ 12", 2)).toBe(1200);
    expect(parseMoneyMinor("12元", 2)).toBe(1200);
    expect(parseMoneyMinor("-$5.10", 2)).toBe(-510);
    expect(parseMoneyMinor("1.2万", 2)).toBe(1200000);
    expect(parseMoneyMinor("", 2)).toBeNull();
    expect(parseMoneyMinor("12%", 2)).toEqual({ code: "percent_for_amount" });
    expect(parseMoneyMinor("twelve", 2)).toEqual({ code: "not_money" });
  });

  it("rounds float noise to the cent", () => {
    expect(parseMoneyMinor("1.4299999999999999", 2)).toBe(143);
    expect(parseMoneyMinor("254.049996", 2)).toBe(25405);
    expect(parseMoneyMinor("86.33000112", 2)).toBe(8633);
    expect(parseMoneyMinor("0.005", 2)).toBe(1);
    expect(parseMoneyMinor("0.0049999", 2)).toBe(0);
    expect(parseMoneyMinor("1.005", 2)).toBe(101); // a float would say 1.00
    expect(parseMoneyMinor("1234", 0)).toBe(1234);
  });

  it("equals the decimal value rounded half away from zero, for any amount", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 8 }), (units, scale) => {
        const s = units.toString().padStart(scale + 1, "0");
        const text = scale ? `${s.slice(0, -scale)}.${s.slice(-scale)}` : s;
        // expected: units / 10^scale rounded to 2 decimals, computed on integers
        const expected = scale <= 2 ? units * 10n ** BigInt(2 - scale) : (units * 2n + 10n ** BigInt(scale - 2)) / (2n * 10n ** BigInt(scale - 2));
        expect(parseMoneyMinor(text, 2)).toBe(Number(expected));
      }),
    );
  });
});

describe("parseIdText", () => {
  it("keeps ids as text: 19 digits, leading dashes and zeros", () => {
    expect(parseIdText("1830154978123456789")).toBe("1830154978123456789");
    expect(parseIdText("-GhQQTIylYY")).toBe("-GhQQTIylYY");
    expect(parseIdText("007")).toBe("007");
    expect(parseIdText("'0123")).toBe("0123");
    expect(parseIdText('="0123"')).toBe("0123");
    expect(parseIdText("")).toBeNull();
  });

  it("expands Excel's scientific notation only when it lost no digit", () => {
    expect(parseIdText("1.2345E+4")).toBe("12345");
    const rounded = parseIdText("1.00449E+11");
    expect(rounded).toEqual({ code: "id_rounded_by_excel", params: { value: "1.00449E+11" } });
  });
});
