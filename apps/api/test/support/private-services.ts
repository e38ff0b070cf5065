import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from './helpers.js';

/**
 * PostgreSQL and Redis instances of one test file's own, for fault tests that stop and restart them: the machine's
 * shared services are never touched. PostgreSQL comes from the Debian postgresql-15 binaries (run as the `postgres`
 * OS user when the tests run as root, because initdb refuses root), Redis from redis-server on PATH.
 */
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PrivateService {
  url: string;
  /** Stops the service; with `crash` it is killed without a clean shutdown. */
  stop(options?: { crash?: boolean }): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its files. */
  remove(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
}

export async function startPrivatePostgres(): Promise<PrivateService> {
  const root = mkdtempSync(join(tmpdir(), 'rk-private-pg-'));
  const data = join(root, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(root, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? ['runuser', '-u', 'postgres', '--', join(PG_BIN, tool), ...args] : [join(PG_BIN, tool), ...args];
    execFileSync(command[0]!, command.slice(1), { stdio: 'pipe' });
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = async () => {
    run('pg_ctl', ['-D', data, '-o', options, '-l', join(root, 'log'), '-w', 'start']);
  };
  const stop = async ({ crash = false } = {}) => {
    run('pg_ctl', ['-D', data, '-m', crash ? 'immediate' : 'fast', '-w', 'stop']);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    remove: async () => {
      await stop().catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Redis with an append-only file synced on every write, so a restart keeps every acknowledged job. */
export async function startPrivateRedis(): Promise<PrivateService> {
  const dir = mkdtempSync(join(tmpdir(), 'rk-private-redis-'));
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  let child: ChildProcess | undefined;
  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;
  const start = async () => {
    if (running()) return;
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always'];
    child = spawn('redis-server', args, { stdio: 'ignore' });
    await eventually(() => answers(port), 10_000, `redis on port ${port}`);
  };
  const stop = async ({ crash = false } = {}) => {
    if (!running()) return;
    const server = child!;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill(crash ? 'SIGKILL' : 'SIGTERM');
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop,
    remove: async () => {
      await stop({ crash: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
