// ESLint 9 flat config: Next's recommended rules (core web vitals) plus
// typescript-eslint's recommended set, as shipped by eslint-config-next 16.
// `npm run lint` runs with --max-warnings 0, so warnings fail CI too.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // An unused variable is a bug or leftover; `_`-prefixed ones are deliberate.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The app reads the time only through now() in lib/clock.ts, so a test can
    // pin it (tests/e2e/fixed-clock.mjs) and every "today" follows. Durations
    // for logs use performance.now().
    files: ["app/**", "lib/**", "components/**"],
    ignores: ["lib/clock.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Read the current time with now() from \"@/lib/clock\", so tests can pin it.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Read the current time with now() from \"@/lib/clock\" (performance.now() for durations), so tests can pin it.",
        },
      ],
    },
  },
  globalIgnores([
    "lib/generated/**",
    ".next/**",
    ".next-*/**",
    "data/**",
    "node_modules/**",
    "next-env.d.ts",
    "test-results/**",
    "coverage/**",
  ]),
]);
