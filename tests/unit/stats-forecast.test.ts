import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holtDamped } from "@/lib/metrics/stats/forecast";

const Z95 = 1.959963984540054; // qnorm(0.975)

describe("damped-trend Holt", () => {
  it("follows the recursion worked by hand", () => {
    const series = [10, 12, 13, 15, 16];
    const [a, b, phi] = [0.5, 0.3, 0.9];
    // Start: level 10, trend 12 − 10 = 2. Each week: forecast, then level and trend updates.
    const f1 = 10 + phi * 2; // 11.8
    const l1 = a * 12 + (1 - a) * f1; // 11.9
    const b1 = b * (l1 - 10) + (1 - b) * phi * 2; // 0.57 + 1.26 = 1.83
    const f2 = l1 + phi * b1; // 13.547
    const l2 = a * 13 + (1 - a) * f2; // 13.2735
    const b2 = b * (l2 - l1) + (1 - b) * phi * b1; // 1.56495
    const f3 = l2 + phi * b2; // 14.681955
    const l3 = a * 15 + (1 - a) * f3; // 14.8409775
    const b3 = b * (l3 - l2) + (1 - b) * phi * b2; // 1.45616175
    const f4 = l3 + phi * b3; // 16.151523075
    const l4 = a * 16 + (1 - a) * f4; // 16.0757615375
    const b4 = b * (l4 - l3) + (1 - b) * phi * b3; // 1.28781711375
    const sse = (12 - f1) ** 2 + (13 - f2) ** 2 + (15 - f3) ** 2 + (16 - f4) ** 2;

    const result = holtDamped(series, { alpha: a, beta: b, phi, horizon: 3 });
    expect(result).not.toBeNull();
    const r = result!;
    expect(r.fitted).toEqual([10, expect.closeTo(11.8, 12), expect.closeTo(13.547, 12), expect.closeTo(14.681955, 12), expect.closeTo(16.151523075, 12)]);
    expect(r.sse).toBeCloseTo(sse, 12);
    expect(r.params).toEqual({ alpha: 0.5, beta: 0.3, phi: 0.9 });
    expect(r.estimated).toEqual([]);
    expect(r.points.map((p) => p.step)).toEqual([1, 2, 3]);
    expect(r.points[0]!.value).toBeCloseTo(l4 + phi * b4, 12);
    expect(r.points[0]!.value).toBeCloseTo(17.234796939875, 10);
    expect(r.points[1]!.value).toBeCloseTo(l4 + (phi + phi ** 2) * b4, 12); // 18.2779288020125
    expect(r.points[2]!.value).toBeCloseTo(l4 + (phi + phi ** 2 + phi ** 3) * b4, 12);

    // Interval: σ² = SSE/(5 − 3); var(h) = σ²(1 + Σ_{j<h} c_j²), c_j = α(1 + β(φ + … + φ^j)).
    const sigma2 = sse / 2;
    expect(r.sigma2).toBeCloseTo(sigma2, 12);
    const c1 = 0.5 * (1 + 0.3 * 0.9); // 0.635
    const c2 = 0.5 * (1 + 0.3 * (0.9 + 0.81)); // 0.7565
    const halfWidths = [Z95 * Math.sqrt(sigma2), Z95 * Math.sqrt(sigma2 * (1 + c1 ** 2)), Z95 * Math.sqrt(sigma2 * (1 + c1 ** 2 + c2 ** 2))];
    r.points.forEach((p, i) => {
      expect(p.upper - p.value).toBeCloseTo(halfWidths[i]!, 12);
      expect(p.value - p.lower).toBeCloseTo(halfWidths[i]!, 12);
    });
  });

  it("agrees with the closed-form ETS(A,Ad,N) variance of Hyndman et al. (2008)", () => {
    const series = [52, 55, 61, 58, 63, 70, 66, 72, 75, 71, 79, 83];
    const [alpha, betaStar, phi] = [0.6, 0.2, 0.85];
    const r = holtDamped(series, { alpha, beta: betaStar, phi, horizon: 6, level: 0.8 })!;
    const b = alpha * betaStar; // the state-space trend gain
    const z80 = 1.2815515655446004; // qnorm(0.9)
    for (const p of r.points) {
      const h = p.step;
      const factor =
        1 +
        alpha ** 2 * (h - 1) +
        ((b * phi * h) / (1 - phi) ** 2) * (2 * alpha * (1 - phi) + b * phi) -
        ((b * phi * (1 - phi ** h)) / ((1 - phi) ** 2 * (1 - phi ** 2))) * (2 * alpha * (1 - phi ** 2) + b * phi * (1 + 2 * phi - phi ** h));
      expect(p.upper - p.value).toBeCloseTo(z80 * Math.sqrt(r.sigma2 * factor), 10);
    }
  });

  it("forecasts a straight line exactly with φ = 1", () => {
    const r = holtDamped([3, 5, 7, 9, 11, 13], { alpha: 0.4, beta: 0.2, phi: 1 })!;
    expect(r.sse).toBe(0);
    expect(r.points.map((p) => p.value)).toEqual([15, 17, 19, 21]);
    expect(r.points.every((p) => p.lower === p.value && p.upper === p.value)).toBe(true);
  });

  it("fits parameters deterministically, inside their ranges, no worse than the grid", () => {
    const series = [112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149, 170, 170];
    const r = holtDamped(series)!;
    expect(holtDamped(series)).toEqual(r);
    expect(r.estimated).toEqual(["alpha", "beta", "phi"]);
    expect(r.params.alpha).toBeGreaterThan(0);
    expect(r.params.alpha).toBeLessThan(1);
    expect(r.params.beta).toBeGreaterThan(0);
    expect(r.params.beta).toBeLessThan(1);
    expect(r.params.phi).toBeGreaterThanOrEqual(0.8);
    expect(r.params.phi).toBeLessThanOrEqual(0.98);
    for (const [alpha, beta, phi] of [[0.5, 0.3, 0.9], [0.2, 0.1, 0.8], [0.95, 0.05, 0.98]] as const) {
      expect(r.sse).toBeLessThanOrEqual(holtDamped(series, { alpha, beta, phi })!.sse);
    }
    // Only the missing ones are fitted.
    const partial = holtDamped(series, { phi: 0.9 })!;
    expect(partial.params.phi).toBe(0.9);
    expect(partial.estimated).toEqual(["alpha", "beta"]);
  });

  it("needs four points", () => {
    expect(holtDamped([1, 2, 3])).toBeNull();
    expect(holtDamped([])).toBeNull();
    expect(holtDamped([1, 2, 3, 4])).not.toBeNull();
    expect(() => holtDamped([1, 2, Number.NaN, 4])).toThrow(RangeError);
    expect(() => holtDamped([1, 2, 3, 4], { horizon: 0 })).toThrow(RangeError);
    expect(() => holtDamped([1, 2, 3, 4], { alpha: 1.2 })).toThrow(RangeError);
  });

  it("has intervals that contain the forecast and widen with the horizon", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 4, maxLength: 20 }), (series) => {
        const r = holtDamped(series, { horizon: 6 })!;
        expect(r.points).toHaveLength(6);
        let previousWidth = -1;
        for (const p of r.points) {
          expect(p.lower).toBeLessThanOrEqual(p.value);
          expect(p.upper).toBeGreaterThanOrEqual(p.value);
          const width = p.upper - p.lower;
          expect(width).toBeGreaterThanOrEqual(previousWidth);
          previousWidth = width;
        }
      }),
      { numRuns: 30 },
    );
  });
});
