import { parseEnv, toAppConfig, type AppConfig } from './app-config.js';

/**
 * Internal variable the launcher sets for its child processes: the URL of the embedded
 * database it serves. Kept apart from DATABASE_URL so children still report embedded mode.
 */
export const EMBEDDED_URL_VARIABLE = 'RK_EMBEDDED_DATABASE_URL';

export function configFromProcessEnv(): AppConfig {
  return toAppConfig(parseEnv(process.env), process.env[EMBEDDED_URL_VARIABLE]);
}
