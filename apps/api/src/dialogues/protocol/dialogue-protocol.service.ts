import { ForbiddenException, Injectable } from '@nestjs/common';
import { Action } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { assertNodeInScope } from '../../auth/access-scope.js';
import { orNotFound } from '../../common/errors/not-found.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { goalAssessmentQueries } from '../../assessments/goal-assessment.queries.js';
import { toDto as toAssessmentDto, toUnitDto } from '../../assessments/goal-assessments.service.js';
import { reportQueries } from '../../reports/report.queries.js';
import { kommunScale } from '../../reports/content/target-scales.js';
import { DialogueAgendaService } from '../dialogue-agenda.service.js';
import { toActionDto } from '../dialogue-action.mapper.js';
import { dialogueActionQueries } from '../dialogue-action.queries.js';
import { dialogueQueries } from '../dialogue.queries.js';
import { DIALOGUE } from '../dialogue-scope.js';
import { toDialogueDto } from '../dialogues.service.js';
import type { ProtocolData } from './protocol-data.js';
import { protocolDocx } from './protocol-docx.js';

/**
 * The dialogue's protocol as DOCX. Once justerat every role of the kommun may read it (a public document); before
 * that only those who prepare the dialogue (dialogue:write on its node) see the draft.
 */
@Injectable()
export class DialogueProtocolService {
  constructor(
    private readonly db: TenantDb,
    private readonly agendas: DialogueAgendaService,
  ) {}

  async protocol(auth: AuthContext, id: string): Promise<{ filename: string; data: Buffer }> {
    const dialogue = await this.db.run(auth.tenantId, async (m) => {
      const row = orNotFound(await dialogueQueries.find(m, id), DIALOGUE);
      if (row.status !== 'protokoll_justerat') {
        await assertNodeInScope(m, auth, Action.dialogueWrite, row.org_node_id).catch(() => {
          throw new ForbiddenException('Protokollet kan läsas när det är justerat.');
        });
      }
      return toDialogueDto(row);
    });
    const agenda = await this.agendas.agenda(auth, id);
    const goals = new Map<string, string>();
    for (const item of agenda.items) if (item.goalId && item.goalTitle) goals.set(item.goalId, item.goalTitle);
    const rest = await this.db.run(auth.tenantId, async (m) => {
      const scale = await kommunScale(m, auth.tenantId);
      const tiers = await goalAssessmentQueries.ofGoals(m, [...goals.keys()], dialogue.periodId);
      const assessments: ProtocolData['assessments'] = [];
      for (const [goalId, goalTitle] of goals) {
        const units = await reportQueries.selfAssessmentsOfGoal(m, goalId, dialogue.periodId);
        assessments.push({
          goalId, goalTitle,
          units: units.map((u) => toUnitDto(u, scale)),
          tiers: tiers.filter((t) => t.goal_id === goalId).map((t) => toAssessmentDto(t, scale)),
        });
      }
      return { assessments, actions: (await dialogueActionQueries.ofDialogue(m, id)).map(toActionDto) };
    });
    const data = await protocolDocx({ dialogue, comparedWith: agenda.comparedWith, items: agenda.items, ...rest });
    return { filename: `Protokoll ${dialogue.title}.docx`, data };
  }
}
