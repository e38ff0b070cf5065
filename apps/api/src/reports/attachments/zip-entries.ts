/** One entry of a zip file's central directory. */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

/**
 * Lists a zip's entries from its central directory without inflating anything, so a file can be recognised
 * (docx, xlsx) and a zip bomb refused before any library unpacks it. null when the buffer is not a readable zip
 * (or is a ZIP64 archive, which no 5 MB Office file needs).
 */
export function zipEntries(buffer: Buffer): ZipEntry[] | null {
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== 0x04034b50) return null;
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65_557); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL) return null;
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const uncompressedSize = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    if (compressedSize === ZIP64_MARK || uncompressedSize === ZIP64_MARK) return null;
    const end = offset + 46 + nameLength;
    if (end > buffer.length) return null;
    entries.push({ name: buffer.toString('utf8', offset + 46, end), compressedSize, uncompressedSize });
    offset = end + extraLength + commentLength;
  }
  return entries;
}
