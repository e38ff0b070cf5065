import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LAUNCHER = fileURLToPath(new URL('../../apps/api/dist/launcher.js', import.meta.url));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the built app once for all browser tests (as `npm start` does), on a fresh embedded database. */
export default async function globalSetup() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'rk-e2e-'));
  const child = spawn(process.execPath, [LAUNCHER], {
    // As `npm start` runs it: Jest's NODE_ENV=test would turn the follow-up scheduler off.
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', HEARTBEAT_INTERVAL_MS: '5000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start:\n${output}`)), 120_000);
    child.on('exit', (code) => reject(new Error(`app exited with ${code}:\n${output}`)));
    const poll = setInterval(() => {
      if (/ready: http/.test(output)) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }
    }, 50);
  });
  process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
  globalThis.__rkE2e = { child, dataDir };
}
