import { jsonNestsDeeperThan, MAX_JSON_DEPTH, verifyJsonBody } from './json-depth.js';

const nested = (levels: number) => Buffer.from('['.repeat(levels) + ']'.repeat(levels));

describe('JSON depth on the raw bytes', () => {
  it('counts objects and arrays, up to and beyond the limit', () => {
    expect(jsonNestsDeeperThan(Buffer.from('{"a":[{"b":[1,2]}],"c":{}}'), 4)).toBe(false);
    expect(jsonNestsDeeperThan(Buffer.from('{"a":[{"b":[1,2]}],"c":{}}'), 3)).toBe(true);
    expect(jsonNestsDeeperThan(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(jsonNestsDeeperThan(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ comment: `${'[{'.repeat(50)} "citat" \\ ${'}]'.repeat(50)}`, more: '\\"[[[[' });
    expect(jsonNestsDeeperThan(Buffer.from(text), 1)).toBe(false);
    expect(jsonNestsDeeperThan(Buffer.from(`[${text}]`), 1)).toBe(true);
  });

  it('refuses deep bodies and charsets other than UTF-8 in the body parser hook', () => {
    const hook = (body: Buffer, encoding: string | null) => () => verifyJsonBody(undefined as never, undefined as never, body, encoding);
    expect(hook(nested(3), 'utf-8')).not.toThrow();
    expect(hook(nested(3000), 'utf-8')).toThrow(expect.objectContaining({ type: 'entity.too.deep', status: 400 }));
    expect(hook(Buffer.from('{}', 'utf16le'), 'utf-16le')).toThrow(expect.objectContaining({ type: 'charset.unsupported', status: 415 }));
  });
});
