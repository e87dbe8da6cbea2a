import { defineConfig } from 'vitest/config';

// Unit tests: framework-free logic (quiz, links, budgets on the built site).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    testTimeout: 20_000,
  },
});
