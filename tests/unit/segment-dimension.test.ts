// Every segment key names its dimension, and keys are listed dimension by
// dimension, so a page can group them in the order SEGMENT_DIMENSIONS gives.
import { describe, expect, it } from "vitest";
import { SEGMENT_DIMENSIONS, SEGMENT_KEYS, segmentDimension } from "@/lib/metrics/segments";

describe("segmentDimension", () => {
  it("reads the dimension from the key", () => {
    expect(segmentDimension("age_46_plus")).toBe("age");
    expect(segmentDimension("gender_female")).toBe("gender");
    expect(segmentDimension("region_new_tier1")).toBe("region");
    expect(segmentDimension("interest_tech")).toBe("interest");
  });

  it("lists the keys grouped by dimension, in the dimensions' order", () => {
    const order = SEGMENT_KEYS.map((k) => SEGMENT_DIMENSIONS.indexOf(segmentDimension(k)));
    expect(order.every((d) => d >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
