import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20000,
    // rules/ is compiled once per run and handed to every test file.
    globalSetup: ['test/support/compile-rules.global.ts'],
    setupFiles: ['test/support/setup-rules.ts'],
    // Rule files are data, not imports: an edited one reruns the tests in watch mode.
    forceRerunTriggers: [...configDefaults.forceRerunTriggers, '**/rules/**/*.yaml'],
    // A test that asserts nothing is a defect (it cannot fail).
    expect: { requireAssertions: true },
  },
});
