import { defineConfig } from 'vitest/config';
import { factFigures } from './src/integrations/fact-figures.mjs';

// Unit tests: framework-free logic (quiz, links, budgets on the built site).
export default defineConfig({
  // The same `?figure` fact imports as the site build (the question records use them).
  plugins: [factFigures()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    testTimeout: 20_000,
    // In CI (.ci/run sets CI) a stray `.only` fails the run instead of silently skipping every other test.
    allowOnly: !process.env.CI,
  },
});
