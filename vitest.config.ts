import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // builds dist/ once, for the tests that spawn the compiled CLI
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 20_000,
  },
});
