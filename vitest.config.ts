import { defineConfig } from 'vitest/config';

// Unit tests: framework-free logic (quiz, links, budgets on the built site).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    testTimeout: 20_000,
  },
});
