// `npm start` (scripts/start.mjs: the Nx build check, then the launcher) to the first healthy /api/health
// (database and queue up): fresh = empty DATA_DIR (initdb + migrations + seed + API + worker), restart = second
// start on the same folder. Floors, same run: PGlite.create() alone into an empty folder (fresh) or reopening it
// (restart), each plus the fully cached `nx run-many -t build` that `npm start` runs first.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startLauncher } from '../lib/app.mjs';
import { makeTempDir, removeTempDir, spawnNode, stopProcess } from '../lib/process.mjs';
import { median, round } from '../lib/stats.mjs';

const RUNS = 3;
const TIMEOUT_MS = 120_000;
const floorScript = fileURLToPath(new URL('../helpers/pglite-floor.mjs', import.meta.url));

async function startAndStop(ctx, dataDir, label) {
  const app = await startLauncher({ root: ctx.root, dataDir, timeoutMs: TIMEOUT_MS, script: join(ctx.root, 'scripts/start.mjs') });
  const stopped = await app.stop();
  ctx.log(`${label}: healthy after ${Math.round(app.healthyMs)} ms (ready line ${Math.round(app.readyMs)} ms)` +
    (stopped.forced ? ', needed SIGKILL to stop' : stopped.code !== 0 ? `, exited with ${stopped.signal ?? stopped.code}` : ''));
  return app.healthyMs;
}

async function measureFloor(ctx) {
  const dir = makeTempDir('rk-bench-floor-');
  try {
    const proc = spawnNode(floorScript, [join(dir, 'pglite')], { cwd: ctx.root, env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    let line;
    try {
      line = await proc.waitForLine(/^\{.*coldMs/, TIMEOUT_MS);
    } finally {
      await stopProcess(proc);
    }
    const floor = JSON.parse(line);
    ctx.log(`floor: PGlite.create cold ${Math.round(floor.coldMs)} ms, reopen ${Math.round(floor.warmMs)} ms`);
    return floor;
  } finally {
    removeTempDir(dir);
  }
}

/** The build check `npm start` begins with, everything already in Nx's cache. */
function measureBuildCheck(ctx) {
  const started = performance.now();
  const result = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static'], {
    cwd: ctx.root,
    env: { ...process.env, NX_DAEMON: 'false' },
    stdio: 'ignore',
  });
  if (result.status !== 0) throw new Error('the cached build check failed');
  const ms = performance.now() - started;
  ctx.log(`floor: cached build check ${Math.round(ms)} ms`);
  return ms;
}

export default {
  name: 'embedded-cold-start',
  async run(ctx) {
    const cold = [];
    const warm = [];
    for (let i = 1; i <= RUNS; i++) {
      const dataDir = makeTempDir('rk-bench-data-');
      try {
        cold.push(await startAndStop(ctx, dataDir, `run ${i}/${RUNS} fresh`));
        warm.push(await startAndStop(ctx, dataDir, `run ${i}/${RUNS} restart`));
      } finally {
        removeTempDir(dataDir);
      }
    }
    const floors = [];
    const buildChecks = [];
    for (let i = 0; i < RUNS; i++) {
      floors.push(await measureFloor(ctx));
      buildChecks.push(measureBuildCheck(ctx));
    }

    const buildCheck = median(buildChecks);
    const coldFloor = round(median(floors.map((f) => f.coldMs)) + buildCheck, 0);
    const warmFloor = round(median(floors.map((f) => f.warmMs)) + buildCheck, 0);
    return [
      { metric: 'npm-start-fresh-to-healthy', value: round(median(cold), 0), unit: 'ms', floor: { name: 'pglite-create-empty-dir+cached-build-check', value: coldFloor, unit: 'ms' } },
      { metric: 'npm-start-restart-to-healthy', value: round(median(warm), 0), unit: 'ms', floor: { name: 'pglite-reopen-dir+cached-build-check', value: warmFloor, unit: 'ms' } },
      { metric: 'cached-build-check', value: round(buildCheck, 0), unit: 'ms' },
    ];
  },
};
