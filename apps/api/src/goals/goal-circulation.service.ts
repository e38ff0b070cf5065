import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Action, type GoalCommentDto, type GoalConsultationDto } from '@resultatkedjan/contracts';
import { assertNodeInScope } from '../auth/access-scope.js';
import type { AuthContext } from '../auth/auth-context.js';
import { AuditService } from '../audit/audit.service.js';
import { orNotFound } from '../common/errors/not-found.js';
import { ruleViolation } from '../common/errors/field-errors.js';
import { orgTreeQueries } from '../org/org-tree.queries.js';
import { NotificationService, type NotificationInput } from '../notifications/notification.service.js';
import { userQueries } from '../users/user.queries.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import type { CirculateGoalDto, CreateGoalCommentDto } from './dto/goal-circulation.dto.js';
import type { Goal } from './goal.entity.js';
import { goalCirculationQueries as queries, type StoredComment } from './goal-circulation.queries.js';
import { goalQueries } from './goal.queries.js';
import { assertMayWriteGoal, findReadableGoal } from './goal-scope.js';

const GOAL = 'Målet';

/**
 * Remiss of a draft goal (R-38): whoever may edit the draft sends it to the units below its owner; anyone with
 * goal:comment on a node in the owner's subtree comments for that node until the goal is decided.
 */
@Injectable()
export class GoalCirculationService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  consultation(auth: AuthContext, goalId: string): Promise<GoalConsultationDto> {
    return this.db.run(auth.tenantId, async (m) => {
      await findReadableGoal(m, auth, goalId, GOAL);
      return consultationOf(m, goalId);
    });
  }

  async circulate(auth: AuthContext, goalId: string, body: CirculateGoalDto): Promise<GoalConsultationDto> {
    const { consultation, notificationIds } = await this.db.run(auth.tenantId, async (m) => {
      await findReadableGoal(m, auth, goalId, GOAL);
      const goal = orNotFound(await goalQueries.lock(m, goalId), GOAL);
      await assertMayWriteGoal(m, auth, goal, goal.ownerNodeId);
      assertDraft(goal, 'Målet är redan beslutat och kan inte skickas på remiss.');
      const before = await queries.circulationOf(m, goalId);
      await queries.upsertCirculation(m, {
        tenantId: auth.tenantId, goalId, sentBy: auth.userId, sentByName: auth.displayName, dueOn: body.dueOn ?? null, message: body.message ?? '',
      });
      const after = await consultationOf(m, goalId);
      await this.audit.record(m, auth, { action: 'circulate', entityType: 'goal', entityId: goalId, before, after: after.circulation });
      // The first sending tells the units' managers; a changed date or message does not notify again.
      const notices = before ? [] : await remissNotices(m, auth, goal, after);
      return { consultation: after, notificationIds: await this.notifications.record(m, auth.tenantId, notices) };
    });
    await this.notifications.dispatch(auth.tenantId, notificationIds);
    return consultation;
  }

  comment(auth: AuthContext, goalId: string, body: CreateGoalCommentDto): Promise<GoalCommentDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const goal = await findReadableGoal(m, auth, goalId, GOAL);
      assertDraft(goal, 'Målet är redan beslutat; synpunkter kan inte längre lämnas.');
      if (!(await queries.circulationOf(m, goalId))) throw new ConflictException('Målet har inte skickats på remiss.');
      if (!(await orgTreeQueries.isWithin(m, body.orgNodeId, [goal.ownerNodeId]))) {
        throw ruleViolation({ orgNodeId: ['Enheten ligger inte under målets ägare.'] });
      }
      await assertNodeInScope(m, auth, Action.goalComment, body.orgNodeId);
      const id = await queries.insertComment(m, {
        tenantId: auth.tenantId, goalId, authorUserId: auth.userId, authorName: auth.displayName, orgNodeId: body.orgNodeId, text: body.text,
      });
      const comment = (await withNodeNames(m, await queries.commentsOf(m, goalId))).find((c) => c.id === id)!;
      await this.audit.record(m, auth, { action: 'create', entityType: 'goal_comment', entityId: id, after: { goalId, ...comment } });
      return comment;
    });
  }
}

/** One notice to each enhetschef and förtroendevald with a grant below the owner (not the sender). */
async function remissNotices(m: EntityManager, auth: AuthContext, goal: Goal, consultation: GoalConsultationDto): Promise<NotificationInput[]> {
  const recipients = (await userQueries.activeGrantedBelow(m, ['enhetschef', 'fortroendevald'], goal.ownerNodeId)).filter((r) => r.id !== auth.userId);
  const due = consultation.circulation?.dueOn ? ` senast ${consultation.circulation.dueOn}` : '';
  return recipients.map((r) => ({
    dedupeKey: `remiss:${goal.id}:${r.id}`,
    kind: 'remiss',
    recipientUserId: r.id,
    recipientEmail: r.email,
    subject: `Remiss: synpunkter på förslaget ”${goal.key} ${goal.title}”${due}`,
    body:
      `Hej ${r.display_name}!\n\n${auth.displayName} har skickat förslaget ”${goal.key} ${goal.title}” på remiss till enheterna${due ? ` med svar${due}` : ''}. ` +
      `${consultation.circulation?.message ? `\n\n${consultation.circulation.message}\n\n` : ''}Lämna era synpunkter på målets sida i Resultatkedjan.`,
  }));
}

function assertDraft(goal: Goal, message: string): void {
  if (goal.status !== 'forslag') throw new ConflictException(message);
}

async function consultationOf(m: EntityManager, goalId: string): Promise<GoalConsultationDto> {
  return { circulation: await queries.circulationOf(m, goalId), comments: await withNodeNames(m, await queries.commentsOf(m, goalId)) };
}

async function withNodeNames(m: EntityManager, comments: StoredComment[]): Promise<GoalCommentDto[]> {
  const names = new Map((await orgTreeQueries.nodes(m, [...new Set(comments.map((c) => c.orgNodeId))])).map((n) => [n.id, n.name]));
  return comments.map((c) => ({ ...c, orgNodeName: names.get(c.orgNodeId) ?? '' }));
}
