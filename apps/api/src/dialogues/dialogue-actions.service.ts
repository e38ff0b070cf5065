import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DialogueActionDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { AuditService } from '../audit/audit.service.js';
import { addFieldError, assertNoRuleViolations, type FieldErrors } from '../common/errors/field-errors.js';
import { orNotFound } from '../common/errors/not-found.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { goalQueries } from '../goals/goal.queries.js';
import { draftVisibilityOf } from '../goals/draft-visibility.js';
import { indicatorQueries } from '../chain/indicators/indicator.queries.js';
import { orgTreeQueries } from '../org/org-tree.queries.js';
import { userQueries } from '../users/user.queries.js';
import type { CreateDialogueActionDto, UpdateDialogueActionDto } from './dto/dialogue-agenda.dto.js';
import { toActionDto } from './dialogue-action.mapper.js';
import { dialogueActionQueries as queries } from './dialogue-action.queries.js';
import { DIALOGUE, dialogueBodyId, dialogueForWrite } from './dialogue-scope.js';
import { dialogueQueries } from './dialogue.queries.js';

/**
 * Actions decided in a dialogue. Open ones follow their owner: into the owner's next report and the next dialogue's
 * agenda. Opening and closing stays possible after the protocol is justerat (that is the follow-up); the rest not.
 */
@Injectable()
export class DialogueActionsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext, dialogueId: string): Promise<DialogueActionDto[]> {
    return this.db.run(auth.tenantId, async (m) => {
      orNotFound(await dialogueQueries.find(m, dialogueId), DIALOGUE);
      return (await queries.ofDialogue(m, dialogueId)).map(toActionDto);
    });
  }

  create(auth: AuthContext, dialogueId: string, body: CreateDialogueActionDto): Promise<DialogueActionDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const d = await dialogueForWrite(m, auth, dialogueId);
      const fields: FieldErrors = {};
      const area = await orgTreeQueries.subtreeIds(m, [await dialogueBodyId(m, d)]);
      if (!area.includes(body.ownerNodeId)) addFieldError(fields, 'ownerNodeId', 'Den ansvariga ska höra till dialogens nämnd, förvaltning eller bolag.');
      await checkOwnerUser(m, body.ownerUserId ?? null, fields);
      const goal = body.goalId ? await goalQueries.findReadable(m, body.goalId, draftVisibilityOf(auth)) : null;
      if (body.goalId && !goal) addFieldError(fields, 'goalId', 'Målet finns inte.');
      if (body.indicatorId) {
        const indicator = await indicatorQueries.find(m, body.indicatorId);
        if (!indicator) addFieldError(fields, 'indicatorId', 'Indikatorn finns inte.');
        else if (body.goalId && indicator.goalId !== body.goalId) addFieldError(fields, 'indicatorId', 'Indikatorn hör inte till målet.');
      }
      assertNoRuleViolations(fields);
      const id = await queries.insert(m, auth.tenantId, d.id, {
        title: body.title.trim(), owner_node_id: body.ownerNodeId, owner_user_id: body.ownerUserId ?? null, due_on: body.dueOn,
        goal_id: body.goalId ?? null, indicator_id: body.indicatorId ?? null,
      });
      const after = toActionDto((await queries.find(m, id))!);
      await this.audit.record(m, auth, { action: 'create', entityType: 'dialogue_action', entityId: id, after });
      return after;
    });
  }

  update(auth: AuthContext, dialogueId: string, actionId: string, body: UpdateDialogueActionDto): Promise<DialogueActionDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const onlyStatus = body.title === undefined && body.dueOn === undefined && body.ownerUserId === undefined;
      await dialogueForWrite(m, auth, dialogueId, { evenIfJusterat: onlyStatus });
      const row = orNotFound(await queries.lock(m, actionId, dialogueId), 'Åtgärden');
      if (row.version !== body.version) throw new ConflictException('Åtgärden har ändrats av någon annan. Läs in den igen.');
      const fields: FieldErrors = {};
      if (body.ownerUserId !== undefined) await checkOwnerUser(m, body.ownerUserId, fields);
      assertNoRuleViolations(fields);
      await queries.update(m, actionId, {
        title: body.title?.trim() || row.title,
        due_on: body.dueOn ?? row.due_on,
        owner_user_id: body.ownerUserId === undefined ? row.owner_user_id : body.ownerUserId,
        status: body.status ?? row.status,
      });
      const after = toActionDto((await queries.find(m, actionId))!);
      await this.audit.record(m, auth, { action: 'update', entityType: 'dialogue_action', entityId: actionId, before: toActionDto(row), after });
      return after;
    });
  }
}

async function checkOwnerUser(m: EntityManager, userId: string | null, fields: FieldErrors): Promise<void> {
  if (userId && !(await userQueries.activeNames(m, [userId])).has(userId)) addFieldError(fields, 'ownerUserId', 'Användaren finns inte i kommunen.');
}
