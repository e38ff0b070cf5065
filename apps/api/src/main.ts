import 'reflect-metadata';
import { configFromProcessEnv } from './platform/config/runtime-config.js';
import { assertDatabaseReachable } from './platform/database/assert-reachable.js';
import { createApi } from './app/create-api.js';
import { exitOnStartupError } from './app/fatal.js';
import { awaitLauncherGo } from './app/launcher-handshake.js';

/** The HTTP API process. Started by the launcher (npm start) or directly in a container. */
try {
  await awaitLauncherGo();
  const config = configFromProcessEnv();
  await assertDatabaseReachable(config.databaseUrl);
  const app = await createApi(config);
  await app.listen(config.port, config.host);
  process.send?.({ type: 'ready', component: 'api' });
  // Launched as a child: stop when the launcher goes away, however it went.
  process.on('disconnect', () => void app.close().then(() => process.exit(0)));
} catch (error) {
  exitOnStartupError('api', error);
}
