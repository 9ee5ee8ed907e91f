// Runs in the browser before the app becomes interactive (Next's
// instrumentation-client convention). zod tests whether it may compile
// schemas with `Function("")`; under the pages' Content-Security-Policy
// (no 'unsafe-eval', lib/security/content-security-policy.ts) the browser
// refuses and reports a policy violation on every page that parses with zod.
// jitless skips the test and the compilation; the server keeps compiling.
// From zod/v4/core (the same global setting zod reads), not "zod": the whole
// library would otherwise load on every page, parsing or not.
import { config } from "zod/v4/core";

config({ jitless: true });
