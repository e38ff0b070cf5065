/** `attachment` with an ASCII fallback name and the real name in RFC 5987 form (å, ä, ö survive). */
export function contentDisposition(filename: string): string {
  const fallback = filename.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
