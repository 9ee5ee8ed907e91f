// Runs in the browser before the app becomes interactive (Next's
// instrumentation-client convention). zod tests whether it may compile
// schemas with `Function("")`; under the pages' Content-Security-Policy
// (no 'unsafe-eval', lib/security/content-security-policy.ts) the browser
// refuses and reports a policy violation on every page that parses with zod.
// jitless skips the test and the compilation; the server keeps compiling.
import { config } from "zod";

config({ jitless: true });
