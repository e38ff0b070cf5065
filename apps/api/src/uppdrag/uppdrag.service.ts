import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Action, type UppdragDto } from '@resultatkedjan/contracts';
import { assertNodeInScope } from '../auth/access-scope.js';
import type { AuthContext } from '../auth/auth-context.js';
import { AuditService } from '../audit/audit.service.js';
import { addFieldError, assertNoRuleViolations, type FieldErrors } from '../common/errors/field-errors.js';
import { orNotFound } from '../common/errors/not-found.js';
import { pageWindow, type Page } from '../common/pagination/page-query.dto.js';
import { goalQueries } from '../goals/goal.queries.js';
import { draftVisibilityOf } from '../goals/draft-visibility.js';
import { orgTreeQueries } from '../org/org-tree.queries.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import type { CreateUppdragDto, UpdateUppdragDto, UppdragQueryDto } from './dto/uppdrag.dto.js';
import type { Uppdrag } from './uppdrag.entity.js';
import { uppdragQueries as queries } from './uppdrag.queries.js';

const UPPDRAG = 'Uppdraget';
const ISSUER_KINDS = ['kf', 'ks', 'namnd'];

/**
 * Uppdrag beside the goals. Recording or changing one needs goal:write on the body that gave it; KF and KS give
 * uppdrag anywhere in the kommun, a nämnd only inside its own part of the tree. Every change is audited.
 */
@Injectable()
export class UppdragService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext, query: UppdragQueryDto): Promise<Page<UppdragDto>> {
    const { skip, take, page, pageSize } = pageWindow(query);
    return this.db.run(auth.tenantId, async (m) => {
      const { rows, total } = await queries.page(m, query, { skip, take });
      return { items: withoutUnreadableGoals(await toDtos(m, rows), await readableGoalIds(m, auth, rows)), page, pageSize, total };
    });
  }

  create(auth: AuthContext, body: CreateUppdragDto): Promise<UppdragDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const candidate = { issuerNodeId: body.issuerNodeId, ownerNodeId: body.ownerNodeId, goalId: body.goalId ?? null };
      const { fields, issuerUsable } = await checkUppdrag(m, auth, candidate);
      if (issuerUsable) await assertNodeInScope(m, auth, Action.goalWrite, body.issuerNodeId);
      assertNoRuleViolations(fields);
      const row = await queries.insert(m, {
        tenantId: auth.tenantId,
        title: body.title,
        description: body.description ?? '',
        ...candidate,
        year: body.year,
        deadline: body.deadline ?? null,
        status: body.status ?? 'ej_paborjat',
      });
      const after = await dtoOf(m, row.id);
      await this.audit.record(m, auth, { action: 'create', entityType: 'uppdrag', entityId: row.id, after });
      return after;
    });
  }

  update(auth: AuthContext, id: string, body: UpdateUppdragDto): Promise<UppdragDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const current = orNotFound(await queries.lock(m, id), UPPDRAG);
      await assertNodeInScope(m, auth, Action.goalWrite, current.issuerNodeId);
      if (current.version !== body.version) {
        throw new ConflictException(`Uppdraget har ändrats av någon annan (aktuell version ${current.version}, du skickade ${body.version}). Hämta det igen.`);
      }
      const before = await dtoOf(m, id);
      const candidate = {
        issuerNodeId: current.issuerNodeId,
        ownerNodeId: body.ownerNodeId ?? current.ownerNodeId,
        goalId: body.goalId !== undefined ? body.goalId : current.goalId,
      };
      assertNoRuleViolations((await checkUppdrag(m, auth, candidate)).fields);
      await queries.update(m, id, {
        title: body.title ?? current.title,
        description: body.description ?? current.description,
        ownerNodeId: candidate.ownerNodeId,
        goalId: candidate.goalId,
        year: body.year ?? current.year,
        deadline: body.deadline !== undefined ? body.deadline : current.deadline,
        status: body.status ?? current.status,
      });
      const after = await dtoOf(m, id);
      await this.audit.record(m, auth, { action: 'update', entityType: 'uppdrag', entityId: id, before, after });
      return after;
    });
  }
}

/** Field errors for the issuer (KF, KS or a nämnd), the owner (under a nämnd issuer) and the goal. */
async function checkUppdrag(
  m: EntityManager,
  auth: AuthContext,
  c: { issuerNodeId: string; ownerNodeId: string; goalId: string | null },
): Promise<{ fields: FieldErrors; issuerUsable: boolean }> {
  const fields: FieldErrors = {};
  const nodes = new Map((await orgTreeQueries.nodes(m, [c.issuerNodeId, c.ownerNodeId])).map((n) => [n.id, n]));
  const issuer = nodes.get(c.issuerNodeId);
  if (!issuer) addFieldError(fields, 'issuerNodeId', 'Organet finns inte.');
  else if (!ISSUER_KINDS.includes(issuer.kind)) addFieldError(fields, 'issuerNodeId', 'Uppdrag ges av fullmäktige, kommunstyrelsen eller en nämnd.');
  if (!nodes.has(c.ownerNodeId)) addFieldError(fields, 'ownerNodeId', 'Enheten finns inte.');
  else if (issuer?.kind === 'namnd' && !(await orgTreeQueries.isWithin(m, c.ownerNodeId, [issuer.id]))) {
    addFieldError(fields, 'ownerNodeId', `En nämnd ger uppdrag inom sin egen del av organisationen (${issuer.name}).`);
  }
  if (c.goalId && !(await goalQueries.findReadable(m, c.goalId, draftVisibilityOf(auth)))) addFieldError(fields, 'goalId', 'Målet finns inte.');
  return { fields, issuerUsable: Boolean(issuer && ISSUER_KINDS.includes(issuer.kind)) };
}

async function dtoOf(m: EntityManager, id: string): Promise<UppdragDto> {
  return (await toDtos(m, [orNotFound(await queries.find(m, id), UPPDRAG)]))[0]!;
}

async function toDtos(m: EntityManager, rows: Uppdrag[]): Promise<UppdragDto[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.issuerNodeId, r.ownerNodeId]))];
  const names = new Map((await orgTreeQueries.nodes(m, ids)).map((n) => [n.id, n.name]));
  return rows.map((r) => ({
    id: r.id, title: r.title, description: r.description, issuerNodeId: r.issuerNodeId, issuerName: names.get(r.issuerNodeId) ?? '',
    ownerNodeId: r.ownerNodeId, ownerName: names.get(r.ownerNodeId) ?? '', goalId: r.goalId, year: r.year, deadline: r.deadline,
    status: r.status, version: r.version,
  }));
}

/** The goals of these uppdrag the caller may read: a draft outside their draft scope is not named (DOMAIN 3.3). */
async function readableGoalIds(m: EntityManager, auth: AuthContext, rows: Uppdrag[]): Promise<Set<string>> {
  const goalIds = [...new Set(rows.flatMap((r) => (r.goalId ? [r.goalId] : [])))];
  if (goalIds.length === 0) return new Set();
  return new Set((await goalQueries.keysAndLevels(m, goalIds, draftVisibilityOf(auth))).map((g) => g.id));
}

function withoutUnreadableGoals(items: UppdragDto[], readable: Set<string>): UppdragDto[] {
  return items.map((item) => (item.goalId && !readable.has(item.goalId) ? { ...item, goalId: null } : item));
}
