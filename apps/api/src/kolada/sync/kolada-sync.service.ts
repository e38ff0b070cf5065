import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { jobRunQueries } from '../../platform/jobs/job-run.queries.js';
import { NotificationService, type NotificationInput } from '../../notifications/notification.service.js';
import { tenantQueries } from '../../tenancy/tenant.queries.js';
import { indicatorQueries, type KoladaMappedIndicator } from '../../chain/indicators/indicator.queries.js';
import { EVERY_GOAL } from '../../goals/draft-visibility.js';
import { valueQueries, type CellWrite } from '../../values/value.queries.js';
import { userQueries } from '../../users/user.queries.js';
import { KoladaClient } from '../client/kolada-client.js';
import type { KoladaValue } from '../client/kolada-types.js';
import { benchmarkQueries, type RevisionRow } from '../benchmarks/benchmark.queries.js';
import { ComparisonSets } from '../comparison/comparison-sets.js';
import { koladaSyncStateQueries } from './kolada-sync-state.queries.js';
import { diffBenchmarks, isRealKommunkod, lastFiveYears } from './kolada-diff.js';
import { attributableToKolada } from '../client/kolada-types.js';

/** The comment on an own value from Kolada; says whether it may be shown as "Källa: Kolada". */
export const KOLADA_NOTE = 'Källa: Kolada';
export const NOT_KOLADA_NOTE = 'Från Koladas testdata (bearbetat eller syntetiskt), inte Kolada';

export const KOLADA_SYNC_JOB_NAME = 'kolada-sync';
export const RIKET = '0000';

export interface KoladaSyncResult {
  status: 'done' | 'already-done' | 'nothing-mapped';
  kpis: string[];
  municipalities: string[];
  years: number[];
  fromDate: string | null;
  fetched: number;
  ownValues: number;
  benchmarkValues: number;
  revisions: number;
  notifications: number;
}

interface SyncPlan {
  tenantId: string;
  own: string | null;
  mapped: KoladaMappedIndicator[];
  kpis: string[];
  municipalities: string[];
  years: number[];
  scope: string;
  fromDate: string | null;
}

/**
 * One kommun's Kolada sync: the mapped KPIs for the kommun itself (when it is a real one), its comparison set and
 * Riket over the last five years; after the first complete run only what changed since (`from_date`). The kommun's
 * own values land once in the value store (source `kolada`, never over a value someone entered), the others in
 * benchmark_value; a published value that changes is recorded as a revision and its indicators' owners notified.
 * Fetching happens before the transaction; writing is one transaction that claims the run's job_run key, so a retry
 * of a completed run repeats nothing.
 */
@Injectable()
export class KoladaSyncService {
  constructor(
    private readonly db: TenantDb,
    private readonly client: KoladaClient,
    private readonly comparison: ComparisonSets,
    private readonly notifications: NotificationService,
  ) {}

  async run(tenantId: string, today: string, runKey: string, options: { years?: number[] } = {}): Promise<KoladaSyncResult> {
    const plan = await this.db.run(tenantId, (m) => this.plan(m, tenantId, today, options.years));
    const base = { kpis: plan.kpis, municipalities: plan.municipalities, years: plan.years, fromDate: plan.fromDate };
    const zero = { fetched: 0, ownValues: 0, benchmarkValues: 0, revisions: 0, notifications: 0 };
    if (plan.kpis.length === 0) return { status: 'nothing-mapped', ...base, ...zero };

    const fetched = await this.client.data({ kpis: plan.kpis, municipalities: plan.municipalities, years: plan.years, fromDate: plan.fromDate ?? undefined });
    const written = await this.db.run(tenantId, async (m) => {
      if (!(await jobRunQueries.claim(m, tenantId, runKey, KOLADA_SYNC_JOB_NAME, null))) return null;
      const result = await this.store(m, plan, fetched);
      await koladaSyncStateQueries.set(m, tenantId, today, plan.scope);
      await jobRunQueries.complete(m, runKey, { today, ...base, ...result.counts });
      return result;
    });
    if (!written) return { status: 'already-done', ...base, ...zero };
    await this.notifications.dispatch(tenantId, written.notificationIds);
    return { status: 'done', ...base, ...written.counts };
  }

  private async plan(m: EntityManager, tenantId: string, today: string, years: number[] | undefined): Promise<SyncPlan> {
    const tenant = await tenantQueries.find(m, tenantId);
    const own = tenant && isRealKommunkod(tenant.kommunkod) ? tenant.kommunkod : null;
    const mapped = await indicatorQueries.koladaMapped(m, EVERY_GOAL);
    const kpis = [...new Set(mapped.map((i) => i.koladaId))].sort();
    const members = await this.comparison.effective(m, tenant?.kommunkod ?? null);
    const municipalities = [...new Set([...(own ? [own] : []), ...members, RIKET])];
    const span = years && years.length > 0 ? [...new Set(years)].sort((a, b) => a - b) : lastFiveYears(today);
    const scope = `${kpis.join(',')}|${municipalities.join(',')}|${span.join(',')}`;
    const state = await koladaSyncStateQueries.get(m);
    const fromDate = state && state.scope === scope ? state.lastSyncedOn : null;
    return { tenantId, own, mapped, kpis, municipalities, years: span, scope, fromDate };
  }

  private async store(m: EntityManager, plan: SyncPlan, fetched: readonly KoladaValue[]) {
    const others = fetched.filter((v) => v.municipality !== plan.own);
    const stored = await benchmarkQueries.values(m, { kpiIds: plan.kpis, municipalityIds: plan.municipalities, fromYear: plan.years[0], toYear: plan.years.at(-1) });
    const diff = diffBenchmarks(others, stored);
    await benchmarkQueries.remove(m, diff.remove);
    await benchmarkQueries.upsert(m, plan.tenantId, diff.write);

    const own = await this.storeOwn(m, plan, fetched.filter((v) => v.municipality === plan.own));
    const revisions = [...diff.revisions, ...own.revisions];
    await benchmarkQueries.recordRevisions(m, plan.tenantId, revisions);
    const notices = await this.revisionNotices(m, plan, revisions);
    const notificationIds = await this.notifications.record(m, plan.tenantId, notices);
    return {
      notificationIds,
      counts: { fetched: fetched.length, ownValues: own.written, benchmarkValues: diff.write.length, revisions: revisions.length, notifications: notificationIds.length },
    };
  }

  /**
   * The kommun's own totals into the value store on the goal owner's node, per year. Ratio indicators are computed
   * from their numerator and denominator, so a Kolada figure is not stored on them; neither is one over a value
   * entered by hand or imported.
   */
  private async storeOwn(m: EntityManager, plan: SyncPlan, values: readonly KoladaValue[]): Promise<{ written: number; revisions: RevisionRow[] }> {
    const totals = values.filter((v) => v.gender === 'T' && !v.deleted && v.value !== null);
    const targets = plan.mapped.filter((i) => i.orgAggregation !== 'RATIO');
    const cells: CellWrite[] = [];
    for (const v of totals) {
      for (const indicator of targets.filter((i) => i.koladaId === v.kpi)) {
        cells.push({ indicatorId: indicator.id, orgNodeId: indicator.ownerNodeId, periodKey: String(v.year), value: v.value!, referencePeriodKey: null, comment: attributableToKolada(v.provenance) ? KOLADA_NOTE : NOT_KOLADA_NOTE, source: 'kolada' });
      }
    }
    if (cells.length === 0) return { written: 0, revisions: [] };
    const existing = await valueQueries.cellsWithSource(m, [...new Set(cells.map((c) => c.indicatorId))], [...new Set(cells.map((c) => c.orgNodeId))], [...new Set(cells.map((c) => c.periodKey))]);
    const byCell = new Map(existing.map((e) => [`${e.indicatorId}|${e.orgNodeId}|${e.periodKey}`, e]));
    const writable: CellWrite[] = [];
    const revisions = new Map<string, RevisionRow>();
    for (const cell of cells) {
      const old = byCell.get(`${cell.indicatorId}|${cell.orgNodeId}|${cell.periodKey}`);
      if (old && old.source !== 'kolada') continue;
      writable.push(cell);
      if (old && Math.abs(old.value - cell.value) > 1e-9) {
        const kpi = plan.mapped.find((i) => i.id === cell.indicatorId)!.koladaId;
        revisions.set(`${kpi}|${cell.periodKey}`, { kpiId: kpi, municipalityId: plan.own!, year: Number(cell.periodKey), gender: 'T', oldValue: old.value, newValue: cell.value });
      }
    }
    await valueQueries.writeCells(m, { tenantId: plan.tenantId, userId: null }, writable);
    return { written: writable.length, revisions: [...revisions.values()] };
  }

  /** One notice per owner (users with the controller role over the goal's owner node) and run, listing the revisions. */
  private async revisionNotices(m: EntityManager, plan: SyncPlan, revisions: readonly RevisionRow[]): Promise<NotificationInput[]> {
    if (revisions.length === 0) return [];
    const byUser = new Map<string, { email: string; name: string; lines: Set<string> }>();
    for (const indicator of plan.mapped) {
      const own = revisions.filter((r) => r.kpiId === indicator.koladaId);
      if (own.length === 0) continue;
      for (const user of await userQueries.withRoleCovering(m, 'controller', [indicator.ownerNodeId])) {
        const entry = byUser.get(user.user_id) ?? { email: user.email, name: user.display_name, lines: new Set<string>() };
        for (const r of own) entry.lines.add(`${indicator.key} ${indicator.name} (${r.kpiId}), ${r.municipalityId} ${r.year}: ${fmt(r.oldValue)} → ${fmt(r.newValue)}`);
        byUser.set(user.user_id, entry);
      }
    }
    const stamp = revisions.map((r) => `${r.kpiId}${r.municipalityId}${r.year}${r.gender}${r.newValue}`).join(';');
    return [...byUser.entries()].map(([userId, u]) => ({
      dedupeKey: `kolada-revision:${createHash('sha256').update(stamp).digest('hex').slice(0, 24)}:${userId}`,
      kind: 'kolada_revidering',
      recipientUserId: userId,
      recipientEmail: u.email,
      subject: `Kolada har reviderat ${u.lines.size === 1 ? 'ett publicerat värde' : `${u.lines.size} publicerade värden`}`,
      body: `Hej ${u.name}!\n\nKolada har ändrat värden som redan var publicerade (gammalt → nytt):\n${[...u.lines].sort().map((l) => `- ${l}`).join('\n')}\n\nDetta är ett automatiskt meddelande från Resultatkedjan.`,
    }));
  }
}

const fmt = (v: number | null) => (v === null ? 'saknar värde' : v.toLocaleString('sv-SE', { maximumFractionDigits: 6 }));

