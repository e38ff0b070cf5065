import { Injectable } from '@nestjs/common';
import { samePeriodPreviousYear } from '@resultatkedjan/domain';
import type { AgendaNarrative, DialogueAgenda, GoalChainView } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { AuditService } from '../audit/audit.service.js';
import { orNotFound } from '../common/errors/not-found.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { GoalChainService } from '../chain/view/goal-chain.service.js';
import { draftVisibilityOf } from '../goals/draft-visibility.js';
import { goalQueries } from '../goals/goal.queries.js';
import { orgNodeQueries } from '../org/org-node.queries.js';
import { orgTreeQueries } from '../org/org-tree.queries.js';
import { reportQueries } from '../reports/report.queries.js';
import { kommunScale } from '../reports/content/target-scales.js';
import { labelOf } from '../assessments/goal-assessments.service.js';
import type { SaveAgendaNoteDto } from './dto/dialogue-agenda.dto.js';
import { periodSnapshotQueries } from '../periods/period-snapshot.queries.js';
import { agendaItems } from './agenda-items.js';
import { withFrozenFigures } from './frozen-figures.js';
import { dialogueActionQueries } from './dialogue-action.queries.js';
import { dialogueNoteQueries } from './dialogue-note.queries.js';
import { dialogueQueries } from './dialogue.queries.js';
import { DIALOGUE, dialogueBodyId, dialogueForWrite } from './dialogue-scope.js';

/** Goals and units one agenda reads (R-1: a kommun follows few goals; the chain view takes at most 50 nodes). */
const MAX_GOALS = 40;
const MAX_UNITS = 49;

/**
 * The agenda made from the data (libs/domain agendaCandidates): each goal of the body's area read through the chain
 * view (cached per data version) at the body and its units, for the period and the same period last year, the
 * period's own figures taken from its snapshot once it is locked; open
 * actions of earlier dialogues; the units' narratives first on every item (R-18).
 */
@Injectable()
export class DialogueAgendaService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly chains: GoalChainService,
  ) {}

  async agenda(auth: AuthContext, dialogueId: string): Promise<DialogueAgenda> {
    const base = await this.db.run(auth.tenantId, async (m) => {
      const d = orNotFound(await dialogueQueries.find(m, dialogueId), DIALOGUE);
      const bodyId = await dialogueBodyId(m, d);
      const year = Number(d.period_key.slice(0, 4));
      const area = await orgTreeQueries.subtreeIds(m, [bodyId]);
      const inArea = new Set(area);
      const goals = (await goalQueries.ownedValidInYear(m, area, year, draftVisibilityOf(auth))).sort((a, b) => a.key.localeCompare(b.key, 'sv')).slice(0, MAX_GOALS);
      const units = (await orgNodeQueries.ofKindsInYear(m, ['enhet'], year)).filter((n) => inArea.has(n.id)).sort((a, b) => a.name.localeCompare(b.name, 'sv')).slice(0, MAX_UNITS);
      const body = (await orgNodeQueries.find(m, bodyId))!;
      const scale = await kommunScale(m, auth.tenantId);
      const narrativesByGoal = new Map<string, AgendaNarrative[]>();
      for (const goal of goals) {
        const rows = await reportQueries.selfAssessmentsOfGoal(m, goal.id, d.period_id);
        narrativesByGoal.set(goal.id, rows.map((r) => ({
          orgNodeId: r.org_node_id, orgNodeName: r.org_node_name, level: r.self_level, label: labelOf(scale, r.self_level),
          whatHappened: r.what_happened, why: r.why, nextSteps: r.next_steps,
        })));
      }
      return {
        d, bodyId, goals, scale, narrativesByGoal,
        nodeIds: [bodyId, ...units.map((u) => u.id)],
        nodeNames: new Map([[body.id, body.name], ...units.map((u): [string, string] => [u.id, u.name])]),
        openActions: await dialogueActionQueries.openOwnedWithin(m, area, d.id),
        notes: await dialogueNoteQueries.ofDialogue(m, d.id),
        snapshot: d.period_status === 'last' ? await periodSnapshotQueries.findByPeriod(m, d.period_id) : null,
      };
    });
    const periodKey = base.d.period_key;
    const previousKey = samePeriodPreviousYear(periodKey);
    // Each chain in its own read (and cache entry), never inside the transaction above (one session on PGlite).
    const chains: GoalChainView[] = [];
    for (const goal of base.goals) {
      const view = await this.chains.view(auth, goal.id, { periods: [previousKey, periodKey], orgNodeIds: base.nodeIds });
      chains.push(JSON.parse(view.body) as GoalChainView);
    }
    // A locked period is read as frozen at its lock (snapshot version 2); an open one, or one locked before version 2, live.
    const frozen = base.snapshot?.version === 2 ? base.snapshot : null;
    const items = agendaItems({
      bodyNodeId: base.bodyId, periodKey, previousKey, scale: base.scale, chains: frozen ? withFrozenFigures(chains, periodKey, frozen) : chains,
      openActions: base.openActions,
      narrativesByGoal: base.narrativesByGoal, nodeNames: base.nodeNames, notes: base.notes,
    });
    return { dialogueId, periodKey, comparedWith: previousKey, source: frozen ? 'snapshot' : 'live', items };
  }

  /** Writes the note of one agenda item (an empty text removes it), audited. */
  saveNote(auth: AuthContext, dialogueId: string, body: SaveAgendaNoteDto): Promise<{ itemKey: string; text: string }> {
    return this.db.run(auth.tenantId, async (m) => {
      const d = await dialogueForWrite(m, auth, dialogueId);
      const text = body.text.trim();
      const before = await dialogueNoteQueries.save(m, auth.tenantId, d.id, body.itemKey, text);
      await this.audit.record(m, auth, {
        action: before === null ? 'create' : text === '' ? 'delete' : 'update',
        entityType: 'dialogue_note',
        entityId: d.id,
        before: before === null ? null : { itemKey: body.itemKey, text: before },
        after: text === '' ? null : { itemKey: body.itemKey, text },
      });
      return { itemKey: body.itemKey, text };
    });
  }
}
