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
