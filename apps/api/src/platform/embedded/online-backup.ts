import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EmbeddedPostgres } from './embedded-postgres.js';

/**
 * Online backups of the embedded database. Only the launcher may open the data folder, so `npm run backup` asks it:
 * it writes the wanted file name to `<DATA_DIR>/backup.request` and sends SIGUSR2 to the pid in `launcher.pid`.
 */
export const pidFile = (dataDir: string) => join(resolve(dataDir), 'launcher.pid');
const requestFile = (dataDir: string) => join(resolve(dataDir), 'backup.request');

/** In the launcher: records its pid and answers SIGUSR2 with a backup to the requested file. */
export function serveOnlineBackups(dataDir: string, embedded: EmbeddedPostgres, say: (line: string) => void): () => void {
  writeFileSync(pidFile(dataDir), String(process.pid));
  const onSignal = () => {
    const target = existsSync(requestFile(dataDir)) ? readFileSync(requestFile(dataDir), 'utf8').trim() : '';
    if (!target) return;
    embedded.backup(target).then(
      () => say(`backup written: ${target}`),
      (error: Error) => say(`backup failed: ${error.message}`),
    );
  };
  process.on('SIGUSR2', onSignal);
  return () => {
    process.off('SIGUSR2', onSignal);
    rmSync(pidFile(dataDir), { force: true });
  };
}

/** The running launcher's pid for this data folder, or undefined when none is running. */
export function runningLauncher(dataDir: string): number | undefined {
  if (!existsSync(pidFile(dataDir))) return undefined;
  const pid = Number(readFileSync(pidFile(dataDir), 'utf8'));
  try {
    process.kill(pid, 0);
  } catch {
    return undefined; // left behind by a launcher that was killed
  }
  // A killed launcher's pid may since belong to another process, which SIGUSR2 would end.
  const commandLine = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : 'launcher';
  return commandLine.includes('launcher') ? pid : undefined;
}

/** Asks the running launcher for a backup to `file` and waits until it is written. */
export async function requestOnlineBackup(dataDir: string, pid: number, file: string, timeoutMs = 300_000): Promise<void> {
  writeFileSync(requestFile(dataDir), resolve(file));
  process.kill(pid, 'SIGUSR2');
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`the launcher (pid ${pid}) wrote no backup within ${timeoutMs / 1000} s; see its output`);
    await new Promise((done) => setTimeout(done, 200));
  }
  rmSync(requestFile(dataDir), { force: true });
}
