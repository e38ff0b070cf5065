#!/usr/bin/env node
// `npm start`: build what is missing (Nx caches every build), then run the launcher in this process:
// it serves the embedded database (unless DATABASE_URL is set), migrates, and runs API + worker.
import { spawnSync } from 'node:child_process';

const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, NX_DAEMON: 'false' },
});
if (build.status !== 0) {
  console.error('[resultatkedjan] the build failed; see above.');
  process.exit(1);
}
await import('../apps/api/dist/launcher.js');
