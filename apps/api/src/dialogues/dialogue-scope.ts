import type { EntityManager } from 'typeorm';
import { Action } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { assertNodeInScope } from '../auth/access-scope.js';
import { orNotFound } from '../common/errors/not-found.js';
import { ruleViolation } from '../common/errors/field-errors.js';
import { orgNodeQueries } from '../org/org-node.queries.js';
import { dialogueQueries, type DialogueRow } from './dialogue.queries.js';

export const DIALOGUE = 'Dialogen';

/**
 * The body a dialogue is about: a förvaltning's dialogue covers its nämnd's goals (it serves the nämnd), a nämnd's
 * or bolag's its own.
 */
export async function dialogueBodyId(m: EntityManager, d: Pick<DialogueRow, 'org_node_id'>): Promise<string> {
  const node = (await orgNodeQueries.find(m, d.org_node_id))!;
  if (node.kind === 'forvaltning' && node.parentId) {
    const parent = await orgNodeQueries.find(m, node.parentId);
    if (parent?.kind === 'namnd') return parent.id;
  }
  return node.id;
}

/** The dialogue, provided the caller may write dialogues of its node (403) and its protocol is not justerat (422). */
export async function dialogueForWrite(m: EntityManager, auth: AuthContext, id: string, options: { evenIfJusterat?: boolean } = {}): Promise<DialogueRow> {
  const d = orNotFound(await dialogueQueries.find(m, id), DIALOGUE);
  await assertNodeInScope(m, auth, Action.dialogueWrite, d.org_node_id);
  if (!options.evenIfJusterat && d.status === 'protokoll_justerat') throw ruleViolation({ status: ['Protokollet är justerat; dialogen kan inte ändras.'] });
  return d;
}
