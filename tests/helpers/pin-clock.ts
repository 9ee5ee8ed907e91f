// Setup file of the unit and integration projects: the process clock starts at
// the pinned test instant (testNow(), KPI_TEST_NOW) and ticks from there, as
// the e2e server's does. A test that pins its own instant (vi.setSystemTime,
// `now:` passed to a service) is unaffected; a route handler that reads now()
// without a test pinning it sees the pinned day, never the machine's.
import { testNow } from "./clock";

const PINNED = Symbol.for("kpi-dashboard.test-clock-pinned");
const state = globalThis as typeof globalThis & { [PINNED]?: boolean };

// Vitest runs setup files once per test file in a worker it may reuse: shift the clock once.
if (!state[PINNED]) {
  process.env.FIXED_CLOCK_NOW = testNow().toISOString();
  await import("../e2e/fixed-clock.mjs");
  state[PINNED] = true;
}
