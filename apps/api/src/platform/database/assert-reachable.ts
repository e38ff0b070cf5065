import pg from 'pg';

export class DatabaseUnreachableError extends Error {}

/** Fails fast with one readable line instead of a stack dump when PostgreSQL cannot be reached. */
export async function assertDatabaseReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const target = safeTarget(url);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DatabaseUnreachableError(`Cannot connect to the database at ${target}: ${reason}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function safeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}
