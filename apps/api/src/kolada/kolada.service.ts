import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';
import {
  KoladaJob,
  QueueName,
  type BenchmarkSeriesDto,
  type ComparisonSetDto,
  type IndicatorBenchmarkDto,
  type KoladaKpiDto,
  type KoladaMunicipalityDto,
  type KoladaSyncJobData,
  type KpiBenchmarkDto,
  type KpiPreviewDto,
} from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { AuditService } from '../audit/audit.service.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { Clock } from '../platform/jobs/clock.js';
import { orNotFound } from '../common/errors/not-found.js';
import { addFieldError, throwIfFieldErrors, type FieldErrors } from '../common/errors/field-errors.js';
import { tenantQueries } from '../tenancy/tenant.queries.js';
import { indicatorQueries, type KoladaMappedIndicator } from '../chain/indicators/indicator.queries.js';
import { draftVisibilityOf, type DraftVisibility } from '../goals/draft-visibility.js';
import { valueQueries } from '../values/value.queries.js';
import { KoladaClient } from './client/kolada-client.js';
import { attributableToKolada } from './client/kolada-types.js';
import { koladaReferenceQueries } from './reference/kolada-reference.queries.js';
import { comparisonQueries } from './comparison/comparison.queries.js';
import { ComparisonSets } from './comparison/comparison-sets.js';
import { benchmarkQueries, type BenchmarkRow } from './benchmarks/benchmark.queries.js';
import { buildSeries, spreadOf, yearSpan } from './benchmarks/benchmark-series.js';
import { KpiCatalogue } from './kpis/kpi-catalogue.js';
import { isRealKommunkod, lastFiveYears } from './sync/kolada-diff.js';
import { KOLADA_NOTE } from './sync/kolada-sync.service.js';
import { KOLADA_SYNC_JOB_OPTIONS } from './sync/kolada.processor.js';

/** Use cases of Kolada benchmarking on the API side: KPIs, comparison set, mapping, syncs and benchmark reads. */
@Injectable()
export class KoladaService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly client: KoladaClient,
    private readonly catalogue: KpiCatalogue,
    private readonly comparison: ComparisonSets,
    private readonly clock: Clock,
    @InjectQueue(QueueName.kolada) private readonly queue: Queue,
  ) {}

  searchKpis(text: string): Promise<KoladaKpiDto[]> {
    return this.catalogue.search(text);
  }

  async municipalities(auth: AuthContext): Promise<KoladaMunicipalityDto[]> {
    return this.db.run(auth.tenantId, async (m) => {
      const municipalities = await koladaReferenceQueries.municipalities(m);
      const groups = await koladaReferenceQueries.groups(m);
      return [...municipalities, ...groups.map((g) => ({ id: g.id, title: g.title, type: 'G', kommungruppId: null }))];
    });
  }

  async comparisonSet(auth: AuthContext): Promise<ComparisonSetDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const tenant = orNotFound(await tenantQueries.find(m, auth.tenantId), 'Kommunen');
      const chosen = await this.comparison.chosen(m);
      const ids = await this.comparison.effective(m, tenant.kommunkod);
      const names = await koladaReferenceQueries.titles(m, ids);
      return {
        ownKommunkod: isRealKommunkod(tenant.kommunkod) ? tenant.kommunkod : null,
        chosen: chosen.length > 0,
        members: ids.map((id) => ({ id, title: names.get(id) ?? id })),
      };
    });
  }

  async setComparisonSet(auth: AuthContext, memberIds: readonly string[]): Promise<ComparisonSetDto> {
    const ids = [...new Set(memberIds)];
    await this.db.run(auth.tenantId, async (m) => {
      const known = await koladaReferenceQueries.titles(m, ids);
      const fields: FieldErrors = {};
      ids.forEach((id, i) => {
        if (!known.has(id)) addFieldError(fields, `memberIds.${i}`, `${id} finns inte bland Koladas kommuner och grupper.`);
      });
      throwIfFieldErrors(fields);
      const before = await comparisonQueries.replace(m, auth.tenantId, ids);
      await this.audit.record(m, auth, { action: 'update', entityType: 'comparison_set', entityId: auth.tenantId, before: { memberIds: before }, after: { memberIds: ids } });
    });
    return this.comparisonSet(auth);
  }

  async mapIndicator(auth: AuthContext, indicatorId: string, kpiId: string | null): Promise<{ indicatorId: string; kpiId: string | null }> {
    if (kpiId !== null && !(await this.catalogue.byIds([kpiId])).has(kpiId)) {
      throwIfFieldErrors({ kpiId: [`KPI ${kpiId} finns inte i Kolada.`] });
    }
    return this.db.run(auth.tenantId, async (m) => {
      const indicator = orNotFound(await indicatorQueries.find(m, indicatorId), 'Indikatorn');
      const before = indicator.koladaId;
      indicator.koladaId = kpiId;
      await indicatorQueries.save(m, indicator);
      await this.audit.record(m, auth, { action: 'update', entityType: 'indicator', entityId: indicator.id, before: { koladaId: before }, after: { koladaId: kpiId } });
      return { indicatorId: indicator.id, kpiId };
    });
  }

  /** Enqueued after any transaction: the worker fetches and writes. */
  async startSync(auth: AuthContext, fromYear?: number, toYear?: number): Promise<{ jobId: string }> {
    const today = this.clock.today();
    const fallback = lastFiveYears(today);
    const from = fromYear ?? (toYear !== undefined ? toYear - 4 : fallback[0]!);
    const to = toYear ?? (fromYear !== undefined ? Math.max(fromYear, fallback.at(-1)!) : fallback.at(-1)!);
    if (from > to || to - from > 29) throwIfFieldErrors({ fromYear: ['Välj ett spann på högst 30 år där första året inte är efter det sista.'] });
    const jobId = `kolada-sync-${auth.tenantId}-${randomUUID()}`;
    const data: KoladaSyncJobData = { tenantId: auth.tenantId, today, years: yearSpan(from, to) };
    await this.queue.add(KoladaJob.kommunSync, data, { ...KOLADA_SYNC_JOB_OPTIONS, jobId });
    return { jobId };
  }

  /** A KPI's values for the comparison set, fetched now (not stored), so the controller can judge a mapping. */
  async preview(auth: AuthContext, kpiId: string): Promise<KpiPreviewDto> {
    const kpi = (await this.catalogue.byIds([kpiId])).get(kpiId) ?? null;
    const { own, members, names } = await this.db.run(auth.tenantId, (m) => this.setOf(m, auth.tenantId));
    const years = lastFiveYears(this.clock.today());
    const ids = [...(own ? [own] : []), ...members];
    const fetched = kpi ? await this.client.data({ kpis: [kpiId], municipalities: ids, years }) : [];
    const rows: BenchmarkRow[] = fetched.filter((v) => !v.deleted).map((v) => ({ kpiId: v.kpi, municipalityId: v.municipality, year: v.year, gender: v.gender, value: v.value, attributable: attributableToKolada(v.provenance) }));
    const { series } = buildSeries(ids, rows, names, years);
    return { kpi, series: series.map((s) => (s.municipalityId === own ? { ...s, kind: 'egen' } : s)) };
  }

  async kpiBenchmark(auth: AuthContext, kpiId: string, fromYear?: number, toYear?: number): Promise<KpiBenchmarkDto> {
    const kpi = (await this.catalogue.byIds([kpiId])).get(kpiId) ?? null;
    return this.db.run(auth.tenantId, async (m) => {
      const { own, members, names, tenantName } = await this.setOf(m, auth.tenantId);
      const rows = await benchmarkQueries.values(m, { kpiIds: [kpiId], municipalityIds: members, fromYear: fromYear ?? null, toYear: toYear ?? null });
      const ownPoints = await this.ownPoints(m, kpiId, draftVisibilityOf(auth));
      const stored = [...rows.map((r) => r.year), ...ownPoints.map((p) => p.year)];
      const years = yearSpan(fromYear ?? (stored.length ? Math.min(...stored) : lastFiveYears(this.clock.today())[0]!), toYear ?? (stored.length ? Math.max(...stored) : lastFiveYears(this.clock.today())[4]!));
      const { series, spread } = buildSeries(members, rows, names, years);
      const mine: BenchmarkSeriesDto = { municipalityId: own ?? 'egen', name: tenantName, kind: 'egen', points: ownPoints.filter((p) => years.includes(p.year)) };
      return { kpiId, kpi, years, series: [mine, ...series], spread };
    });
  }

  /** For the chain view and the analysis page: each mapped indicator's comparison values in its latest Kolada year. */
  async indicatorBenchmarks(auth: AuthContext): Promise<IndicatorBenchmarkDto[]> {
    return this.db.run(auth.tenantId, async (m) => {
      const mapped = await indicatorQueries.koladaMapped(m, draftVisibilityOf(auth));
      if (mapped.length === 0) return [];
      const { members, names, tenantName } = await this.setOf(m, auth.tenantId);
      const rows = await benchmarkQueries.values(m, { kpiIds: [...new Set(mapped.map((i) => i.koladaId))], municipalityIds: members });
      return mapped.map((indicator) => ({ ...toIndicatorBenchmark(indicator, members, rows.filter((r) => r.kpiId === indicator.koladaId), names), kommunName: tenantName }));
    });
  }

  private async setOf(m: EntityManager, tenantId: string) {
    const tenant = orNotFound(await tenantQueries.find(m, tenantId), 'Kommunen');
    const own = isRealKommunkod(tenant.kommunkod) ? tenant.kommunkod : null;
    const members = (await this.comparison.effective(m, tenant.kommunkod)).filter((id) => id !== own);
    const names = await koladaReferenceQueries.titles(m, [...members, ...(own ? [own] : [])]);
    return { own, members, names, tenantName: tenant.name };
  }

  /** The kommun's own yearly values of the indicators mapped to the KPI, on their goal owner's node. */
  private async ownPoints(m: EntityManager, kpiId: string, visibility: DraftVisibility) {
    const mapped = (await indicatorQueries.koladaMapped(m, visibility)).filter((i) => i.koladaId === kpiId);
    if (mapped.length === 0) return [];
    const years = yearSpan(1990, 2100).map(String);
    const cells = await valueQueries.cellsWithSource(m, mapped.map((i) => i.id), mapped.map((i) => i.ownerNodeId), years);
    const byYear = new Map<number, { year: number; value: number | null; fromKolada: boolean }>();
    for (const cell of cells) byYear.set(Number(cell.periodKey), { year: Number(cell.periodKey), value: cell.value, fromKolada: cell.source === 'kolada' && cell.comment === KOLADA_NOTE });
    return [...byYear.values()].sort((a, b) => a.year - b.year);
  }
}

function toIndicatorBenchmark(indicator: KoladaMappedIndicator, members: readonly string[], rows: readonly BenchmarkRow[], names: ReadonlyMap<string, string>): Omit<IndicatorBenchmarkDto, 'kommunName'> {
  const totals = rows.filter((r) => r.gender === 'T' && r.value !== null);
  // The latest year Kolada itself vouches for; only when there is none, the latest year of any value.
  const attributed = totals.filter((r) => r.attributable);
  const pool = attributed.length ? attributed : totals;
  const year = pool.length ? Math.max(...pool.map((r) => r.year)) : null;
  const { series } = buildSeries(members, rows, names, year === null ? [] : [year]);
  return {
    indicatorId: indicator.id,
    indicatorKey: indicator.key,
    kpiId: indicator.koladaId,
    year,
    values: series.map((s) => ({ municipalityId: s.municipalityId, name: s.name, value: s.points[0]?.value ?? null, fromKolada: s.points[0]?.fromKolada ?? false })),
    spread: year === null ? null : spreadOf(year, series),
  };
}
