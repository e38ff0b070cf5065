import fc from 'fast-check';

/** The parts of an OpenAPI 3 document the fuzzer reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  oneOf?: Schema[];
  allOf?: Schema[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  parameters: Parameter[];
  body?: { mediaType: string; schema: Schema };
  /** Whether the document names a session cookie for it (else it is public). */
  secured: boolean;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> }; security?: unknown[] }>>;
  components: { schemas: Record<string, Schema> };
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const [mediaType, content] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      operations.push({
        method: method as Operation['method'],
        path,
        parameters: op.parameters ?? [],
        body: mediaType && content ? { mediaType, schema: content.schema } : undefined,
        secured: (op.security ?? []).length > 0,
      });
    }
  }
  return operations;
}

/** JSON text placed verbatim in a body: numbers JavaScript cannot hold (9007199254740993, 1e400), -0, deep nesting. */
export class RawJson {
  constructor(readonly text: string) {}
}

const raw = (text: string) => new RawJson(text);
const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

/** JSON.stringify, except that RawJson goes in as written (strings keep their NUL and lone surrogates, escaped). */
export function toJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${toJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What the outside tester sent (issue #18): text PostgreSQL cannot store, integers beyond int4, null. */
export const TESTER_VALUES: unknown[] = [
  '\u0000', 'noll\u0000tecken', '\ud800', 'halvt \udfff par', 'klocka\u0007',
  raw('2147483648'), raw('1e20'), raw('9007199254740993'), raw('99999999999999999999'), null,
];
/** And the usual suspects. */
export const HOSTILE_STRINGS = [
  '\u0000', '\ud800', 'rad\r\nrad', '', ' ', 'x'.repeat(10_001), "'; DROP TABLE goal; --", '%', '_', '\\', 'a\\',
  '<script>alert(1)</script>', '2026-02-30', '0000-00-00', '9999-12-31T24:00:00Z', '-1', '1e400', '99999999999999999999',
  '2147483648', 'NaN', 'null', 'true', '{}', '[]', '😀', '\u202e', '\ufeff', '00000000-0000-0000-0000-000000000000',
];
export const HOSTILE_NUMBERS: unknown[] = [
  raw('-2147483649'), raw('-1e20'), raw('1e400'), raw('-1e400'), raw('1e-400'), raw('-0'), raw('5e-324'), 1e308, -1, 0, 0.5,
  1.5, 2025, 100_001,
];
export const HOSTILE_OTHER: unknown[] = [
  true, false, [], {}, [null], [[]], raw(nested(40)), raw(nested(3000)), raw('{"__proto__":{"polluted":1}}'),
  raw('{"constructor":{"prototype":{"polluted":1}}}'),
];

/** Any UTF-16 code unit, lone surrogates and controls included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TESTER_VALUES) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_OTHER) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double() },
);

/** A whole body that is not what the operation takes. */
export const hostileBody: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  raw('{"a":'), raw(nested(3000)), raw('null'), raw('"text"'), raw('1e400'), raw('[{}]'), raw('{"rows":' + nested(40) + '}'),
  raw(`{${'"k":1,'.repeat(2000)}"k":2}`),
);

export interface FuzzContext {
  schemas: Record<string, Schema>;
  /** Ids of rows that exist for a field of this name (`ownerNodeId` → org nodes); every id for `format: uuid`. */
  idsFor(name: string): readonly string[];
}

function resolve(schema: Schema, context: FuzzContext): Schema {
  if (!schema.$ref) return schema;
  return context.schemas[schema.$ref.replace('#/components/schemas/', '')] ?? {};
}

/** 'valid' stays within the schema; 'fuzzed' puts a hostile value in a field now and then. */
type Mode = 'valid' | 'fuzzed';

/** Values the schema describes, so that requests get past validation into the rules and the database. */
export function validValue(input: Schema, context: FuzzContext, depth = 0, name = '', mode: Mode = 'valid'): fc.Arbitrary<unknown> {
  const schema = resolve(input, context);
  const arbitrary = plainValue(schema, context, depth, name, mode);
  return schema.nullable || input.nullable ? fc.option(arbitrary, { nil: null, freq: 5 }) : arbitrary;
}

function field(schema: Schema, context: FuzzContext, depth: number, name: string, mode: Mode): fc.Arbitrary<unknown> {
  return mode === 'valid' ? validValue(schema, context, depth, name, mode) : fuzzedValue(schema, context, depth, name);
}

function plainValue(schema: Schema, context: FuzzContext, depth: number, name: string, mode: Mode): fc.Arbitrary<unknown> {
  // The schema's own example is valid, and gets a request past validation into the rules and the database.
  const example = schema.example === undefined ? [] : [{ weight: 3, arbitrary: fc.constant(schema.example) }];
  const ids = context.idsFor(name);
  if (schema.allOf?.length) return validValue(schema.allOf[0]!, context, depth, name, mode);
  if (schema.oneOf?.length) return fc.oneof(...example, ...schema.oneOf.map((s) => validValue(s, context, depth + 1, name, mode)));
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      if (ids.length && (schema.format === 'uuid' || /Ids?$/.test(name))) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, fc.uuid());
      return fc.oneof(...example, fc.string({ maxLength: Math.min(schema.maxLength ?? 30, 30) }));
    case 'integer':
      return fc.oneof(...example, fc.integer({ min: schema.minimum ?? -10, max: schema.maximum ?? 3000 }));
    case 'number':
      // OpenAPI says `number` for the DTOs' integers too; an integral example marks one.
      if ([schema.example, schema.minimum ?? 0, schema.maximum ?? 0].every(Number.isInteger)) return fc.oneof(...example, fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 3000 }));
      return fc.oneof(...example, fc.double({ noNaN: true, noDefaultInfinity: true, min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 }));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.oneof(...example, fc.array(schema.items ? field(schema.items, context, depth + 1, name, mode) : fc.anything(), { maxLength: 3 }));
    case 'object':
    default:
      if (schema.properties) return objectValue(schema, context, depth, mode);
      if (schema.example !== undefined) return fc.constant(schema.example);
      return depth > 3 ? fc.constant({}) : fc.dictionary(fc.string({ maxLength: 8 }), field({ type: 'string' }, context, depth + 1, '', mode), { maxKeys: 3 });
  }
}

function objectValue(schema: Schema, context: FuzzContext, depth: number, mode: Mode): fc.Arbitrary<unknown> {
  const properties = Object.entries(schema.properties ?? {});
  const model = Object.fromEntries(properties.map(([key, property]) => [key, field(property, context, depth + 1, key, mode)]));
  const record = fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in model) });
  if (mode === 'valid') return record;
  // Now and then a field the DTO does not have.
  const extra = fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: hostileValue });
  return fc.tuple(record, extra).map(([value, unknown]) => (unknown === undefined ? value : { ...value, zzUnknown: unknown }));
}

/** Mostly a value the schema describes (with hostile values inside it now and then), sometimes a hostile one. */
export function fuzzedValue(schema: Schema, context: FuzzContext, depth = 0, name = ''): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 8, arbitrary: validValue(schema, context, depth, name, 'fuzzed') }, { weight: 1, arbitrary: hostileValue });
}

/** A valid value with one field (at any depth) replaced by a hostile value: what slips past a per-field check. */
function mutated(schema: Schema, context: FuzzContext): fc.Arbitrary<unknown> {
  return fc.tuple(validValue(schema, context), fc.nat(), hostileValue).map(([value, pick, hostile]) => {
    const slots: { owner: Record<string, unknown> | unknown[]; key: string | number }[] = [];
    const collect = (node: unknown) => {
      if (Array.isArray(node)) node.forEach((item, index) => { slots.push({ owner: node, key: index }); collect(item); });
      else if (typeof node === 'object' && node !== null && !(node instanceof RawJson)) {
        for (const [key, item] of Object.entries(node)) { slots.push({ owner: node as Record<string, unknown>, key }); collect(item); }
      }
    };
    const copy = structuredClone(value);
    collect(copy);
    if (slots.length === 0) return hostile;
    const slot = slots[pick % slots.length]!;
    (slot.owner as Record<string | number, unknown>)[slot.key] = hostile;
    return copy;
  });
}

/**
 * A request body: valid by the schema (to reach the rules and the database), valid but for one hostile field,
 * hostile in several fields, or now and then a body of the wrong shape altogether.
 */
export function fuzzedBody(schema: Schema, context: FuzzContext): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 2, arbitrary: validValue(schema, context) },
    { weight: 5, arbitrary: mutated(schema, context) },
    { weight: 2, arbitrary: validValue(schema, context, 0, '', 'fuzzed') },
    { weight: 1, arbitrary: hostileBody },
  );
}

/** A query-string or path value, percent-encoded; a lone surrogate (which UTF-8 cannot hold) goes as its WTF-8 bytes. */
export function encodeParam(value: unknown): string {
  const text = typeof value === 'string' ? value : value instanceof RawJson ? value.text : (JSON.stringify(value) ?? '');
  return [...text].map((char) => {
    try {
      return encodeURIComponent(char);
    } catch {
      const code = char.charCodeAt(0);
      return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    }
  }).join('');
}

export interface QueryPart {
  name: string;
  value: unknown;
  /** `name[]=v` or `name[x]=v`: the extended query parser turns these into arrays and objects. */
  shape: 'plain' | 'array' | 'object';
}

export function fuzzedQuery(parameters: Parameter[], context: FuzzContext): fc.Arbitrary<QueryPart[]> {
  const query = parameters.filter((p) => p.in === 'query');
  const parts = query.map((p) =>
    fc.option(
      fc.record({
        name: fc.constant(p.name),
        value: fc.oneof({ weight: 3, arbitrary: validValue(p.schema ?? { type: 'string' }, context, 0, p.name) }, { weight: 1, arbitrary: hostileValue }),
        shape: fc.constantFrom<QueryPart['shape']>('plain', 'plain', 'plain', 'plain', 'array', 'object'),
      }),
      { freq: 2 },
    ),
  );
  return fc.tuple(...parts).map((chosen) => chosen.filter((part): part is QueryPart => part !== null));
}

export function queryString(parts: QueryPart[]): string {
  const pairs = parts.flatMap(({ name, value, shape }) => {
    const key = encodeURIComponent(shape === 'array' ? `${name}[]` : shape === 'object' ? `${name}[x]` : name);
    return (Array.isArray(value) && value.length > 0 ? value : [value]).map((item) => `${key}=${encodeParam(item)}`);
  });
  return pairs.length ? `?${pairs.join('&')}` : '';
}
