import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Action, DIALOGUE_NODE_KINDS, type DialogueDto, type DialogueStatus } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { assertNodeInScope } from '../auth/access-scope.js';
import { AuditService } from '../audit/audit.service.js';
import { addFieldError, assertNoRuleViolations, ruleViolation, type FieldErrors } from '../common/errors/field-errors.js';
import { orNotFound } from '../common/errors/not-found.js';
import { pageWindow, type Page } from '../common/pagination/page-query.dto.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { orgNodeQueries } from '../org/org-node.queries.js';
import { periodQueries } from '../periods/period.queries.js';
import type { CreateDialogueDto, DialogueQueryDto, DialogueStatusDto, UpdateDialogueDto } from './dto/dialogue.dto.js';
import { dialogueQueries as queries, type DialogueRow } from './dialogue.queries.js';
import { resolveParticipants, statusStepErrors } from './dialogue-rules.js';

const TERM = 'Dialogen';

/** Analysis dialogues (nämnd/förvaltning) and ägardialoger (bolag): when, who, and how far the meeting has come. */
@Injectable()
export class DialoguesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext, query: DialogueQueryDto): Promise<Page<DialogueDto>> {
    const { skip, take, page, pageSize } = pageWindow(query);
    return this.db.run(auth.tenantId, async (m) => {
      const filter = { periodId: query.periodId ?? null, orgNodeId: query.orgNodeId ?? null, status: query.status ?? null };
      const { rows, total } = await queries.page(m, filter, { skip, take });
      return { items: rows.map(toDialogueDto), page, pageSize, total };
    });
  }

  get(auth: AuthContext, id: string): Promise<DialogueDto> {
    return this.db.run(auth.tenantId, async (m) => toDialogueDto(orNotFound(await queries.find(m, id), TERM)));
  }

  create(auth: AuthContext, body: CreateDialogueDto): Promise<DialogueDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const node = await orgNodeQueries.find(m, body.orgNodeId);
      if (!node) throw ruleViolation({ orgNodeId: ['Organisationsenheten finns inte.'] });
      await assertNodeInScope(m, auth, Action.dialogueWrite, node.id);
      const fields: FieldErrors = {};
      if (!(DIALOGUE_NODE_KINDS as readonly string[]).includes(node.kind)) {
        addFieldError(fields, 'orgNodeId', 'En dialog hålls med en nämnd, en förvaltning eller ett bolag.');
      }
      const period = await periodQueries.findPeriod(m, body.periodId);
      if (!period) addFieldError(fields, 'periodId', 'Perioden finns inte.');
      else if (period.status === 'planerad') addFieldError(fields, 'periodId', 'Dialogen gäller en öppen eller låst period.');
      const participants = await resolveParticipants(m, body.participants ?? [], fields);
      assertNoRuleViolations(fields);

      const kind = node.kind === 'bolag' ? 'agardialog' : 'analysdialog';
      const title = body.title?.trim() || `${kind === 'agardialog' ? 'Ägardialog' : 'Analysdialog'} ${node.name} ${period!.period_key}`;
      const id = await queries.insert(m, auth.tenantId, {
        kind, org_node_id: node.id, period_id: period!.id, title, held_on: body.heldOn, participants, convener_user_id: auth.userId,
      });
      const after = toDialogueDto((await queries.find(m, id))!);
      await this.audit.record(m, auth, { action: 'create', entityType: 'dialogue', entityId: id, after });
      return after;
    });
  }

  update(auth: AuthContext, id: string, body: UpdateDialogueDto): Promise<DialogueDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const row = await this.lockForWrite(m, auth, id, body.version);
      const fields: FieldErrors = row.status === 'protokoll_justerat' ? { status: ['Protokollet är justerat; dialogen kan inte ändras.'] } : {};
      const participants = body.participants ? await resolveParticipants(m, body.participants, fields) : row.participants;
      assertNoRuleViolations(fields);
      await queries.update(m, id, { title: body.title?.trim() || row.title, held_on: body.heldOn ?? row.held_on, participants });
      return this.audited(m, auth, row);
    });
  }

  /** One step forward: planerad → genomförd → protokoll justerat. */
  setStatus(auth: AuthContext, id: string, body: DialogueStatusDto): Promise<DialogueDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const row = await this.lockForWrite(m, auth, id, body.version);
      assertNoRuleViolations(statusStepErrors(row.status, body.status));
      await queries.setStatus(m, id, body.status as DialogueStatus);
      return this.audited(m, auth, row);
    });
  }

  /** The dialogue locked, if the caller may write it and read the version they send (409 otherwise). */
  private async lockForWrite(m: EntityManager, auth: AuthContext, id: string, version: number): Promise<DialogueRow> {
    const row = orNotFound(await queries.lock(m, id), TERM);
    await assertNodeInScope(m, auth, Action.dialogueWrite, row.org_node_id);
    if (row.version !== version) throw new ConflictException('Dialogen har ändrats av någon annan. Läs in den igen.');
    return row;
  }

  private async audited(m: EntityManager, auth: AuthContext, before: DialogueRow): Promise<DialogueDto> {
    const after = toDialogueDto((await queries.find(m, before.id))!);
    await this.audit.record(m, auth, { action: 'update', entityType: 'dialogue', entityId: before.id, before: toDialogueDto(before), after });
    return after;
  }
}

export function toDialogueDto(row: DialogueRow): DialogueDto {
  return {
    id: row.id,
    kind: row.kind,
    orgNodeId: row.org_node_id,
    orgNodeName: row.org_node_name,
    periodId: row.period_id,
    periodKey: row.period_key,
    periodStatus: row.period_status,
    title: row.title,
    heldOn: row.held_on,
    status: row.status,
    participants: row.participants,
    convenerUserId: row.convener_user_id,
    convenerName: row.convener_name,
    version: row.version,
  };
}
