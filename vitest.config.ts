import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20000,
    // rules/ is compiled once per run and handed to every test file.
    globalSetup: ['test/support/compile-rules.global.ts'],
    setupFiles: ['test/support/setup-rules.ts'],
    // Test files in a worker share the modules they load (src/ is loaded once
    // per worker, not once per file: a third of the suite's CPU time). Tests
    // must not leave state behind in a module (see test/support/rules.ts).
    isolate: false,
    // Rule files are data, not imports: an edited one reruns the tests in watch mode.
    forceRerunTriggers: [...configDefaults.forceRerunTriggers, '**/rules/**/*.yaml'],
    // A test that asserts nothing is a defect (it cannot fail).
    expect: { requireAssertions: true },
  },
});
