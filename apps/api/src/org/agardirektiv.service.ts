import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Action, type AgardirektivDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { AuditService } from '../audit/audit.service.js';
import { orNotFound } from '../common/errors/not-found.js';
import { pageWindow, type Page } from '../common/pagination/page-query.dto.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import type { Agardirektiv } from './agardirektiv.entity.js';
import { agardirektivQueries as queries } from './agardirektiv.queries.js';
import { draftVisibilityOf } from '../goals/draft-visibility.js';
import { directiveWarnings, servedGoalProblems } from './agardirektiv-goals.js';
import { assertNoRuleViolations } from '../common/errors/field-errors.js';
import type { AgardirektivQueryDto, CreateAgardirektivDto, UpdateAgardirektivDto } from './dto/agardirektiv.dto.js';
import { orgNodeQueries } from './org-node.queries.js';
import { assertMayWriteAt } from './org-write-scope.js';
import { yearRangeProblem } from './year-range.js';

const DIRECTIVE = 'Ägardirektivet';

/** KF's owner directives to bolag, each linked to the KF goals it serves. */
@Injectable()
export class AgardirektivService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext, query: AgardirektivQueryDto): Promise<Page<AgardirektivDto>> {
    const { skip, take, page, pageSize } = pageWindow(query);
    return this.db.run(auth.tenantId, async (m) => {
      const { rows, total } = await queries.page(m, query, { skip, take });
      const served = await queries.servedGoalIdsOf(m, rows.map((r) => r.id));
      return { items: rows.map((r) => toDto(r, served.get(r.id) ?? [])), page, pageSize, total };
    });
  }

  get(auth: AuthContext, id: string): Promise<AgardirektivDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const row = orNotFound(await queries.find(m, id), DIRECTIVE);
      return toDto(row, (await queries.servedGoalIdsOf(m, [id])).get(id) ?? []);
    });
  }

  create(auth: AuthContext, body: CreateAgardirektivDto): Promise<AgardirektivDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const bolag = await orgNodeQueries.find(m, body.bolagNodeId);
      if (bolag) await assertMayWriteAt(m, auth, Action.orgWrite, bolag.id);
      const servesGoalIds = body.servesGoalIds ?? [];
      const validToYear = body.validToYear ?? null;
      assertNoRuleViolations({
        ...(bolag?.kind === 'bolag' ? {} : { bolagNodeId: [bolag ? 'Ägardirektiv ges bara till bolag.' : 'Bolaget finns inte.'] }),
        ...yearRangeProblem(body.validFromYear, validToYear),
        ...(await servedGoalProblems(m, servesGoalIds, draftVisibilityOf(auth))),
      });
      const row = await queries.insert(m, {
        tenantId: auth.tenantId,
        bolagNodeId: body.bolagNodeId,
        title: body.title,
        body: body.body,
        adoptedOn: body.adoptedOn ?? null,
        validFromYear: body.validFromYear,
        validToYear,
      });
      await queries.replaceServedGoals(m, auth.tenantId, row.id, servesGoalIds);
      const dto = toDto(row, servesGoalIds);
      await this.audit.record(m, auth, { action: 'create', entityType: 'agardirektiv', entityId: row.id, after: withoutWarnings(dto) });
      return dto;
    });
  }

  update(auth: AuthContext, id: string, body: UpdateAgardirektivDto): Promise<AgardirektivDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const row = await lock(m, id);
      await assertMayWriteAt(m, auth, Action.orgWrite, row.bolagNodeId);
      const servedBefore = (await queries.servedGoalIdsOf(m, [id])).get(id) ?? [];
      const before = toDto(row, servedBefore);
      if (body.title !== undefined) row.title = body.title;
      if (body.body !== undefined) row.body = body.body;
      if (body.adoptedOn !== undefined) row.adoptedOn = body.adoptedOn;
      if (body.validFromYear !== undefined) row.validFromYear = body.validFromYear;
      if (body.validToYear !== undefined) row.validToYear = body.validToYear;
      const servesGoalIds = body.servesGoalIds ?? servedBefore;
      assertNoRuleViolations({
        ...yearRangeProblem(row.validFromYear, row.validToYear),
        ...(body.servesGoalIds ? await servedGoalProblems(m, body.servesGoalIds, draftVisibilityOf(auth), servedBefore) : {}),
      });
      await queries.update(m, id, {
        title: row.title,
        body: row.body,
        adoptedOn: row.adoptedOn,
        validFromYear: row.validFromYear,
        validToYear: row.validToYear,
      });
      if (body.servesGoalIds) await queries.replaceServedGoals(m, auth.tenantId, id, body.servesGoalIds);
      const after = toDto(row, servesGoalIds);
      await this.audit.record(m, auth, { action: 'update', entityType: 'agardirektiv', entityId: id, before: withoutWarnings(before), after: withoutWarnings(after) });
      return after;
    });
  }

  remove(auth: AuthContext, id: string): Promise<void> {
    return this.db.run(auth.tenantId, async (m) => {
      const row = await lock(m, id);
      await assertMayWriteAt(m, auth, Action.orgWrite, row.bolagNodeId);
      const before = toDto(row, (await queries.servedGoalIdsOf(m, [id])).get(id) ?? []);
      await queries.delete(m, id);
      await this.audit.record(m, auth, { action: 'delete', entityType: 'agardirektiv', entityId: id, before: withoutWarnings(before) });
    });
  }
}

async function lock(m: EntityManager, id: string): Promise<Agardirektiv> {
  return orNotFound(await queries.lock(m, id), DIRECTIVE);
}

function toDto(row: Agardirektiv, servesGoalIds: string[]): AgardirektivDto {
  return {
    id: row.id,
    bolagNodeId: row.bolagNodeId,
    title: row.title,
    body: row.body,
    adoptedOn: row.adoptedOn,
    validFromYear: row.validFromYear,
    validToYear: row.validToYear,
    servesGoalIds: [...servesGoalIds].sort(),
    warnings: directiveWarnings(servesGoalIds),
  };
}

function withoutWarnings({ warnings: _warnings, ...rest }: AgardirektivDto): Omit<AgardirektivDto, 'warnings'> {
  return rest;
}
