import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Action, type GrunduppdragDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { AuditService } from '../audit/audit.service.js';
import { orNotFound } from '../common/errors/not-found.js';
import { pageWindow, type Page } from '../common/pagination/page-query.dto.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { assertNoRuleViolations } from '../common/errors/field-errors.js';
import type { CreateGrunduppdragDto, GrunduppdragQueryDto, UpdateGrunduppdragDto } from './dto/grunduppdrag.dto.js';
import type { Grunduppdrag } from './grunduppdrag.entity.js';
import { grunduppdragQueries as queries } from './grunduppdrag.queries.js';
import { orgNodeQueries } from './org-node.queries.js';
import { assertMayWriteAt } from './org-write-scope.js';
import { yearRangeProblem } from './year-range.js';

const MISSION = 'Grunduppdraget';

/**
 * The standing mission per org node. Written by those who write goals for the node (goal:write
 * in scope), since it is shown beside — and balances — the node's development goals.
 */
@Injectable()
export class GrunduppdragService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext, query: GrunduppdragQueryDto): Promise<Page<GrunduppdragDto>> {
    const { skip, take, page, pageSize } = pageWindow(query);
    return this.db.run(auth.tenantId, async (m) => {
      const { rows, total } = await queries.page(m, query, { skip, take });
      return { items: rows.map(toDto), page, pageSize, total };
    });
  }

  get(auth: AuthContext, id: string): Promise<GrunduppdragDto> {
    return this.db.run(auth.tenantId, async (m) => toDto(orNotFound(await queries.find(m, id), MISSION)));
  }

  create(auth: AuthContext, body: CreateGrunduppdragDto): Promise<GrunduppdragDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const node = await orgNodeQueries.find(m, body.orgNodeId);
      if (node) await assertMayWriteAt(m, auth, Action.goalWrite, node.id);
      const validToYear = body.validToYear ?? null;
      assertNoRuleViolations({
        ...(node ? {} : { orgNodeId: ['Organisationsenheten finns inte.'] }),
        ...yearRangeProblem(body.validFromYear, validToYear),
      });
      const row = await queries.insert(m, {
        tenantId: auth.tenantId,
        orgNodeId: body.orgNodeId,
        text: body.text,
        validFromYear: body.validFromYear,
        validToYear,
      });
      await this.audit.record(m, auth, { action: 'create', entityType: 'grunduppdrag', entityId: row.id, after: toDto(row) });
      return toDto(row);
    });
  }

  update(auth: AuthContext, id: string, body: UpdateGrunduppdragDto): Promise<GrunduppdragDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const row = await lock(m, id);
      await assertMayWriteAt(m, auth, Action.goalWrite, row.orgNodeId);
      const before = toDto(row);
      if (body.text !== undefined) row.text = body.text;
      if (body.validFromYear !== undefined) row.validFromYear = body.validFromYear;
      if (body.validToYear !== undefined) row.validToYear = body.validToYear;
      assertNoRuleViolations(yearRangeProblem(row.validFromYear, row.validToYear));
      await queries.update(m, id, { text: row.text, validFromYear: row.validFromYear, validToYear: row.validToYear });
      await this.audit.record(m, auth, { action: 'update', entityType: 'grunduppdrag', entityId: id, before, after: toDto(row) });
      return toDto(row);
    });
  }

  remove(auth: AuthContext, id: string): Promise<void> {
    return this.db.run(auth.tenantId, async (m) => {
      const row = await lock(m, id);
      await assertMayWriteAt(m, auth, Action.goalWrite, row.orgNodeId);
      await queries.delete(m, id);
      await this.audit.record(m, auth, { action: 'delete', entityType: 'grunduppdrag', entityId: id, before: toDto(row) });
    });
  }
}

async function lock(m: EntityManager, id: string): Promise<Grunduppdrag> {
  return orNotFound(await queries.lock(m, id), MISSION);
}

function toDto(row: Grunduppdrag): GrunduppdragDto {
  return { id: row.id, orgNodeId: row.orgNodeId, text: row.text, validFromYear: row.validFromYear, validToYear: row.validToYear };
}
