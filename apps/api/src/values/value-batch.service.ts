import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ValueBatchResult, ValueRow } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { indicatorQueries } from '../chain/indicators/indicator.queries.js';
import { orgTreeQueries } from '../org/org-tree.queries.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { addFieldError, throwIfFieldErrors, type FieldErrors } from '../common/errors/field-errors.js';
import type { ValueBatchBody } from './value-batch.dto.js';
import { checkRowShapes } from './value-row-shape.js';
import { checkValueRows, type ValueIndicator } from './value-row-rules.js';
import { valueQueries, type CellWrite } from './value.queries.js';
import { refusal, valueWriteScope } from './value-write-scope.js';
import { frozenCells } from '../reports/support/frozen-cells.js';

const NOTHING_SAVED = 'Inga värden sparades: rätta raderna och försök igen.';

/** The indicators and org nodes the rows name, one query each. */
async function loadReferences(m: EntityManager, rows: readonly ValueRow[]) {
  const indicatorIds = [...new Set(rows.map((r) => r.indicatorId))];
  const nodeIds = [...new Set(rows.map((r) => r.orgNodeId))];
  const indicatorRows = await indicatorQueries.linked(m, indicatorIds);
  const nodeRows = await orgTreeQueries.nodes(m, nodeIds);
  const indicators = new Map<string, ValueIndicator>(
    indicatorRows.map((r) => [r.id, { id: r.id, unit: r.unit, periodicity: r.periodicity, orgAggregation: r.orgAggregation, link: r.link }]),
  );
  return { indicators, nodeIds: new Set(nodeRows.map((r) => r.id)) };
}

/** Values in a locked period, or in a submitted or approved report, change only after a controller reopens. */
async function assertNotFrozen(m: EntityManager, rows: readonly ValueRow[]): Promise<void> {
  const cells = new Map(rows.map((r) => [`${r.orgNodeId}|${r.periodKey}`, { orgNodeId: r.orgNodeId, periodKey: r.periodKey }]));
  const frozen = await frozenCells(m, [...cells.values()]);
  if (frozen.size === 0) return;
  const fields: FieldErrors = {};
  rows.forEach((row, index) => {
    if (frozen.has(`${row.orgNodeId}|${row.periodKey}`)) {
      addFieldError(fields, `rows.${index}.periodKey`, 'Värdet är låst: perioden är låst eller rapporten är inlämnad eller godkänd.');
    }
  });
  throw new ConflictException({ message: NOTHING_SAVED, fields });
}

@Injectable()
export class ValueBatchService {
  constructor(private readonly db: TenantDb) {}

  /**
   * Validates every row, checks the caller's scope for every row, then writes and audits the changed cells in one
   * set-based statement — all in one transaction, so a failure leaves nothing written.
   */
  write(auth: AuthContext, body: ValueBatchBody): Promise<ValueBatchResult> {
    const { rows, fields } = checkRowShapes(body.rows);
    throwIfFieldErrors(fields, NOTHING_SAVED);
    return this.db.run(auth.tenantId, async (m) => {
      const { indicators, nodeIds } = await loadReferences(m, rows);
      throwIfFieldErrors(checkValueRows(rows, indicators, nodeIds), NOTHING_SAVED);
      await this.assertScope(m, auth, rows, indicators);
      await assertNotFrozen(m, rows);

      const cells: CellWrite[] = rows.map((r) => ({
        indicatorId: r.indicatorId,
        orgNodeId: r.orgNodeId,
        periodKey: r.periodKey,
        value: r.value,
        referencePeriodKey: r.referencePeriodKey ?? null,
        comment: r.comment ?? null,
        source: r.source ?? 'manual',
      }));
      const { created, updated } = await valueQueries.writeCells(m, { tenantId: auth.tenantId, userId: auth.userId, requestId: auth.requestId }, cells);
      const written = created + updated;
      return { written, created, updated, unchanged: cells.length - written };
    });
  }

  /** Every row's org node must lie in the caller's scope; an ekonom may only write resurs (economic) values. */
  private async assertScope(
    m: EntityManager,
    auth: AuthContext,
    rows: readonly ValueRow[],
    indicators: ReadonlyMap<string, ValueIndicator>,
  ): Promise<void> {
    const scope = await valueWriteScope(m, auth);
    const fields: FieldErrors = {};
    rows.forEach((row, index) => {
      const refused = refusal(scope, row.orgNodeId, indicators.get(row.indicatorId)!.link);
      if (refused === 'node') addFieldError(fields, `rows.${index}.orgNodeId`, 'Du har inte behörighet att rapportera värden för den här enheten.');
      if (refused === 'economic') {
        addFieldError(fields, `rows.${index}.indicatorId`, 'Din roll får bara rapportera ekonomiska värden (indikatorer på länken resurs).');
      }
    });
    if (Object.keys(fields).length > 0) {
      throw new ForbiddenException({ message: 'Du har inte behörighet att rapportera alla rader; inga värden sparades.', fields });
    }
  }
}
