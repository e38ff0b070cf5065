import { KOLADA_BASE_URL } from './kolada-types.js';

/** A Kolada request taken apart: path segments (ids sorted inside each list) and the query without paging. */
export interface ParsedRequest {
  /** e.g. ['data', 'kpi', 'N15428', 'municipality', '0580,1384', 'year', '2020,2021'] */
  segments: string[];
  query: Map<string, string>;
}

export function parseRequest(url: string): ParsedRequest | null {
  let parsed: URL;
  try {
    parsed = new URL(url, `${KOLADA_BASE_URL}/`);
  } catch {
    return null;
  }
  const base = new URL(`${KOLADA_BASE_URL}/`);
  if (parsed.origin !== base.origin || !parsed.pathname.startsWith(base.pathname)) return null;
  const segments = parsed.pathname
    .slice(base.pathname.length)
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s));
  const query = new Map([...parsed.searchParams.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return { segments, query };
}

/** Order-insensitive key of a request: lists of ids compare as sets. */
export function requestKey(request: ParsedRequest): string {
  const path = request.segments.map((s) => (s.includes(',') ? s.split(',').sort().join(',') : s)).join('/');
  const query = [...request.query.entries()].map(([k, v]) => `${k}=${v}`).join('&');
  return query ? `${path}?${query}` : path;
}

/** The id lists of a data path (`data/kpi/{k}/municipality/{m}/year/{y}`, any two of three), or null for other paths. */
export function dataFilters(segments: readonly string[]): { kpi?: string[]; municipality?: string[]; year?: string[] } | null {
  if (segments[0] !== 'data' || segments.length < 3 || segments.length % 2 === 0) return null;
  const filters: Record<string, string[]> = {};
  for (let i = 1; i < segments.length; i += 2) {
    const name = segments[i]!;
    if (!['kpi', 'municipality', 'year'].includes(name)) return null;
    filters[name] = segments[i + 1]!.split(',');
  }
  return filters;
}
