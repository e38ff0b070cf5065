import type { OrgNode } from '../../aggregation/org-tree.js';

const node = (id: string, parentId: string | null): OrgNode => ({ id, parentId });

export const SCHOOLS = [
  'uf.gr.norr', 'uf.gr.soder', 'uf.gr.central', 'uf.gr.vaster', 'uf.gr.ekbacka',
  'uf.gr.lind', 'uf.gr.bjork', 'uf.gr.strand', 'uf.gr.asby', 'uf.gr.kvarn',
] as const;

export const HEMTJANST_AREAS = ['vof.ht.centrum', 'vof.ht.vaster', 'vof.ht.norr'] as const;

/** Exempelstad's responsibility tree (DOMAIN.md 7.2); rev is not in the reporting tree. */
export const EXEMPELSTAD_ORG: readonly OrgNode[] = [
  node('kf', null),
  node('ks', 'kf'), node('klk', 'ks'),
  node('bun', 'kf'), node('uf', 'bun'), node('uf.gr', 'uf'),
  ...SCHOOLS.map((id) => node(id, 'uf.gr')),
  node('von', 'kf'), node('vof', 'von'), node('vof.ht', 'vof'),
  ...HEMTJANST_AREAS.map((id) => node(id, 'vof.ht')),
  node('sn', 'kf'), node('sof', 'sn'), node('sof.bof', 'sof'),
  node('sbn', 'kf'), node('sbf', 'sbn'), node('sbf.bygglov', 'sbf'),
  node('kfn', 'kf'), node('kff', 'kfn'), node('kff.bibl', 'kff'),
  node('stadshus', 'kf'), node('hem', 'stadshus'), node('ev', 'stadshus'),
];
