import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GoalDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { AuditService } from '../audit/audit.service.js';
import { orNotFound } from '../common/errors/not-found.js';
import { pageWindow, type Page } from '../common/pagination/page-query.dto.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { assertNoRuleViolations, ruleViolation } from '../common/errors/field-errors.js';
import { FOREIGN_KEY_VIOLATION, pgErrorCode, UNIQUE_VIOLATION } from '../common/errors/db-errors.js';
import type { CreateGoalDto } from './dto/create-goal.dto.js';
import type { RecordGoalDecisionDto } from './dto/goal-decision.dto.js';
import type { GoalQueryDto } from './dto/goal-query.dto.js';
import type { UpdateGoalDto } from './dto/update-goal.dto.js';
import type { Goal, GoalDecision } from './goal.entity.js';
import { toGoalDto } from './goal.mapper.js';
import { goalQueries as queries } from './goal.queries.js';
import { draftVisibilityOf } from './draft-visibility.js';
import { assertMayDecide, assertMayWriteGoal, findReadableGoal } from './goal-scope.js';
import { checkGoal, type GoalCandidate } from './goal-validation.js';

const GOAL = 'Målet';

/** Goals at every level: list, read, write with optimistic locking, record decisions. Every change is audited. */
@Injectable()
export class GoalsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext, query: GoalQueryDto): Promise<Page<GoalDto>> {
    if (query.includeSubtree && !query.ownerNodeId) throw ruleViolation({ includeSubtree: ['Ange ownerNodeId för att ta med underenheternas mål.'] });
    const { skip, take, page, pageSize } = pageWindow(query);
    return this.db.run(auth.tenantId, async (m) => {
      const { rows, total } = await queries.page(m, query, { skip, take }, draftVisibilityOf(auth));
      const links = await queries.alsoServesOf(m, rows.map((g) => g.id));
      return { items: rows.map((g) => toGoalDto(g, links.get(g.id) ?? [])), page, pageSize, total };
    });
  }

  get(auth: AuthContext, id: string): Promise<GoalDto> {
    return this.db.run(auth.tenantId, async (m) => dtoOf(m, await findReadableGoal(m, auth, id, GOAL)));
  }

  create(auth: AuthContext, body: CreateGoalDto): Promise<GoalDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const candidate: GoalCandidate = {
        level: body.level,
        ownerNodeId: body.ownerNodeId,
        parentGoalId: body.parentGoalId ?? null,
        alsoServesGoalIds: body.alsoServesGoalIds ?? [],
        mandatperiodId: body.mandatperiodId ?? null,
        validFromYear: body.validFromYear,
        validToYear: body.validToYear ?? null,
      };
      const { owner, fields } = await checkGoal(m, candidate, draftVisibilityOf(auth));
      if (owner) await assertMayWriteGoal(m, auth, { status: 'forslag' }, owner.id);
      assertNoRuleViolations(fields);
      if (await queries.keyTaken(m, body.key)) throw keyTaken(body.key);

      const goal = await insertOrConflict(
        () =>
          queries.insert(m, {
            tenantId: auth.tenantId,
            key: body.key,
            level: body.level,
            title: body.title,
            description: body.description ?? '',
            ownerNodeId: candidate.ownerNodeId,
            parentGoalId: candidate.parentGoalId,
            geh: body.geh ?? false,
            mandatperiodId: candidate.mandatperiodId,
            validFromYear: candidate.validFromYear,
            validToYear: candidate.validToYear,
            reviewDate: body.reviewDate ?? null,
            status: 'forslag',
            decision: null,
            sortOrder: body.sortOrder ?? 0,
          }),
        body.key,
      );
      await queries.replaceAlsoServes(m, auth.tenantId, goal.id, candidate.alsoServesGoalIds);
      const after = await dtoOf(m, orNotFound(await queries.find(m, goal.id), GOAL));
      await this.audit.record(m, auth, { action: 'create', entityType: 'goal', entityId: goal.id, after });
      return after;
    });
  }

  update(auth: AuthContext, id: string, body: UpdateGoalDto): Promise<GoalDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const goal = await lockGoal(m, auth, id);
      await assertMayWriteGoal(m, auth, goal, goal.ownerNodeId);
      assertVersion(goal, body.version);
      const before = await dtoOf(m, goal);

      const candidate: GoalCandidate = {
        id: goal.id,
        level: goal.level,
        ownerNodeId: body.ownerNodeId ?? goal.ownerNodeId,
        parentGoalId: body.parentGoalId !== undefined ? body.parentGoalId : goal.parentGoalId,
        alsoServesGoalIds: body.alsoServesGoalIds ?? before.alsoServesGoalIds,
        mandatperiodId: body.mandatperiodId !== undefined ? body.mandatperiodId : goal.mandatperiodId,
        validFromYear: body.validFromYear ?? goal.validFromYear,
        validToYear: body.validToYear !== undefined ? body.validToYear : goal.validToYear,
      };
      const linkedBefore = [...(goal.parentGoalId ? [goal.parentGoalId] : []), ...before.alsoServesGoalIds];
      const { owner, fields } = await checkGoal(m, candidate, draftVisibilityOf(auth), linkedBefore);
      // Moving a goal to another owner needs the right on both the old and the new owner.
      if (owner && owner.id !== goal.ownerNodeId) await assertMayWriteGoal(m, auth, goal, owner.id);
      assertNoRuleViolations(fields);
      if (body.key !== undefined && body.key !== goal.key && (await queries.keyTaken(m, body.key))) throw keyTaken(body.key);

      await insertOrConflict(
        () =>
          queries.update(m, id, {
            key: body.key ?? goal.key,
            title: body.title ?? goal.title,
            description: body.description ?? goal.description,
            ownerNodeId: candidate.ownerNodeId,
            parentGoalId: candidate.parentGoalId,
            geh: body.geh ?? goal.geh,
            mandatperiodId: candidate.mandatperiodId,
            validFromYear: candidate.validFromYear,
            validToYear: candidate.validToYear,
            reviewDate: body.reviewDate !== undefined ? body.reviewDate : goal.reviewDate,
            sortOrder: body.sortOrder ?? goal.sortOrder,
          }),
        body.key ?? goal.key,
      );
      if (body.alsoServesGoalIds) await queries.replaceAlsoServes(m, auth.tenantId, id, body.alsoServesGoalIds);
      const after = await dtoOf(m, orNotFound(await queries.find(m, id), GOAL));
      await this.audit.record(m, auth, { action: 'update', entityType: 'goal', entityId: id, before, after });
      return after;
    });
  }

  remove(auth: AuthContext, id: string): Promise<void> {
    return this.db.run(auth.tenantId, async (m) => {
      const goal = await lockGoal(m, auth, id);
      await assertMayWriteGoal(m, auth, goal, goal.ownerNodeId);
      const blockers = await goalDeleteBlockers(m, id);
      if (blockers.length > 0) {
        throw new ConflictException(`Målet kan inte tas bort eftersom det har ${blockers.join(' och ')}. Ta bort eller flytta dem först, eller låt målet upphöra genom att sätta ett slutår.`);
      }
      const before = await dtoOf(m, goal);
      try {
        await queries.delete(m, id);
      } catch (error) {
        if (pgErrorCode(error) === FOREIGN_KEY_VIOLATION) throw new ConflictException('Målet kan inte tas bort eftersom annan data hänvisar till det. Sätt ett slutår i stället.');
        throw error;
      }
      await this.audit.record(m, auth, { action: 'delete', entityType: 'goal', entityId: id, before });
    });
  }

  /** Records that the owning body decided the goal: status beslutad with organ, date, § and diarienummer. */
  decide(auth: AuthContext, id: string, body: RecordGoalDecisionDto): Promise<GoalDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const goal = await lockGoal(m, auth, id);
      await assertMayDecide(m, auth, goal.ownerNodeId);
      if (body.version !== undefined) assertVersion(goal, body.version);
      const before = await dtoOf(m, goal);
      const decision: GoalDecision = {
        organ: body.organ,
        datum: body.datum,
        ...(body.paragraf !== undefined ? { paragraf: body.paragraf } : {}),
        ...(body.diarienummer !== undefined ? { diarienummer: body.diarienummer } : {}),
      };
      await queries.update(m, id, { status: 'beslutad', decision });
      const after = await dtoOf(m, orNotFound(await queries.find(m, id), GOAL));
      await this.audit.record(m, auth, { action: 'decide', entityType: 'goal', entityId: id, before, after });
      return after;
    });
  }
}

/** The goal locked until the transaction ends; a draft the caller may not read is 404, as if it did not exist. */
async function lockGoal(m: EntityManager, auth: AuthContext, id: string): Promise<Goal> {
  await findReadableGoal(m, auth, id, GOAL);
  return orNotFound(await queries.lock(m, id), GOAL);
}

async function dtoOf(m: EntityManager, goal: Goal): Promise<GoalDto> {
  return toGoalDto(goal, (await queries.alsoServesOf(m, [goal.id])).get(goal.id) ?? []);
}

function assertVersion(goal: Goal, version: number): void {
  if (goal.version !== version) {
    throw new ConflictException(
      `Målet har ändrats av någon annan sedan du hämtade det (aktuell version ${goal.version}, du skickade ${version}). Hämta målet igen och gör om ändringen.`,
    );
  }
}

function keyTaken(key: string): ConflictException {
  return new ConflictException(`Nyckeln "${key}" används redan av ett annat mål i kommunen.`);
}

/** What keeps a goal from being deleted: goals broken down from it and its chain. */
async function goalDeleteBlockers(m: EntityManager, goalId: string): Promise<string[]> {
  const { children, chain } = await queries.dependants(m, goalId);
  return [...(children ? ['delmål'] : []), ...(chain ? ['en resultatkedja'] : [])];
}

async function insertOrConflict<T>(write: () => Promise<T>, key: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (pgErrorCode(error) === UNIQUE_VIOLATION) throw keyTaken(key);
    throw error;
  }
}
