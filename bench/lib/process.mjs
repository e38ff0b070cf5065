// Child processes and temp folders that are always cleaned up: each child runs in its own process
// group (detached), so stopping it also stops whatever it forked. Anything still alive when the
// runner exits (error, Ctrl-C) is SIGKILLed and every temp folder is removed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const liveGroups = new Set();
const tempDirs = new Set();

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: nothing left in the group
  }
}

export function cleanupEverything() {
  for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  liveGroups.clear();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

process.on('exit', cleanupEverything);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n[bench] ${signal}: stopping child processes and removing temp folders`);
    cleanupEverything();
    process.exit(130);
  });
}

/** A fresh empty folder under the OS temp dir, removed at exit at the latest. */
export function makeTempDir(prefix = 'rk-bench-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/** A loopback port that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `node script args…` in its own process group with stdout/stderr captured.
 * Returns { child, lines (last 200 output lines), waitForLine(regex, timeoutMs), exited (promise) }.
 */
export function spawnNode(script, args, { cwd, env }) {
  const child = spawn(process.execPath, [script, ...args], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  liveGroups.add(child.pid);
  const lines = [];
  const watchers = new Set();
  const onData = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line) continue;
      lines.push(line);
      if (lines.length > 200) lines.shift();
      for (const watcher of watchers) watcher(line);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  function waitForLine(pattern, timeoutMs) {
    return new Promise((resolve, reject) => {
      const existing = lines.find((line) => pattern.test(line));
      if (existing) return resolve(existing);
      const done = (fn, value) => {
        clearTimeout(timer);
        watchers.delete(watch);
        fn(value);
      };
      const watch = (line) => pattern.test(line) && done(resolve, line);
      const timer = setTimeout(() => done(reject, new Error(`no line matching ${pattern} within ${timeoutMs} ms`)), timeoutMs);
      watchers.add(watch);
      exited.then(({ code, signal }) => done(reject, new Error(`process exited (${signal ?? `code ${code}`}) before printing ${pattern}`)));
    });
  }
  return { child, lines, waitForLine, exited };
}

export function hasExited(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

/**
 * SIGTERM to the process, SIGKILL to its whole group if it is not gone within `graceMs`, then
 * SIGKILL to any leftovers in the group. Resolves to { code, signal, forced }.
 */
export async function stopProcess(spawned, graceMs = 15_000) {
  const { child, exited } = spawned;
  let forced = false;
  if (!hasExited(child)) {
    child.kill('SIGTERM');
    let timer;
    const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)));
    if ((await Promise.race([exited, timedOut])) === 'timeout') {
      forced = true;
      killGroup(child.pid, 'SIGKILL');
    }
    clearTimeout(timer);
  }
  const result = await exited;
  if (killGroup(child.pid, 'SIGKILL')) forced = true; // a child outlived its parent
  liveGroups.delete(child.pid);
  return { ...result, forced };
}
