import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EMBEDDED_URL_VARIABLE } from '../../src/platform/config/runtime-config.js';
import type { TestApp } from './test-app.js';

export const WORKER_ENTRY = fileURLToPath(new URL('../../dist/worker.js', import.meta.url));

export interface WorkerProcess {
  child: ChildProcess;
  output(): string;
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children = new Set<ChildProcess>();

/** Starts the built worker (node apps/api/dist/worker.js) as a real process; it says 'ready' over IPC. */
export function spawnWorker(env: Record<string, string>): WorkerProcess {
  if (!existsSync(WORKER_ENTRY)) throw new Error(`${WORKER_ENTRY} is missing: build the API first (npx tsc -p apps/api/tsconfig.app.json)`);
  const child = spawn(process.execPath, [WORKER_ENTRY], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  children.add(child);
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const ready = new Promise<void>((resolve, reject) => {
    child.on('message', (message: { type?: string }) => message?.type === 'ready' && resolve());
    void exited.then(({ code, signal }) => reject(new Error(`worker exited (${code ?? signal}) before it was ready:\n${text}`)));
  });
  return { child, output: () => text, ready, exited };
}

/** Kills any worker a failed test left behind. */
export function killWorkers(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
}

/** Environment for a worker child process on the test app's database and queue namespace. */
export function workerEnv(app: TestApp): Record<string, string> {
  const { config, database } = app;
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATA_DIR: database.dataDir,
    QUEUE_PREFIX: config.queuePrefix,
    ...(database.mode === 'server' ? { DATABASE_URL: database.appUrl, MIGRATION_DATABASE_URL: database.ownerUrl } : { [EMBEDDED_URL_VARIABLE]: database.appUrl }),
    ...(config.redisUrl ? { REDIS_URL: config.redisUrl } : {}),
  };
}
