#!/usr/bin/env node
// `npm test`: build what is missing (Nx cache), then the web app's tests (Vitest) and every Jest project:
// unit tests of each lib and the API, plus the integration suite that boots the real app on a fresh
// embedded database. With TEST_DATABASE_URL / TEST_REDIS_URL set, the integration suite uses those.
// `--integration-only` runs just the integration suite (CI's real-PostgreSQL + Redis pass).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { summarize } from './test-summary.mjs';

const integrationOnly = process.argv.includes('--integration-only');
// Absolute: Vitest resolves a relative output file against its own root (apps/web).
const resultsDir = resolve('tmp/test-results');
mkdirSync(resultsDir, { recursive: true });
const phase = process.env.TEST_DATABASE_URL ? 'server' : 'embedded';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', ...env } });
  return result.status ?? 1;
}

let failed = run('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static']) !== 0;
if (failed) {
  console.error('Build failed; not running tests.');
  process.exit(1);
}

// Every runner runs even when an earlier one failed, so one failure never hides the rest.
if (!integrationOnly) {
  const webFailed = run('npx', ['vitest', 'run', '--config', 'apps/web/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsDir}/web.json`]) !== 0;
  failed = failed || webFailed;
}

const jestArgs = ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '-c', 'jest.config.js', '--json', `--outputFile=${resultsDir}/jest-${integrationOnly ? 'integration' : 'all'}-${phase}.json`];
const jestFailed = run(process.execPath, jestArgs, { JEST_SCOPE: integrationOnly ? 'integration' : 'all', NODE_NO_WARNINGS: '1' }) !== 0;
failed = failed || jestFailed;

summarize(resultsDir, integrationOnly ? [`jest-integration-${phase}.json`] : ['web.json', `jest-all-${phase}.json`]);
process.exit(failed ? 1 : 0);
