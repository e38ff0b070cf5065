import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RatioDefinitionDto, RatioKind } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { AuditService } from '../../audit/audit.service.js';
import { orNotFound } from '../../common/errors/not-found.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { findGoal, goalForChainWrite } from '../support/goal-access.js';
import { throwIfFieldErrors } from '../../common/errors/field-errors.js';
import type { CreateRatioDefinitionBody, UpdateRatioDefinitionBody } from './ratio-definition.dto.js';
import { toRatioDefinitionDto } from './ratio-definition.mapper.js';
import { ratioPairProblems } from './ratio-pair-problems.js';
import { ratioDefinitionQueries } from './ratio-definition.queries.js';

const RATIO = 'Nyckeltalet';

@Injectable()
export class RatioDefinitionsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext, goalId: string): Promise<RatioDefinitionDto[]> {
    return this.db.run(auth.tenantId, async (m) => {
      await findGoal(m, auth, goalId);
      const ratios = await ratioDefinitionQueries.ofGoal(m, goalId);
      return ratios.map(toRatioDefinitionDto);
    });
  }

  create(auth: AuthContext, goalId: string, body: CreateRatioDefinitionBody): Promise<RatioDefinitionDto> {
    return this.db.run(auth.tenantId, async (m) => {
      await goalForChainWrite(m, auth, goalId);
      await assertPair(m, body.kind, body.numeratorIndicatorId, body.denominatorIndicatorId, goalId);
      const ratio = await ratioDefinitionQueries.insert(m, {
        tenantId: auth.tenantId,
        goalId,
        kind: body.kind,
        name: body.name.trim(),
        numeratorIndicatorId: body.numeratorIndicatorId,
        denominatorIndicatorId: body.denominatorIndicatorId,
        scale: body.scale ?? null,
        unit: blankToNull(body.unit),
        sortOrder: body.sortOrder ?? 0,
      });
      const dto = toRatioDefinitionDto(ratio);
      await this.audit.record(m, auth, { action: 'create', entityType: 'ratio_definition', entityId: ratio.id, after: dto });
      return dto;
    });
  }

  update(auth: AuthContext, id: string, body: UpdateRatioDefinitionBody): Promise<RatioDefinitionDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const ratio = orNotFound(await ratioDefinitionQueries.find(m, id), RATIO);
      await goalForChainWrite(m, auth, ratio.goalId);
      const before = toRatioDefinitionDto(ratio);
      Object.assign(ratio, {
        ...(body.kind !== undefined && { kind: body.kind }),
        ...(body.name !== undefined && { name: body.name.trim() }),
        ...(body.numeratorIndicatorId !== undefined && { numeratorIndicatorId: body.numeratorIndicatorId }),
        ...(body.denominatorIndicatorId !== undefined && { denominatorIndicatorId: body.denominatorIndicatorId }),
        ...(body.scale !== undefined && { scale: body.scale }),
        ...(body.unit !== undefined && { unit: blankToNull(body.unit) }),
        ...(body.sortOrder !== undefined && { sortOrder: body.sortOrder }),
      });
      await assertPair(m, ratio.kind, ratio.numeratorIndicatorId, ratio.denominatorIndicatorId, ratio.goalId);
      const after = toRatioDefinitionDto(await ratioDefinitionQueries.save(m, ratio));
      await this.audit.record(m, auth, { action: 'update', entityType: 'ratio_definition', entityId: id, before, after });
      return after;
    });
  }

  remove(auth: AuthContext, id: string): Promise<void> {
    return this.db.run(auth.tenantId, async (m) => {
      const ratio = orNotFound(await ratioDefinitionQueries.find(m, id), RATIO);
      await goalForChainWrite(m, auth, ratio.goalId);
      await ratioDefinitionQueries.delete(m, id);
      await this.audit.record(m, auth, { action: 'delete', entityType: 'ratio_definition', entityId: id, before: toRatioDefinitionDto(ratio) });
    });
  }
}

function blankToNull(unit: string | null | undefined): string | null {
  return unit === undefined || unit === null || unit.trim() === '' ? null : unit.trim();
}

/** Refuses a pair that does not fit the kind (422, see ratioPairProblems). */
async function assertPair(m: EntityManager, kind: RatioKind, numeratorId: string, denominatorId: string, goalId: string): Promise<void> {
  throwIfFieldErrors(await ratioPairProblems(m, kind, numeratorId, denominatorId, goalId), 'Nyckeltalet passar inte kedjan.');
}
