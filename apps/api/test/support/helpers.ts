import { crc32, inflateRawSync } from 'node:zlib';
import type { CreateIndicatorRequest } from '@resultatkedjan/contracts';

/** Polls until `probe` gives a truthy value; a probe that throws counts as "not yet" (its last error is reported). */
export async function eventually<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Rounds for assertions only (DOMAIN.md 7.5: round to the decimals shown). */
export function rounded(value: number | null, decimals: number): number | null {
  return value === null ? null : Number(value.toFixed(decimals));
}

/** A complete narrative and self-assessment for a goal, as the PUT body expects it. */
export function fullAssessment(goalId: string, text = 'Text') {
  return { goalId, whatHappened: `${text}: hänt`, why: `${text}: varför`, nextSteps: `${text}: nästa steg`, selfLevel: 2, selfJustification: `${text}: motivering` };
}

/** A minimal zip (stored, not compressed) — enough to build a .docx-shaped file in a test. */
export function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A POST /indicators body: named after its key, counted in st, higher is better, SUM over nodes and time, quarterly. */
export function indicatorBody(chainElementId: string, key: string, fields: Partial<CreateIndicatorRequest> = {}): CreateIndicatorRequest {
  return {
    chainElementId,
    key,
    name: key,
    unit: 'st',
    direction: 'higher',
    orgAggregation: 'SUM',
    timeAggregation: 'SUM',
    periodicity: 'kvartal',
    purpose: 'Följs upp av nämnden varje kvartal.',
    ...fields,
  };
}

/** The text of one file inside a zip (a DOCX's word/document.xml), inflated; throws when it is not there. */
export function zipText(buffer: Buffer, name: string): string {
  let eocd = buffer.length - 22;
  while (eocd >= 0 && buffer.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let offset = buffer.readUInt32LE(eocd + 16);
  for (let n = buffer.readUInt16LE(eocd + 10); n > 0; n--) {
    const method = buffer.readUInt16LE(offset + 10);
    const size = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const entryName = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (entryName === name) {
      const local = buffer.readUInt32LE(offset + 42);
      const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
      const data = buffer.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    offset += 46 + nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
  }
  throw new Error(`${name} is not in the zip`);
}
