// Preloaded into the e2e server (`node --import`, through NODE_OPTIONS; see
// startBuiltApp's `fixedNow` in scripts/app-server.ts): the process clock
// starts at FIXED_CLOCK_NOW (an ISO instant) and keeps ticking from there, so
// the app's now() (lib/clock.ts) sees the day the tests pinned.
//
// Only the current time moves: `new Date()` and `Date.now()` return real time
// shifted by a fixed offset; `new Date(x)`, `Date.parse` and `Date.UTC` are the
// real ones. The replacement shares the real prototype, so `instanceof Date`
// holds for dates made by either constructor (and by native code).
const RealDate = globalThis.Date;
const pinned = process.env.FIXED_CLOCK_NOW;

if (pinned) {
  const at = RealDate.parse(pinned);
  if (Number.isNaN(at)) throw new Error(`FIXED_CLOCK_NOW=${pinned} is not an ISO instant`);
  const offset = at - RealDate.now();
  const shiftedNow = () => RealDate.now() + offset;

  function Date(...args) {
    // Called without `new`, Date() returns the current time as a string.
    if (new.target === undefined) return new RealDate(shiftedNow()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [shiftedNow()] : args, new.target);
  }
  Date.prototype = RealDate.prototype;
  Date.now = shiftedNow;
  Date.parse = RealDate.parse;
  Date.UTC = RealDate.UTC;
  Object.defineProperty(Date, "length", { value: RealDate.length });
  globalThis.Date = Date;
}
