import type { EntityManager } from 'typeorm';
import { goalQueries } from '../goals/goal.queries.js';
import { userQueries } from '../users/user.queries.js';
import { valueQueries } from '../values/value.queries.js';
import { agardirektivQueries } from './agardirektiv.queries.js';
import { grunduppdragQueries } from './grunduppdrag.queries.js';
import { orgNodeQueries } from './org-node.queries.js';

/** What may refer to an org node, each as its owner's SQL; each keeps the node from being deleted. */
const REFERENCES = {
  children: { sql: orgNodeQueries.childrenSql, label: 'underenheter' },
  goals: { sql: goalQueries.ownedByNodeSql, label: 'mål' },
  values: { sql: valueQueries.atNodeSql, label: 'inrapporterade värden' },
  grants: { sql: userQueries.grantsAtNodeSql, label: 'behörigheter' },
  agardirektiv: { sql: agardirektivQueries.ofBolagSql, label: 'ägardirektiv' },
  grunduppdrag: { sql: grunduppdragQueries.ofNodeSql, label: 'grunduppdrag' },
} as const;

export type NodeReference = keyof typeof REFERENCES;

const SQL = Object.fromEntries(Object.entries(REFERENCES).map(([name, r]) => [name, r.sql])) as Record<NodeReference, (param: string) => string>;

/** Which kinds of rows refer to the node, in one query. */
export function findNodeReferences(m: EntityManager, nodeId: string): Promise<NodeReference[]> {
  return orgNodeQueries.referencesOf(m, nodeId, SQL);
}

/** "underenheter, mål och behörigheter" */
export function describeReferences(references: NodeReference[]): string {
  const labels = references.map((r) => REFERENCES[r].label);
  return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} och ${labels[labels.length - 1]}`;
}
