import { ConfigError } from '../platform/config/app-config.js';
import { DatabaseUnreachableError } from '../platform/database/assert-reachable.js';
import { EmbeddedDatabaseError } from '../platform/embedded/embedded-postgres.js';

const EXPECTED = [ConfigError, DatabaseUnreachableError, EmbeddedDatabaseError];

/** Start-up failures the operator can fix get one clear line and exit code 1, not a stack dump. */
export function exitOnStartupError(component: string, error: unknown): never {
  if (EXPECTED.some((type) => error instanceof type)) {
    console.error(`[${component}] ${(error as Error).message}`);
  } else {
    console.error(`[${component}] failed to start:`, error);
  }
  process.exit(1);
}
