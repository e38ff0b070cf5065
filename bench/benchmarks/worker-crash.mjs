// The worker-crash integration test (apps/api/test/jobs-worker-crash.int-spec.ts) at full length: 20 kommun jobs, each
// in a worker process SIGKILLed part-way, recovered by the next worker; embedded, and in server mode when the machine's
// PostgreSQL and Redis answer. Reports the lost and duplicated job steps it counts from the job_run keys (target 0).
// WORKER_CRASH_BENCH_ROUNDS changes the number of rounds.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeTempDir, removeTempDir } from '../lib/process.mjs';
import { serverServices } from '../lib/server-services.mjs';
import { round } from '../lib/stats.mjs';

const ROUNDS = Number(process.env.WORKER_CRASH_BENCH_ROUNDS ?? 20);

function withoutServerVariables(env) {
  const copy = { ...env };
  for (const name of ['TEST_DATABASE_URL', 'TEST_REDIS_URL', 'DATABASE_URL', 'REDIS_URL']) delete copy[name];
  return copy;
}

function runTest(ctx, mode, env) {
  const dir = makeTempDir('rk-bench-crash-');
  const report = join(dir, 'report.json');
  const started = performance.now();
  try {
    const jest = spawnSync(process.execPath, ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '-c', 'jest.config.js', 'apps/api/test/jobs-worker-crash.int-spec.ts'], {
      cwd: ctx.root,
      env: { ...withoutServerVariables(process.env), NODE_NO_WARNINGS: '1', JEST_SCOPE: 'integration', WORKER_CRASH_ROUNDS: String(ROUNDS), WORKER_CRASH_REPORT: report, ...env },
      encoding: 'utf8',
    });
    const seconds = (performance.now() - started) / 1000;
    let counts;
    try {
      counts = JSON.parse(readFileSync(report, 'utf8'));
    } catch {
      throw new Error(`${mode}: the crash test wrote no report (exit ${jest.status}):\n${(jest.stderr ?? '').slice(-3000)}`);
    }
    ctx.log(`${mode}: ${counts.kills} kills, ${counts.steps} steps, ${counts.lost} lost, ${counts.duplicated} duplicated, ${round(seconds, 0)} s (jest exit ${jest.status})`);
    return [
      { metric: `${mode}-worker-kills`, value: counts.kills, unit: 'kills' },
      { metric: `${mode}-lost-job-steps`, value: counts.lost, unit: 'steps' },
      { metric: `${mode}-duplicated-job-steps`, value: counts.duplicated, unit: 'steps' },
      { metric: `${mode}-crash-run-duration`, value: round(seconds, 0), unit: 's' },
    ];
  } finally {
    removeTempDir(dir);
  }
}

export default {
  name: 'worker-crash',
  async run(ctx) {
    const results = runTest(ctx, 'embedded', {});
    const services = await serverServices();
    if (services) {
      results.push(...runTest(ctx, 'server', { TEST_DATABASE_URL: services.databaseUrl, TEST_REDIS_URL: services.redis.toString() }));
    } else {
      ctx.log('server mode skipped: no PostgreSQL (superuser or CREATEDB) and Redis at DATABASE_URL/REDIS_URL or 127.0.0.1');
    }
    return results;
  },
};
