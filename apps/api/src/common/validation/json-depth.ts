import type { IncomingMessage, ServerResponse } from 'node:http';

/** Deepest nesting of objects and arrays a JSON body may have; the API's own bodies use at most six levels. */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }

/**
 * Whether the raw UTF-8 JSON nests deeper than `max`, read byte by byte without parsing, so a hostile body of
 * thousands of levels is refused after a few dozen bytes instead of costing seconds in JSON.parse, class-transformer
 * and the validator. Brackets inside strings do not count; multi-byte UTF-8 never contains these ASCII bytes.
 */
export function jsonNestsDeeperThan(body: Buffer, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (OPEN.has(byte)) {
      if (++depth > max) return true;
    } else if (CLOSE.has(byte)) {
      depth--;
    }
  }
  return false;
}

/** A body-parser error the error filter turns into the API's error shape (see http-error.filter.ts). */
class BodyRefused extends Error {
  constructor(
    readonly type: 'entity.too.deep' | 'charset.unsupported',
    readonly status: number,
  ) {
    super(type);
  }
}

/**
 * The JSON body parser's `verify` hook: runs on the raw bytes before JSON.parse. Refuses bodies nested deeper than
 * MAX_JSON_DEPTH, and charsets other than UTF-8 (RFC 8259 §8.1), whose bytes the depth scan could not read.
 */
export function verifyJsonBody(_req: IncomingMessage, _res: ServerResponse, body: Buffer, encoding: string | null): void {
  if (encoding !== null && encoding !== 'utf-8' && encoding !== 'utf8') throw new BodyRefused('charset.unsupported', 415);
  if (jsonNestsDeeperThan(body, MAX_JSON_DEPTH)) throw new BodyRefused('entity.too.deep', 400);
}
