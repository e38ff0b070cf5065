import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataFilters, parseRequest, requestKey } from './request-key.js';
import {
  KOLADA_MAX_IDS,
  KoladaError,
  type KoladaDataRow,
  type KoladaEnvelope,
  type KoladaPage,
  type KoladaProvenance,
  type KoladaTransport,
} from './kolada-types.js';

/** The fixture is checked in at the repository root; the same path works from apps/api/src and apps/api/dist. */
export const DEFAULT_FIXTURE_DIR = fileURLToPath(new URL('../../../../../fixtures/kolada', import.meta.url));

interface IndexEntry {
  file: string;
  request: string;
  provenance: KoladaProvenance;
}

interface LoadedFile {
  entry: IndexEntry;
  body: KoladaEnvelope<unknown>;
}

const PROVENANCE_RANK: Record<KoladaProvenance, number> = { real: 0, constructed: 1, derived: 2, synthetic: 3 };

/**
 * Kolada offline: answers from the checked-in fixture (fixtures/kolada, see its README). A request the index names
 * (ids in any order) gets that file. A plain data request (no from_date) that no file names exactly is answered
 * from the rows of every plain data file that match its filters, as the real API would answer it in one response;
 * the revision files and the edge-case scenario are served only for their exact request, so they never mix into
 * it. Everything else answers like an empty Kolada page. Like the API, a list of more than 25 ids is refused.
 */
export class FixtureKoladaTransport implements KoladaTransport {
  private readonly byKey = new Map<string, LoadedFile>();
  private readonly plainData: LoadedFile[] = [];
  private readonly kpiFiles: LoadedFile[] = [];

  constructor(dir: string = DEFAULT_FIXTURE_DIR) {
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { files: IndexEntry[] };
    for (const entry of index.files) {
      const request = parseRequest(entry.request);
      if (!request) continue;
      const loaded = { entry, body: JSON.parse(readFileSync(join(dir, entry.file), 'utf8')) as KoladaEnvelope<unknown> };
      this.byKey.set(requestKey(request), loaded);
      const plain = request.query.size === 0 && !entry.file.startsWith('data/revisions/');
      if (plain && dataFilters(request.segments)) this.plainData.push(loaded);
      if (request.segments[0] === 'kpi') this.kpiFiles.push(loaded);
    }
  }

  async get(url: string): Promise<KoladaPage> {
    const request = parseRequest(url);
    if (!request) return empty();
    for (const segment of request.segments) {
      if (segment.split(',').length > KOLADA_MAX_IDS) {
        throw new KoladaError(`Kolada tar högst ${KOLADA_MAX_IDS} id per led i adressen (${url})`, 400);
      }
    }
    const exact = this.byKey.get(requestKey(request));
    if (exact) return { body: exact.body, provenance: exact.body.values.map(() => exact.entry.provenance) };

    if (request.segments[0] === 'kpi' && request.segments.length <= 2) {
      return this.kpiCatalogue(request.query.get('title'), request.segments[1]?.split(','));
    }
    const filters = dataFilters(request.segments);
    const paging = new Set(['page', 'per_page']);
    const otherParams = [...request.query.keys()].filter((k) => !paging.has(k));
    if (!filters || otherParams.length > 0 || request.query.get('page') && request.query.get('page') !== '1') return empty();
    return this.select(filters);
  }

  private select(filters: { kpi?: string[]; municipality?: string[]; year?: string[] }): KoladaPage {
    const chosen = new Map<string, { row: KoladaDataRow; provenance: KoladaProvenance }>();
    for (const file of this.plainData) {
      for (const row of file.body.values as KoladaDataRow[]) {
        if (filters.kpi && !filters.kpi.includes(row.kpi)) continue;
        if (filters.municipality && !filters.municipality.includes(row.municipality)) continue;
        if (filters.year && !filters.year.includes(String(row.period))) continue;
        const key = `${row.kpi}|${row.municipality}|${row.period}`;
        const seen = chosen.get(key);
        // The same row in a real and a derived/synthetic file: the real one wins.
        if (!seen || PROVENANCE_RANK[file.entry.provenance] < PROVENANCE_RANK[seen.provenance]) {
          chosen.set(key, { row, provenance: file.entry.provenance });
        }
      }
    }
    const rows = [...chosen.values()];
    return { body: { count: rows.length, values: rows.map((r) => r.row), next_url: null, previous_url: null }, provenance: rows.map((r) => r.provenance) };
  }

  /** `kpi`, `kpi?title=` and `kpi/{ids}`: the fixture's KPIs stand in for Kolada's catalogue (title matched case-insensitively). */
  private kpiCatalogue(title: string | undefined, ids: string[] | undefined): KoladaPage {
    const needle = (title ?? '').toLocaleLowerCase('sv-SE');
    const byId = new Map<string, { kpi: unknown; provenance: KoladaProvenance }>();
    for (const file of this.kpiFiles) {
      for (const kpi of file.body.values as { id: string; title: string }[]) {
        if (needle && !kpi.title.toLocaleLowerCase('sv-SE').includes(needle)) continue;
        if (ids && !ids.includes(kpi.id)) continue;
        byId.set(kpi.id, { kpi, provenance: file.entry.provenance });
      }
    }
    const rows = [...byId.values()];
    return { body: { count: rows.length, values: rows.map((r) => r.kpi), next_url: null, previous_url: null }, provenance: rows.map((r) => r.provenance) };
  }
}

function empty(): KoladaPage {
  return { body: { count: 0, values: [], next_url: null, previous_url: null }, provenance: [] };
}
