/** Shapes of the Kolada v3 API (see fixtures/kolada/README.md §1). */

export const KOLADA_BASE_URL = 'https://api.kolada.se/v3';

/** Kolada allows at most 25 values per path segment or filter. */
export const KOLADA_MAX_IDS = 25;

export interface KoladaEnvelope<T> {
  count?: number;
  values: T[];
  next_url?: string | null;
  previous_url?: string | null;
}

/**
 * Where a row came from. Online every row is `real`; offline the fixture's index says so per file. Only `real` and
 * `constructed` (real rows, our composition) may be shown as "Källa: Kolada".
 */
export type KoladaProvenance = 'real' | 'constructed' | 'derived' | 'synthetic';

export function attributableToKolada(provenance: KoladaProvenance): boolean {
  return provenance === 'real' || provenance === 'constructed';
}

/** One response page; `provenance[i]` belongs to `body.values[i]`. */
export interface KoladaPage<T = unknown> {
  body: KoladaEnvelope<T>;
  provenance: KoladaProvenance[];
}

export interface KoladaKpi {
  id: string;
  title: string;
  description: string | null;
  is_divided_by_gender: boolean | number;
  municipality_type: string | null;
  operating_area?: string | null;
  publ_period?: string | number | null;
}

export interface KoladaMunicipality {
  id: string;
  title: string;
  type: string;
}

export interface KoladaMunicipalityGroup {
  id: string;
  title: string;
  members: { member_id: string; member_title: string }[];
}

export type KoladaGender = 'T' | 'K' | 'M';

export interface KoladaDataRow {
  kpi: string;
  period: number;
  municipality: string;
  values: { gender: KoladaGender; count?: number; status?: string; value: number | null; isdeleted?: boolean }[];
}

/** A data row flattened to one gender, with its provenance. */
export interface KoladaValue {
  kpi: string;
  municipality: string;
  year: number;
  gender: KoladaGender;
  value: number | null;
  deleted: boolean;
  provenance: KoladaProvenance;
}

export class KoladaError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The API answered 410 Gone: the address (e.g. the shut-down v2) no longer exists, retrying will not help. */
export class KoladaGoneError extends KoladaError {}

/** What the client needs from the network (or the fixture): one GET of an absolute URL. */
export interface KoladaTransport {
  get(url: string): Promise<KoladaPage>;
}
