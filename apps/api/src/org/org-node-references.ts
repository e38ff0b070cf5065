import type { EntityManager } from 'typeorm';

/** What may refer to an org node; each keeps it from being deleted. */
const REFERENCES = {
  children: { sql: 'SELECT 1 FROM org_node WHERE parent_id = $1', label: 'underenheter' },
  goals: { sql: 'SELECT 1 FROM goal WHERE owner_node_id = $1', label: 'mål' },
  values: { sql: 'SELECT 1 FROM indicator_value WHERE org_node_id = $1', label: 'inrapporterade värden' },
  grants: { sql: 'SELECT 1 FROM role_grant WHERE org_node_id = $1', label: 'behörigheter' },
  agardirektiv: { sql: 'SELECT 1 FROM agardirektiv WHERE bolag_node_id = $1', label: 'ägardirektiv' },
  grunduppdrag: { sql: 'SELECT 1 FROM grunduppdrag WHERE org_node_id = $1', label: 'grunduppdrag' },
} as const;

export type NodeReference = keyof typeof REFERENCES;

/** Which kinds of rows refer to the node, in one query. */
export async function findNodeReferences(m: EntityManager, nodeId: string): Promise<NodeReference[]> {
  const names = Object.keys(REFERENCES) as NodeReference[];
  const select = names.map((name) => `EXISTS (${REFERENCES[name].sql}) AS "${name}"`).join(', ');
  const [row]: Record<NodeReference, boolean>[] = await m.query(`SELECT ${select}`, [nodeId]);
  return names.filter((name) => row[name]);
}

/** "underenheter, mål och behörigheter" */
export function describeReferences(references: NodeReference[]): string {
  const labels = references.map((r) => REFERENCES[r].label);
  return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} och ${labels[labels.length - 1]}`;
}
