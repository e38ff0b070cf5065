import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LAUNCHER = fileURLToPath(new URL('../../apps/api/dist/launcher.js', import.meta.url));

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the built app as `npm start` does, on a fresh embedded database in a temp folder, and resolves when it
 * prints "ready". `env` adds settings (an SSO provider, a port). Returns its address and a stop function.
 */
export async function startApp(env = {}) {
  const port = env.PORT ?? String(await freePort());
  const dataDir = mkdtempSync(join(tmpdir(), 'rk-e2e-'));
  const child = spawn(process.execPath, [LAUNCHER], {
    // Jest's NODE_ENV=test would turn the follow-up scheduler off; the app runs as `npm start` runs it.
    // PUBLIC_URL: links and each kommun's SSO callback point where the browser reaches the app.
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', HEARTBEAT_INTERVAL_MS: '5000', PUBLIC_URL: `http://127.0.0.1:${port}`, ...env, PORT: port, DATA_DIR: dataDir },
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
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(force);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { baseUrl: `http://127.0.0.1:${port}`, port, stop };
}
