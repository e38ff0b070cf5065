import 'reflect-metadata';
import { configFromProcessEnv } from './platform/config/runtime-config.js';
import { assertDatabaseReachable } from './platform/database/assert-reachable.js';
import { createWorker } from './app/create-worker.js';
import { exitOnStartupError } from './app/fatal.js';
import { awaitLauncherGo } from './app/launcher-handshake.js';

/** The worker process: runs the BullMQ processors, serves no HTTP. Scale it apart from the API. */
try {
  await awaitLauncherGo();
  const config = configFromProcessEnv();
  await assertDatabaseReachable(config.databaseUrl);
  const app = await createWorker(config);
  process.send?.({ type: 'ready', component: 'worker' });
  process.on('disconnect', () => void app.close().then(() => process.exit(0)));
} catch (error) {
  exitOnStartupError('worker', error);
}
