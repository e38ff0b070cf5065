// Starts the built launcher (apps/api/dist/launcher.js) in embedded mode, as `npm start` runs it.
/* global AbortSignal */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, spawnNode, stopProcess } from './process.mjs';

const READY_LINE = /\[resultatkedjan\] ready: /;
// Server-mode settings from the caller's shell must not leak in: the benchmarks measure embedded mode.
const DROPPED_ENV = ['DATABASE_URL', 'MIGRATION_DATABASE_URL', 'REDIS_URL', 'EMBEDDED_DB_PORT', 'WEB_DIST_DIR', 'QUEUE_PREFIX', 'PORT', 'HOST', 'DATA_DIR', 'RK_EMBEDDED_DATABASE_URL'];

export function launcherPath(root) {
  return join(root, 'apps/api/dist/launcher.js');
}

/** 200 with the database and queue checks both up. */
export async function isHealthy(url) {
  try {
    const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
    if (response.status !== 200) return false;
    const body = await response.json();
    return body?.status === 'ok' && body.info?.database?.status === 'up' && body.info?.queue?.status === 'up';
  } catch {
    return false;
  }
}

/**
 * Spawns the launcher with DATA_DIR=dataDir on a free port and waits for the first healthy
 * /api/health and the ready line. `script` may be scripts/start.mjs (`npm start`: the cached build check first). Returns { url, healthyMs, readyMs, stop() }; healthyMs counts from
 * just before the spawn. On timeout or early exit the process tree is killed and the error says why.
 */
export async function startLauncher({ root, dataDir, timeoutMs = 120_000, env = {}, script = launcherPath(root) }) {
  if (!existsSync(script)) throw new Error(`${script} is missing: build first (npx nx run-many -t build)`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const childEnv = { ...process.env };
  for (const name of DROPPED_ENV) delete childEnv[name];
  Object.assign(childEnv, {
    NODE_ENV: 'production',
    NODE_NO_WARNINGS: '1',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    ...env,
  });

  const started = performance.now();
  const proc = spawnNode(script, [], { cwd: root, env: childEnv });
  const deadline = started + timeoutMs;
  try {
    let readyMs;
    const readyLine = proc.waitForLine(READY_LINE, timeoutMs).then(() => (readyMs = performance.now() - started));
    readyLine.catch(() => undefined);
    let healthyMs;
    while (healthyMs === undefined) {
      if (proc.child.exitCode !== null || proc.child.signalCode !== null) throw new Error('the launcher exited before it was healthy');
      if (performance.now() > deadline) throw new Error(`not healthy within ${timeoutMs / 1000} s`);
      if (await isHealthy(url)) healthyMs = performance.now() - started;
      else await sleep(20);
    }
    await readyLine;
    return { url, port, pid: proc.child.pid, healthyMs, readyMs, output: proc.lines, stop: () => stopProcess(proc) };
  } catch (error) {
    await stopProcess(proc);
    const tail = proc.lines.slice(-15).map((line) => `    ${line}`).join('\n');
    throw new Error(`launcher start failed: ${error.message}\n  last output:\n${tail || '    (none)'}`);
  }
}
