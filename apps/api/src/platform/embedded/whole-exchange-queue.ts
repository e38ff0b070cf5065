import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Message types that end a client's exchange: Sync, simple Query, Terminate (startup messages have no type byte). */
const EXCHANGE_END = new Set([0x53 /* S */, 0x51 /* Q */, 0x58 /* X */, 0x00 /* startup/SSL */]);

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  timestamp: number;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: { isInTransaction(): boolean; runExclusive<T>(fn: () => Promise<T>): Promise<T>; execProtocolRawStream(m: Uint8Array, o: { onRawData: (d: Uint8Array) => void }): Promise<unknown> };
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

/**
 * pglite-socket serialises protocol messages from all connections into PGlite's single session, but only
 * keeps one connection's messages together inside an explicit transaction. node-postgres sends a
 * parameterised query as Parse, Bind, Describe, Execute, Sync; when another connection's Parse lands between
 * them, the unnamed statement is replaced and the query fails ("bind message supplies 3 parameters, but
 * prepared statement requires 7") or hangs. This keeps each connection's exchange whole: after a message
 * that does not end an exchange, only that connection's next message may run.
 */
export function keepExchangesWhole(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let midExchange: number | null = null;

  queue.processQueue = async function processQueue(this: QueryQueue): Promise<void> {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = midExchange ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = owner === null ? 0 : this.queue.findIndex((q) => q.handlerId === owner);
        if (index === -1) break; // wait for the owning connection's next message
        const [item] = this.queue.splice(index, 1);
        try {
          let bytes = 0;
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          this.lastHandlerId = item.handlerId;
          midExchange = EXCHANGE_END.has(item.message[0] ?? 0) ? null : item.handlerId;
          item.resolve(bytes);
        } catch (error) {
          midExchange = null;
          item.reject(error);
        }
      }
    } finally {
      this.processing = false;
    }
  };

  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    if (midExchange === handlerId) midExchange = null;
    clear(handlerId);
    void queue.processQueue();
  };
}
