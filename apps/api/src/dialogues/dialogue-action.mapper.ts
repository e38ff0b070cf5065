import type { DialogueActionDto } from '@resultatkedjan/contracts';
import type { DialogueActionRow } from './dialogue-action.queries.js';

export function toActionDto(row: DialogueActionRow): DialogueActionDto {
  return {
    id: row.id,
    dialogueId: row.dialogue_id,
    dialogueTitle: row.dialogue_title,
    title: row.title,
    ownerNodeId: row.owner_node_id,
    ownerNodeName: row.owner_node_name,
    ownerUserId: row.owner_user_id,
    ownerUserName: row.owner_user_name,
    dueOn: row.due_on,
    goalId: row.goal_id,
    indicatorId: row.indicator_id,
    status: row.status,
    closedAt: row.closed_at ? new Date(row.closed_at).toISOString() : null,
    version: row.version,
  };
}
