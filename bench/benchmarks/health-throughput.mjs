// autocannon (10 connections, 10 s, loopback) against GET /api/health of the launcher in embedded mode.
// Every request pings the database and counts queue jobs, so this is far below the floor: the same
// autocannon run against a plain node:http server returning a fixed JSON body, in its own process.
import { fileURLToPath } from 'node:url';
import { startLauncher } from '../lib/app.mjs';
import { loadTest } from '../lib/load.mjs';
import { freePort, makeTempDir, removeTempDir, spawnNode, stopProcess } from '../lib/process.mjs';
import { round } from '../lib/stats.mjs';

const LOAD = { connections: 10, durationSeconds: 10 };
const WARM_UP = { connections: 10, durationSeconds: 1 };
const serverScript = fileURLToPath(new URL('../helpers/plain-http-server.mjs', import.meta.url));

async function measure(ctx, label, url) {
  await loadTest(url, WARM_UP);
  const result = await loadTest(url, LOAD);
  ctx.log(`${label}: ${Math.round(result.rps)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.requests} requests`);
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) ctx.log(`WARNING ${label}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return result;
}

async function measureApp(ctx) {
  const dataDir = makeTempDir('rk-bench-data-');
  try {
    const app = await startLauncher({ root: ctx.root, dataDir });
    try {
      return await measure(ctx, 'app /api/health', `${app.url}/api/health`);
    } finally {
      await app.stop();
    }
  } finally {
    removeTempDir(dataDir);
  }
}

async function measureFloor(ctx) {
  const port = await freePort();
  const proc = spawnNode(serverScript, [String(port)], { cwd: ctx.root, env: { ...process.env, NODE_NO_WARNINGS: '1' } });
  try {
    await proc.waitForLine(/^listening \d+/, 10_000);
    return await measure(ctx, 'floor node:http', `http://127.0.0.1:${port}/api/health`);
  } finally {
    await stopProcess(proc);
  }
}

export default {
  name: 'health-throughput',
  async run(ctx) {
    const app = await measureApp(ctx); // one at a time: the floor server must not share the CPUs with the app
    const floor = await measureFloor(ctx);
    const floorOf = (name, value, unit) => ({ name: `plain-node-http-${name}`, value, unit });
    return [
      { metric: 'requests-per-second', value: round(app.rps, 0), unit: 'req/s', floor: floorOf('requests-per-second', round(floor.rps, 0), 'req/s') },
      { metric: 'latency-p50', value: app.p50, unit: 'ms', floor: floorOf('latency-p50', floor.p50, 'ms') },
      { metric: 'latency-p99', value: app.p99, unit: 'ms', floor: floorOf('latency-p99', floor.p99, 'ms') },
    ];
  },
};
