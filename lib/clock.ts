// The one place the app reads the time. Every "today" a page, route or import
// uses (the last complete week, a partial quarter, an export's year) derives
// from `now()`, so a test server that fixes its process clock (see
// tests/e2e/fixed-clock.mjs) pins every figure, and nothing in production can
// be told what time it is.

/** The current instant. */
export function now(): Date {
  return new Date();
}
