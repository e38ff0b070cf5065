import { pgErrorCode } from './db-errors.js';

/** Seconds a client should wait before trying again while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// Socket errors of a refused or broken connection, SQLSTATE class 08 (connection exception), and the 57P0x
// codes PostgreSQL sends while it shuts down or starts up (57P01 admin_shutdown, 57P02 crash_shutdown,
// 57P03 cannot_connect_now); 53300 too_many_connections passes as soon as others let go.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
// pg raises these as plain Errors without a code (pool checkout timeout, a socket closed under a query).
const MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable/,
  /^Connection is not established/,
];
// TypeORM releases a transaction's query runner when its connection breaks, so the transaction's next query or its
// COMMIT throws one of these (seen in faults-postgres-restart.int-spec.ts). Otherwise they only follow from a manager
// used after its transaction ended, a bug the tests would show; every 503 is logged as a warning.
const BROKEN_CONNECTION_NAMES = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/**
 * Whether an error means the database cannot be reached right now (restart, failover, network), rather than a
 * fault of the request or the code: such errors answer 503 with Retry-After, and the pool reconnects by itself.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const code = pgErrorCode(current);
    if (code && (SOCKET_CODES.has(code) || SQLSTATES.has(code) || code.startsWith('08'))) return true;
    if (BROKEN_CONNECTION_NAMES.has((current as { name?: unknown }).name as string)) return true;
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true;
    if (current instanceof AggregateError && current.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    const e = current as { driverError?: unknown; cause?: unknown };
    current = e.driverError ?? e.cause;
  }
  return false;
}
