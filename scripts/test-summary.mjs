// Adds up Jest and Vitest JSON results (same format) into one closing line: "N passed, N failed".
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function summarize(dir, files = readdirSync(dir).filter((f) => f.endsWith('.json')), failedSteps = 0) {
  let passed = 0;
  let failed = failedSteps;
  for (const file of files) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      console.log(`(no results in ${file}: counted as one failure)`);
      failed += 1;
      continue;
    }
    const result = JSON.parse(readFileSync(path, 'utf8'));
    passed += result.numPassedTests ?? 0;
    failed += (result.numFailedTests ?? 0) + (result.numRuntimeErrorTestSuites ?? 0);
  }
  console.log(`${passed} passed, ${failed} failed`);
  return { passed, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Optional second argument: CI steps that failed outside any test runner (lint, build, …), each counted once.
  const { failed } = summarize(process.argv[2] ?? 'tmp/test-results', undefined, Number(process.argv[3] ?? 0));
  process.exit(failed ? 1 : 0);
}
