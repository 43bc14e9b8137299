import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints `tests: N passed, M failed` as the very last line, the summary CI reads (vitest's own
 * summary is not parsed). Skipped tests are counted apart so a skip never passes for a pass.
 */
export class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      let failedHere = 0;
      for (const testCase of testModule.children.allTests()) {
        const state = testCase.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failedHere += 1;
        else skipped += 1;
      }
      // A file that failed outside its tests (import, beforeAll, afterAll) counts once, even when
      // vitest reports its tests as skipped or passed.
      failed += testModule.state() === 'failed' ? Math.max(failedHere, 1) : failedHere;
    }
    process.stdout.write(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
