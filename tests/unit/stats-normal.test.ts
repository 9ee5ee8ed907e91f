import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { erf, erfc, normalCdf, normalQuantile, normalSf, twoSidedPFromZ } from "@/lib/metrics/stats/normal";

/** |actual − expected| / |expected|. */
const relErr = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe("standard normal CDF", () => {
  it("matches published values", () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 15);
    // R: pnorm(-3) = 0.001349898031630095 (printed 0.0013498980316301 to 14 digits)
    expect(relErr(normalCdf(-3), 0.0013498980316301)).toBeLessThan(1e-13);
    // R: pnorm(-6) = 9.865876450377e-10, pnorm(-8) = 6.220960574271785e-16
    expect(relErr(normalCdf(-6), 9.865876450377e-10)).toBeLessThan(1e-12);
    expect(relErr(normalCdf(-8), 6.220960574271785e-16)).toBeLessThan(1e-12);
  });

  it("keeps relative accuracy where p-values are around 1e-6 and beyond", () => {
    // qnorm(1e-6) = -4.753424308822899 and qnorm(5e-7) = -4.891638475698591 (R)
    expect(relErr(normalCdf(-4.753424308822899), 1e-6)).toBeLessThan(1e-12);
    expect(relErr(twoSidedPFromZ(4.891638475698591), 1e-6)).toBeLessThan(1e-12);
    expect(relErr(twoSidedPFromZ(-4.891638475698591), 1e-6)).toBeLessThan(1e-12);
    expect(relErr(normalSf(6), 9.865876450377e-10)).toBeLessThan(1e-12);
  });

  it("has erf and erfc right at table points", () => {
    expect(erfc(0)).toBe(1);
    expect(erf(1)).toBeCloseTo(0.8427007929497149, 15); // A&S Table 7.1: 0.842700792949715
    expect(relErr(erfc(3), 2.209049699858544e-5)).toBeLessThan(1e-12); // A&S Table 7.1: erfc(3) = 2.209049699858544e-5
    expect(erfc(-3)).toBeCloseTo(2 - 2.209049699858544e-5, 15);
    expect(erfc(40)).toBe(0);
  });

  it("is symmetric: Φ(z) + Φ(−z) = 1", () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (z) => {
        expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 14);
      }),
    );
  });

  it("is monotone", () => {
    fc.assert(
      fc.property(fc.double({ min: -37, max: 9, noNaN: true }), fc.double({ min: 1e-6, max: 1, noNaN: true }), (z, dz) => {
        expect(normalCdf(z + dz)).toBeGreaterThanOrEqual(normalCdf(z));
      }),
    );
  });
});

describe("inverse normal CDF", () => {
  it("matches published quantiles", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 14);
    expect(normalQuantile(0.5)).toBe(0);
    expect(relErr(normalQuantile(1e-6), -4.753424308822899)).toBeLessThan(1e-14);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 14); // qnorm(0.95)
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });

  it("inverts the CDF in both tails", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 0.5, noNaN: true }), (p) => {
        expect(relErr(normalCdf(normalQuantile(p)), p)).toBeLessThan(1e-12);
      }),
    );
    // Upper half mirrors the lower (p ≥ 1e-4 so that 1 − p still carries p's digits).
    fc.assert(
      fc.property(fc.double({ min: 1e-4, max: 0.5, noNaN: true }), (p) => {
        expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 10);
      }),
    );
  });
});
