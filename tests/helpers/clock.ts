// The day the tests run "on". The app reads the time only through now() in
// lib/clock.ts; the tests pin it: integration tests with vi.setSystemTime, the
// e2e server with a fixed process clock (tests/e2e/fixed-clock.mjs) and the
// demo data seeded relative to the same instant. Everything a test expects
// (last complete week, current quarter, …) is derived from testNow(), never
// written as a label that only holds on one day.
//
// KPI_TEST_NOW picks the day: an ISO instant (2027-01-01T04:00:00Z) or a day
// (2027-01-01, meaning noon in Asia/Shanghai, the demo workspace's zone).
// Only tests and their setup read it; the app never does.

/** Wednesday 2026-11-25, noon in Shanghai: the middle of a week, a month and a quarter. */
export const DEFAULT_TEST_NOW = "2026-11-25T04:00:00.000Z";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses a KPI_TEST_NOW value; throws on anything else, so a typo does not silently test today. */
export function parseTestNow(value: string): Date {
  // Noon in Shanghai (UTC+8, no daylight saving) is 04:00 UTC the same day.
  const instant = DAY.test(value) ? new Date(`${value}T04:00:00.000Z`) : INSTANT.test(value) ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(instant.getTime()) || (DAY.test(value) && instant.toISOString().slice(0, 10) !== value)) {
    throw new Error(`KPI_TEST_NOW=${value} is neither an ISO instant nor a day YYYY-MM-DD`);
  }
  return instant;
}

/** The pinned "now" of this test run. */
export function testNow(): Date {
  const value = process.env.KPI_TEST_NOW?.trim();
  return parseTestNow(value ? value : DEFAULT_TEST_NOW);
}
