#!/usr/bin/env node
// `npm run e2e`: build (cached), then the browser tests in Debian's Chromium (playwright-core) against the
// app started as `npm start` does, on a fresh embedded database. Screenshots go to e2e/artifacts/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { summarize } from './test-summary.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install it with: apt-get install -y chromium`);
  process.exit(1);
}
const env = { ...process.env, NX_DAEMON: 'false', NODE_NO_WARNINGS: '1' };
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(1);

mkdirSync('tmp/test-results', { recursive: true });
const result = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '-c', 'e2e/jest.config.js', '--json', '--outputFile=tmp/test-results/e2e.json', ...process.argv.slice(2)],
  { stdio: 'inherit', env },
);
summarize('tmp/test-results', ['e2e.json']);
process.exit(result.status ?? 1);
