import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseEnv } from '../../config/app-config.js';
import { startEmbeddedPostgres } from '../../embedded/embedded-postgres.js';
import { requestOnlineBackup, runningLauncher } from '../../embedded/online-backup.js';

/**
 * `npm run backup [-- file]`: server mode (MIGRATION_DATABASE_URL or DATABASE_URL set) runs `pg_dump -Fc`; embedded
 * mode asks the running launcher for an online copy, or opens the stopped data folder itself. README: "Backup and restore".
 */
const env = parseEnv(process.env);
const serverUrl = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = resolve(process.argv[2] ?? join(env.DATA_DIR, 'backups', `resultatkedjan-${stamp}.${serverUrl ? 'dump' : 'tar.gz'}`));
mkdirSync(dirname(file), { recursive: true });

if (serverUrl) {
  execFileSync(process.env.PG_DUMP ?? 'pg_dump', ['--format=custom', `--file=${file}`, serverUrl], { stdio: 'inherit' });
} else {
  const pid = runningLauncher(env.DATA_DIR);
  if (pid) await requestOnlineBackup(env.DATA_DIR, pid, file);
  else {
    const embedded = await startEmbeddedPostgres({ dataDir: env.DATA_DIR });
    try {
      await embedded.backup(file);
    } finally {
      await embedded.stop();
    }
  }
}
console.log(`Backup written: ${file}`);
