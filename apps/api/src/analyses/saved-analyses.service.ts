import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Action, type SavedAnalysisDto } from '@resultatkedjan/contracts';
import { isPeriodKey } from '@resultatkedjan/domain';
import { AuditService } from '../audit/audit.service.js';
import { assertNodeInScope } from '../auth/access-scope.js';
import type { AuthContext } from '../auth/auth-context.js';
import { addFieldError, throwIfFieldErrors, unprocessable, type FieldErrors } from '../common/errors/field-errors.js';
import { orNotFound } from '../common/errors/not-found.js';
import { pageWindow, type Page } from '../common/pagination/page-query.dto.js';
import { dialogueQueries } from '../dialogues/dialogue.queries.js';
import { dialogueBodyId } from '../dialogues/dialogue-scope.js';
import { goalQueries } from '../goals/goal.queries.js';
import { draftVisibilityOf } from '../goals/draft-visibility.js';
import { orgTreeQueries } from '../org/org-tree.queries.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import type { CreateSavedAnalysisDto, SavedAnalysisQueryDto, UpdateSavedAnalysisDto } from './dto/saved-analysis.dto.js';
import { savedAnalysisQueries, type SavedAnalysisRow } from './saved-analysis.queries.js';

const ANALYSIS = 'Analysen';

/**
 * The controller's saved analyses of a goal: written in the scope of the goal's owner (dialogue:write), read by every
 * role of the kommun (analyses are read in the dialogue, DOMAIN 3.3), shared with a dialogue of the body the goal
 * belongs to as long as its protocol is not justerat. Every change is audited.
 */
@Injectable()
export class SavedAnalysesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext, query: SavedAnalysisQueryDto): Promise<Page<SavedAnalysisDto>> {
    const { skip, take, page, pageSize } = pageWindow(query);
    return this.db.run(auth.tenantId, async (m) => {
      const { rows, total } = await savedAnalysisQueries.page(m, { goalId: query.goalId ?? null, dialogueId: query.dialogueId ?? null }, { skip, take }, draftVisibilityOf(auth));
      return { items: rows.map(toDto), page, pageSize, total };
    });
  }

  get(auth: AuthContext, id: string): Promise<SavedAnalysisDto> {
    return this.db.run(auth.tenantId, async (m) => toDto(orNotFound(await savedAnalysisQueries.find(m, id, draftVisibilityOf(auth)), ANALYSIS)));
  }

  create(auth: AuthContext, body: CreateSavedAnalysisDto): Promise<SavedAnalysisDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const fields: FieldErrors = {};
      if (!isPeriodKey(body.periodKey)) addFieldError(fields, 'periodKey', 'Perioden skrivs t.ex. 2026, 2026-Q3, 2026-T2 eller 2026-D.');
      const goal = await goalQueries.findReadable(m, body.goalId, draftVisibilityOf(auth));
      if (!goal) addFieldError(fields, 'goalId', 'Målet finns inte.');
      throwIfFieldErrors(fields);
      await assertNodeInScope(m, auth, Action.dialogueWrite, goal!.ownerNodeId);
      if (body.dialogueId) await assertMayShare(m, auth, body.dialogueId, goal!.ownerNodeId);
      const id = await savedAnalysisQueries.insert(m, {
        tenantId: auth.tenantId,
        goalId: goal!.id,
        periodKey: body.periodKey,
        title: body.title.trim(),
        body: body.body,
        settings: settingsOf(body.settings),
        dialogueId: body.dialogueId ?? null,
        createdByUserId: auth.userId,
      });
      const saved = toDto((await savedAnalysisQueries.find(m, id, draftVisibilityOf(auth)))!);
      await this.audit.record(m, auth, { action: 'create', entityType: 'saved_analysis', entityId: id, after: auditView(saved, goal!.ownerNodeId) });
      return saved;
    });
  }

  update(auth: AuthContext, id: string, body: UpdateSavedAnalysisDto): Promise<SavedAnalysisDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const row = await this.lockForWrite(m, auth, id, body.version);
      if (body.dialogueId) await assertMayShare(m, auth, body.dialogueId, row.goal_owner_node_id);
      await savedAnalysisQueries.update(m, id, {
        ...(body.title !== undefined ? { title: body.title.trim() } : {}),
        ...(body.body !== undefined ? { body: body.body } : {}),
        ...(body.settings !== undefined ? { settings: settingsOf(body.settings) } : {}),
        ...(body.dialogueId !== undefined ? { dialogueId: body.dialogueId } : {}),
      });
      const saved = toDto((await savedAnalysisQueries.find(m, id, draftVisibilityOf(auth)))!);
      await this.audit.record(m, auth, {
        action: 'update',
        entityType: 'saved_analysis',
        entityId: id,
        before: auditView(toDto(row), row.goal_owner_node_id),
        after: auditView(saved, row.goal_owner_node_id),
      });
      return saved;
    });
  }

  remove(auth: AuthContext, id: string): Promise<void> {
    return this.db.run(auth.tenantId, async (m) => {
      const row = orNotFound(await savedAnalysisQueries.find(m, id, draftVisibilityOf(auth), true), ANALYSIS);
      await assertNodeInScope(m, auth, Action.dialogueWrite, row.goal_owner_node_id);
      await savedAnalysisQueries.delete(m, id);
      await this.audit.record(m, auth, { action: 'delete', entityType: 'saved_analysis', entityId: id, before: auditView(toDto(row), row.goal_owner_node_id) });
    });
  }

  private async lockForWrite(m: EntityManager, auth: AuthContext, id: string, version: number): Promise<SavedAnalysisRow> {
    const row = orNotFound(await savedAnalysisQueries.find(m, id, draftVisibilityOf(auth), true), ANALYSIS);
    await assertNodeInScope(m, auth, Action.dialogueWrite, row.goal_owner_node_id);
    if (row.version !== version) throw new ConflictException('Analysen har ändrats av någon annan. Läs in den igen.');
    return row;
  }
}

/**
 * A dialogue the analysis may be shared with: one that exists, that the caller may write, whose body (a förvaltning's
 * dialogue covers its nämnd) holds the goal, and whose protocol is not justerat.
 */
async function assertMayShare(m: EntityManager, auth: AuthContext, dialogueId: string, goalOwnerNodeId: string): Promise<void> {
  const dialogue = await dialogueQueries.find(m, dialogueId);
  if (!dialogue) throw unprocessable({ dialogueId: ['Dialogen finns inte.'] });
  await assertNodeInScope(m, auth, Action.dialogueWrite, dialogue.org_node_id);
  const fields: FieldErrors = {};
  if (!(await orgTreeQueries.isWithin(m, goalOwnerNodeId, [await dialogueBodyId(m, dialogue)]))) {
    addFieldError(fields, 'dialogueId', `Målet hör inte till ${dialogue.org_node_name}; dela analysen med en dialog där målet tas upp.`);
  } else if (dialogue.status === 'protokoll_justerat') {
    addFieldError(fields, 'dialogueId', 'Dialogens protokoll är justerat; analysen kan inte längre delas med den.');
  }
  throwIfFieldErrors(fields);
}

/** Only the known keys, so the stored settings never carry more than the view needs. */
function settingsOf(s: CreateSavedAnalysisDto['settings']): CreateSavedAnalysisDto['settings'] {
  return { ratioIds: [...new Set(s.ratioIds)], qualityIndicatorId: s.qualityIndicatorId ?? null, groupNodeId: s.groupNodeId ?? null, resourceChange: s.resourceChange };
}

/** What the audit trail keeps; ownerNodeId lets a scoped reader see the event. */
function auditView(a: SavedAnalysisDto, ownerNodeId: string) {
  return { goalId: a.goalId, ownerNodeId, periodKey: a.periodKey, title: a.title, body: a.body, settings: a.settings, dialogueId: a.dialogueId };
}

function toDto(r: SavedAnalysisRow): SavedAnalysisDto {
  return {
    id: r.id,
    goalId: r.goal_id,
    goalKey: r.goal_key,
    goalTitle: r.goal_title,
    periodKey: r.period_key,
    title: r.title,
    body: r.body,
    settings: r.settings,
    dialogueId: r.dialogue_id,
    createdBy: r.created_by_user_id ? { id: r.created_by_user_id, displayName: r.created_by_name ?? '(borttagen användare)' } : null,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    version: r.version,
  };
}
