import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { QueueName } from '@resultatkedjan/contracts';
import { parseEnv, toAppConfig } from '../../src/platform/config/app-config.js';
import { createApi } from '../../src/app/create-api.js';
import { createWorker } from '../../src/app/create-worker.js';
import { APP_DB_ROLE } from '../../src/platform/database/app-role.js';
import { EMBEDDED_URL_VARIABLE } from '../../src/platform/config/runtime-config.js';
import { Clock } from '../../src/platform/jobs/clock.js';
import { KommunRunService } from '../../src/follow-up/kommun-run.service.js';
import { createTestDatabase } from './test-database.js';
import type { FixtureNode, FixtureUser } from './fixtures.js';
import type { TestApp } from './test-app.js';

export interface FollowUpTestApp extends TestApp {
  /** Runs one kommun's day in the in-process worker (needs withWorker). */
  runDay(tenantId: string, day: string): ReturnType<KommunRunService['run']>;
  /** Pins the in-process worker's clock. */
  clock(): Clock;
  /** A query as the app role inside the kommun (row-level security applies). */
  asKommun<T = Record<string, unknown>>(tenantId: string, sql: string, params?: unknown[]): Promise<T[]>;
  /** Environment for a worker child process on the same database and queue namespace. */
  workerEnv(): Record<string, string>;
}

/** Like startTestApp (same database and queue setup), with the follow-up modules and helpers. */
export async function startFollowUpApp(options: { withWorker?: boolean; env?: Record<string, string> } = {}): Promise<FollowUpTestApp> {
  const database = await createTestDatabase();
  const rawEnv: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: database.dataDir,
    QUEUE_PREFIX: `rk-test-${randomBytes(4).toString('hex')}`,
    ...(database.mode === 'server' ? { DATABASE_URL: database.appUrl, MIGRATION_DATABASE_URL: database.ownerUrl } : {}),
    ...(process.env.TEST_REDIS_URL ? { REDIS_URL: process.env.TEST_REDIS_URL } : {}),
    ...options.env,
  };
  const config = toAppConfig(parseEnv(rawEnv), database.mode === 'embedded' ? database.appUrl : undefined);
  const api = await createApi(config);
  const worker: INestApplicationContext | undefined = options.withWorker ? await createWorker(config) : undefined;
  const dataSource = api.get(DataSource);

  return {
    config,
    database,
    api,
    worker,
    http: () => request(api.getHttpServer()),
    queue: (name) => api.get<Queue>(getQueueToken(name), { strict: false }),
    runDay: (tenantId, day) => workerOf(worker).get(KommunRunService).run(tenantId, day),
    clock: () => workerOf(worker).get(Clock),
    asKommun: (tenantId, sql, params = []) =>
      dataSource.transaction(async (m) => {
        await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
        await m.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
        const result = await m.query(sql, params);
        // UPDATE/DELETE come back as [rows, count].
        return /^\s*(update|delete)/i.test(sql) ? result[0] : result;
      }),
    workerEnv: () => ({
      ...rawEnv,
      LOG_LEVEL: 'warn',
      ...(database.mode === 'embedded' ? { [EMBEDDED_URL_VARIABLE]: database.appUrl } : {}),
    }),
    close: async () => {
      await worker?.close();
      if (config.queueBackend === 'redis') {
        for (const name of Object.values(QueueName)) await api.get<Queue>(getQueueToken(name), { strict: false }).obliterate({ force: true });
      }
      await api.close();
      await database.drop();
    },
  };
}

function workerOf(worker: INestApplicationContext | undefined): INestApplicationContext {
  if (!worker) throw new Error('start the app with withWorker: true');
  return worker;
}

/**
 * A small kommunkoncern: KF, KS, two nämnder with förvaltning and units, and a bolag. Kept in the demo's shape
 * (DOMAIN.md 7.2) so the default reporting kinds give each period kind a different set of reporters.
 */
export const FOLLOW_UP_NODES: FixtureNode[] = [
  { key: 'kf', name: 'Kommunfullmäktige', kind: 'kf' },
  { key: 'ks', name: 'Kommunstyrelsen', kind: 'ks', parent: 'kf' },
  { key: 'bun', name: 'Barn- och utbildningsnämnden', kind: 'namnd', parent: 'kf' },
  { key: 'uf', name: 'Utbildningsförvaltningen', kind: 'forvaltning', parent: 'bun' },
  { key: 'uf.gr.norr', name: 'Norrskolan', kind: 'enhet', parent: 'uf' },
  { key: 'uf.gr.soder', name: 'Söderskolan', kind: 'enhet', parent: 'uf' },
  { key: 'von', name: 'Vård- och omsorgsnämnden', kind: 'namnd', parent: 'kf' },
  { key: 'vof', name: 'Vård- och omsorgsförvaltningen', kind: 'forvaltning', parent: 'von' },
  { key: 'vof.ht.centrum', name: 'Hemtjänst Centrum', kind: 'enhet', parent: 'vof' },
  { key: 'hem', name: 'Exempelstadshem AB', kind: 'bolag', parent: 'kf' },
];

export function followUpUsers(prefix: string): FixtureUser[] {
  return [
    { email: `${prefix}.controller@test.se`, role: 'controller' },
    { email: `${prefix}.admin@test.se`, role: 'admin' },
    { email: `${prefix}.norr@test.se`, role: 'enhetschef', scope: 'uf.gr.norr' },
    { email: `${prefix}.soder@test.se`, role: 'enhetschef', scope: 'uf.gr.soder' },
    { email: `${prefix}.bun@test.se`, role: 'enhetschef', scope: 'bun' },
    { email: `${prefix}.revisor@test.se`, role: 'revisor' },
  ];
}

/** Polls until `probe` gives a truthy value; a probe that throws counts as "not yet" (its last error is reported). */
export async function eventually<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// ---------------------------------------------------------------- a fake SMTP server

export interface FakeSmtp {
  url: string;
  messages: { from: string; to: string[]; data: string }[];
  close(): Promise<void>;
}

/** Just enough SMTP (EHLO, MAIL, RCPT, DATA, QUIT) for nodemailer to deliver; keeps what it receives. */
export async function startFakeSmtp(): Promise<FakeSmtp> {
  const messages: FakeSmtp['messages'] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buffer = '';
    let inData = false;
    let current = { from: '', to: [] as string[], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 fake-smtp ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          messages.push(current);
          current = { from: '', to: [], data: '' };
          reply('250 OK queued');
          continue;
        }
        const newline = buffer.indexOf('\r\n');
        if (newline < 0) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') {
          reply('250 fake-smtp');
        } else if (verb === 'MAIL') {
          current.from = line.slice(10).trim();
          reply('250 OK');
        } else if (verb === 'RCPT') {
          current.to.push(line.slice(8).trim());
          reply('250 OK');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (verb === 'QUIT') {
          reply('221 Bye');
          socket.end();
        } else {
          reply(verb === 'RSET' || verb === 'NOOP' ? '250 OK' : '502 Command not implemented');
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---------------------------------------------------------------- a worker child process

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
