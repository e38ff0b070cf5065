import type { EntityManager } from 'typeorm';
import { DIALOGUE_STATUS_LABELS, type DialogueParticipant, type DialogueStatus, type ParticipantInput } from '@resultatkedjan/contracts';
import { addFieldError, type FieldErrors } from '../common/errors/field-errors.js';
import { userQueries } from '../users/user.queries.js';

/** The one step forward from each status (a held meeting is not un-held; a justerat protocol is final). */
export const NEXT_STATUS: Readonly<Record<DialogueStatus, DialogueStatus | null>> = {
  planerad: 'genomford',
  genomford: 'protokoll_justerat',
  protokoll_justerat: null,
};

export function statusStepErrors(from: DialogueStatus, to: DialogueStatus): FieldErrors {
  const next = NEXT_STATUS[from];
  if (next === to) return {};
  const message = next
    ? `Dialogen kan bara gå från ${DIALOGUE_STATUS_LABELS[from]} till ${DIALOGUE_STATUS_LABELS[next]}.`
    : 'Protokollet är justerat; dialogen kan inte ändras.';
  return { status: [message] };
}

/** Participants with users' names filled in; unknown or inactive users and nameless entries are field errors. */
export async function resolveParticipants(m: EntityManager, inputs: readonly ParticipantInput[], fields: FieldErrors): Promise<DialogueParticipant[]> {
  const ids = [...new Set(inputs.flatMap((p) => (p.userId ? [p.userId] : [])))];
  const names = await userQueries.activeNames(m, ids);
  return inputs.map((p, i) => {
    const userId = p.userId ?? null;
    if (userId && !names.has(userId)) addFieldError(fields, `participants.${i}.userId`, 'Användaren finns inte i kommunen.');
    const name = (p.name ?? '').trim() || (userId ? (names.get(userId) ?? '') : '');
    if (!userId && name === '') addFieldError(fields, `participants.${i}.name`, 'Ange ett namn eller en användare.');
    return { userId, name, role: (p.role ?? '').trim() };
  });
}
