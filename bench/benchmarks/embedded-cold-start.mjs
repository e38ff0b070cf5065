// Time from spawning the launcher to the first healthy /api/health (database and queue up):
// cold = empty DATA_DIR (initdb + migrations + API + worker), warm = second start on the same folder.
// Floors, same run: PGlite.create() alone into an empty folder (cold initdb) and reopening it (warm).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLauncher } from '../lib/app.mjs';
import { makeTempDir, removeTempDir, spawnNode, stopProcess } from '../lib/process.mjs';
import { median, round } from '../lib/stats.mjs';

const RUNS = 3;
const TIMEOUT_MS = 120_000;
const floorScript = fileURLToPath(new URL('../helpers/pglite-floor.mjs', import.meta.url));

async function startAndStop(ctx, dataDir, label) {
  const app = await startLauncher({ root: ctx.root, dataDir, timeoutMs: TIMEOUT_MS });
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

export default {
  name: 'embedded-cold-start',
  async run(ctx) {
    const cold = [];
    const warm = [];
    for (let i = 1; i <= RUNS; i++) {
      const dataDir = makeTempDir('rk-bench-data-');
      try {
        cold.push(await startAndStop(ctx, dataDir, `run ${i}/${RUNS} cold`));
        warm.push(await startAndStop(ctx, dataDir, `run ${i}/${RUNS} warm`));
      } finally {
        removeTempDir(dataDir);
      }
    }
    const floors = [];
    for (let i = 0; i < RUNS; i++) floors.push(await measureFloor(ctx));

    const coldFloor = round(median(floors.map((f) => f.coldMs)), 0);
    const warmFloor = round(median(floors.map((f) => f.warmMs)), 0);
    return [
      { metric: 'cold-start-to-healthy', value: round(median(cold), 0), unit: 'ms', floor: { name: 'pglite-create-empty-dir', value: coldFloor, unit: 'ms' } },
      { metric: 'warm-start-to-healthy', value: round(median(warm), 0), unit: 'ms', floor: { name: 'pglite-reopen-dir', value: warmFloor, unit: 'ms' } },
    ];
  },
};
