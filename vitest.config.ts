import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The files a contributor does not need on every save: they start the command
 * line dozens of times (input and output edge cases, rule checking on load,
 * time budgets, what the process loads) or time whole pipelines at size. They
 * take two thirds of the suite's CPU time. `npm test` leaves them out;
 * `npm run test:all` (`--mode all`, what CI runs) runs everything.
 */
const SLOW = [
  'test/cli-io.test.ts',
  'test/cli-check-rules.test.ts',
  'test/linear-time.test.ts',
  'test/time-budget.test.ts',
  'test/zod-off-the-path.test.ts',
  // The news corpus through GNU parallel in 4 blocks, and once whole (needs Debian's `parallel`).
  'test/cli-jsonl-parallel.test.ts',
  // Kills a --split run mid-way and resumes it; a few dozen runs of the command line.
  'test/cli-split.test.ts',
  // Runs the check command a few dozen times over a damaged corpus it writes.
  'test/cli-check.test.ts',
];

export default defineConfig(({ mode }) => ({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(mode === 'all' ? [] : SLOW)],
    testTimeout: 20000,
    // rules/ is compiled once per run and handed to every test file.
    globalSetup: ['test/support/compile-rules.global.ts'],
    setupFiles: ['test/support/setup-rules.ts'],
    // Test files in a worker share the modules they load (src/ is loaded once
    // per worker, not once per file: a third of the suite's CPU time). Tests
    // must not leave state behind in a module (see test/support/rules.ts).
    isolate: false,
    // One worker per core (vitest's default leaves one core idle: on 2 cores the
    // suite ran on one, 37 s against 27 s). Many tests wait on a child process.
    maxWorkers: availableParallelism(),
    // Rule files are data, not imports: an edited one reruns the tests in watch mode.
    forceRerunTriggers: [...configDefaults.forceRerunTriggers, '**/rules/**/*.yaml'],
    // A test that asserts nothing is a defect (it cannot fail).
    expect: { requireAssertions: true },
  },
}));
