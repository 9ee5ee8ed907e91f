// tests/e2e/fixed-clock.mjs is loaded for its effect (it shifts the process clock); it exports nothing.
export {};
