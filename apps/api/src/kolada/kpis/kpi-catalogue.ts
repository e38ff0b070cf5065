import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { KoladaKpiDto } from '@resultatkedjan/contracts';
import { KoladaClient } from '../client/kolada-client.js';
import type { KoladaKpi } from '../client/kolada-types.js';

export const KPI_ID_PATTERN = /^[A-Z]\d{5}$/;

/** "… andel (%)" → "%", "Kostnad grundskola F-9, hemkommun, kr/elev" → "kr/elev": Kolada has no unit field. */
export function unitFromTitle(title: string): string | null {
  const paren = /\(([^()]*)\)\s*$/.exec(title);
  if (paren && !/^-\s*\d{4}$/.test(paren[1]!.trim())) return paren[1]!.trim();
  const last = title.split(',').at(-1)?.trim() ?? '';
  return title.includes(',') && last.length <= 30 ? last : null;
}

export function toKpiDto(kpi: KoladaKpi): KoladaKpiDto {
  return {
    id: kpi.id,
    title: kpi.title,
    description: kpi.description ?? null,
    unit: unitFromTitle(kpi.title),
    // v3 has sent both JSON booleans and 0/1.
    isDividedByGender: Boolean(kpi.is_divided_by_gender),
    municipalityType: kpi.municipality_type ?? null,
    operatingArea: kpi.operating_area ?? null,
  };
}

/** KPI metadata from Kolada, kept a day in memory (it changes with Kolada's publications, not by the minute). */
@Injectable()
export class KpiCatalogue {
  private readonly byId = new LRUCache<string, KoladaKpiDto>({ max: 7000, ttl: 24 * 3600 * 1000 });
  private readonly searches = new LRUCache<string, KoladaKpiDto[]>({ max: 200, ttl: 24 * 3600 * 1000 });

  constructor(private readonly client: KoladaClient) {}

  async search(text: string): Promise<KoladaKpiDto[]> {
    const key = text.trim().toLocaleLowerCase('sv-SE');
    const cached = this.searches.get(key);
    if (cached) return cached;
    const found = (await this.client.searchKpis(key)).map(toKpiDto).sort((a, b) => a.title.localeCompare(b.title, 'sv'));
    for (const kpi of found) this.byId.set(kpi.id, kpi);
    this.searches.set(key, found);
    return found;
  }

  async byIds(ids: readonly string[]): Promise<Map<string, KoladaKpiDto>> {
    const wanted = [...new Set(ids)].filter((id) => KPI_ID_PATTERN.test(id));
    const missing = wanted.filter((id) => !this.byId.has(id));
    if (missing.length > 0) for (const kpi of await this.client.kpis(missing)) this.byId.set(kpi.id, toKpiDto(kpi));
    return new Map(wanted.flatMap((id) => (this.byId.has(id) ? [[id, this.byId.get(id)!] as const] : [])));
  }
}
