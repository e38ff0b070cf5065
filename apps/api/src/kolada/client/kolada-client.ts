import {
  KOLADA_BASE_URL,
  KOLADA_MAX_IDS,
  KoladaError,
  type KoladaDataRow,
  type KoladaKpi,
  type KoladaMunicipality,
  type KoladaMunicipalityGroup,
  type KoladaProvenance,
  type KoladaTransport,
  type KoladaValue,
} from './kolada-types.js';

/** A safety stop against a next_url that never ends (the real API has at most a few pages per request). */
const MAX_PAGES = 1000;

export interface DataQuery {
  kpis: readonly string[];
  municipalities: readonly string[];
  years: readonly number[];
  /** Only values changed (or deleted) since this date, YYYY-MM-DD. */
  fromDate?: string;
}

export function chunk<T>(items: readonly T[], size = KOLADA_MAX_IDS): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * Kolada v3 over a transport (the live API or the offline fixture): follows `next_url` (null, absent or "" ends it;
 * relative links resolve against the page's URL) and splits id lists into segments of at most 25.
 */
export class KoladaClient {
  constructor(
    private readonly transport: KoladaTransport,
    private readonly baseUrl = KOLADA_BASE_URL,
  ) {}

  /** Every object of every page, each with its provenance. */
  async getAll<T>(path: string): Promise<{ value: T; provenance: KoladaProvenance }[]> {
    const all: { value: T; provenance: KoladaProvenance }[] = [];
    let url: string | null = new URL(path, `${this.baseUrl}/`).toString();
    const seen = new Set<string>();
    while (url) {
      if (seen.has(url) || seen.size >= MAX_PAGES) throw new KoladaError(`Kolada: sidorna tar inte slut (${url})`);
      seen.add(url);
      const page = await this.transport.get(url);
      page.body.values.forEach((value, i) => all.push({ value: value as T, provenance: page.provenance[i] ?? 'real' }));
      const next = page.body.next_url;
      url = typeof next === 'string' && next.trim() !== '' ? new URL(next, url).toString() : null;
    }
    return all;
  }

  async municipalities(): Promise<KoladaMunicipality[]> {
    return (await this.getAll<KoladaMunicipality>('municipality')).map((r) => r.value);
  }

  async municipalityGroups(ids: readonly string[]): Promise<KoladaMunicipalityGroup[]> {
    return this.byIds<KoladaMunicipalityGroup>('municipality_groups', ids);
  }

  /** Kolada's KPI catalogue, optionally filtered by a free-text title. */
  async searchKpis(title: string): Promise<KoladaKpi[]> {
    const query = title.trim() ? `?title=${encodeURIComponent(title.trim())}` : '';
    return (await this.getAll<KoladaKpi>(`kpi${query}`)).map((r) => r.value);
  }

  async kpis(ids: readonly string[]): Promise<KoladaKpi[]> {
    return this.byIds<KoladaKpi>('kpi', ids);
  }

  /** Every value of the query, one per (kpi, municipality, year, gender); requests ≤ 25 ids per segment. */
  async data(query: DataQuery): Promise<KoladaValue[]> {
    const values: KoladaValue[] = [];
    if (query.kpis.length === 0 || query.municipalities.length === 0 || query.years.length === 0) return values;
    const suffix = query.fromDate ? `?from_date=${encodeURIComponent(query.fromDate)}` : '';
    for (const kpis of chunk(query.kpis)) {
      for (const municipalities of chunk(query.municipalities)) {
        for (const years of chunk(query.years)) {
          const path = `data/kpi/${kpis.join(',')}/municipality/${municipalities.join(',')}/year/${years.join(',')}${suffix}`;
          for (const { value: row, provenance } of await this.getAll<KoladaDataRow>(path)) {
            for (const v of row.values ?? []) {
              values.push({
                kpi: row.kpi,
                municipality: row.municipality,
                year: Number(row.period),
                gender: v.gender,
                value: typeof v.value === 'number' && Number.isFinite(v.value) ? v.value : null,
                deleted: v.isdeleted === true,
                provenance,
              });
            }
          }
        }
      }
    }
    return values;
  }

  private async byIds<T>(resource: string, ids: readonly string[]): Promise<T[]> {
    const all: T[] = [];
    for (const part of chunk([...new Set(ids)])) {
      all.push(...(await this.getAll<T>(`${resource}/${part.map(encodeURIComponent).join(',')}`)).map((r) => r.value));
    }
    return all;
  }
}
