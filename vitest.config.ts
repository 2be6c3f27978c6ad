import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One line when ../shared is absent (its tests are skipped); under CI, a failure.
    globalSetup: ['test/setup/shared-texts.ts'],
    // Adversarial inputs and whole-corpus passes are slow on a 2-core machine;
    // the timeout guards against hangs, speed is measured by `npm run bench`.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
