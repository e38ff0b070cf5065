import type { EntityManager } from 'typeorm';
import type { IndicatorSource } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { recordAudit, type AuditEntry } from '../../audit/audit.service.js';
import { cellKey as storedCellKey, isUnchanged, type CellInput } from '../../values/value-cell.js';
import { valueQueries } from '../../values/value.queries.js';
import type { ContentIndicator } from '../content/report-content.js';
import { cellKey, type StoredValue, type ValueMap } from '../content/stored-values.js';
import type { ReportRef } from '../support/report-ref.js';

/** One validated change to a value of the report's node. undefined = keep what is stored. */
export interface ValueEdit {
  indicator: ContentIndicator;
  value: number | null;
  referencePeriodKey?: string | null;
  comment?: string | null;
}

/**
 * Writes the values through the values feature's multi-row upsert (one statement per 1 000 cells) and one delete,
 * skipping unchanged cells, and audits every changed cell in one insert. `value: null` removes a stored value.
 * Call inside the report's transaction.
 */
export async function writeValues(
  m: EntityManager,
  auth: AuthContext,
  ref: ReportRef,
  edits: ValueEdit[],
  stored: ValueMap,
  source: IndicatorSource,
): Promise<number> {
  const upserts: { edit: ValueEdit; cell: CellInput; before: StoredValue | undefined }[] = [];
  const deletes: { edit: ValueEdit; before: StoredValue }[] = [];
  for (const edit of edits) {
    const before = stored.get(cellKey(edit.indicator.id, edit.indicator.valuePeriodKey));
    if (edit.value === null) {
      if (before) deletes.push({ edit, before });
      continue;
    }
    const cell: CellInput = {
      indicatorId: edit.indicator.id,
      orgNodeId: ref.orgNodeId,
      periodKey: edit.indicator.valuePeriodKey,
      value: edit.value,
      referencePeriodKey: edit.referencePeriodKey === undefined ? (before?.referencePeriodKey ?? null) : edit.referencePeriodKey,
      comment: edit.comment === undefined ? (before?.comment ?? null) : edit.comment,
      source,
    };
    if (!isUnchanged(before && { ...before, orgNodeId: ref.orgNodeId }, cell)) upserts.push({ edit, cell, before });
  }

  const entries: AuditEntry[] = [];
  const ids = upserts.length ? await valueQueries.upsertCells(m, auth.tenantId, auth.userId, upserts.map((u) => u.cell)) : new Map<string, string>();
  for (const { edit, cell, before } of upserts) {
    entries.push({
      action: before ? 'update' : 'create',
      entityType: 'indicator_value',
      entityId: ids.get(storedCellKey(cell))!,
      before: before ? snapshot(ref, edit.indicator, before) : null,
      after: snapshot(ref, edit.indicator, cell),
    });
  }
  if (deletes.length > 0) {
    await valueQueries.deleteByIds(m, deletes.map((d) => d.before.id));
    for (const { edit, before } of deletes) {
      entries.push({ action: 'delete', entityType: 'indicator_value', entityId: before.id, before: snapshot(ref, edit.indicator, before), after: null });
    }
  }
  await recordAudit(m, auth, entries);
  return entries.length;
}

function snapshot(
  ref: ReportRef,
  indicator: ContentIndicator,
  v: { value: number; referencePeriodKey: string | null; comment: string | null; source: IndicatorSource },
): object {
  return {
    reportId: ref.id,
    orgNodeId: ref.orgNodeId,
    indicatorId: indicator.id,
    indicatorKey: indicator.key,
    periodKey: indicator.valuePeriodKey,
    value: v.value,
    referencePeriodKey: v.referencePeriodKey,
    comment: v.comment,
    source: v.source,
  };
}
