import type { GrunduppdragSeed, OrgNodeSeed } from './types.js';

const schools: [string, string][] = [
  ['uf.gr.norr', 'Norrskolan F–9'],
  ['uf.gr.soder', 'Söderskolan F–9'],
  ['uf.gr.central', 'Centralskolan 7–9'],
  ['uf.gr.vaster', 'Västerskolan 7–9'],
  ['uf.gr.ekbacka', 'Ekbackaskolan F–6'],
  ['uf.gr.lind', 'Lindskolan F–6'],
  ['uf.gr.bjork', 'Björkskolan F–6'],
  ['uf.gr.strand', 'Strandskolan F–6'],
  ['uf.gr.asby', 'Åsby skola F–6'],
  ['uf.gr.kvarn', 'Kvarnskolan F–6'],
];

const hemtjanstAreas: [string, string][] = [
  ['vof.ht.centrum', 'Hemtjänst Centrum'],
  ['vof.ht.vaster', 'Hemtjänst Väster'],
  ['vof.ht.norr', 'Hemtjänst Norr'],
];

/**
 * The responsibility tree of DOMAIN.md 7.2, parents before children. Kommunrevisionen (`rev`) is not in the
 * reporting tree and is left out.
 */
export const ORG_NODES: OrgNodeSeed[] = [
  { key: 'kf', name: 'Kommunfullmäktige', kind: 'kf' },
  { key: 'ks', name: 'Kommunstyrelsen', kind: 'ks', parent: 'kf' },
  { key: 'klk', name: 'Kommunledningskontoret', kind: 'forvaltning', parent: 'ks' },

  { key: 'bun', name: 'Barn- och utbildningsnämnden', kind: 'namnd', parent: 'kf' },
  { key: 'uf', name: 'Utbildningsförvaltningen', kind: 'forvaltning', parent: 'bun' },
  { key: 'uf.gr', name: 'Grundskola', kind: 'verksamhet', parent: 'uf' },
  ...schools.map(([key, name]): OrgNodeSeed => ({ key, name, kind: 'enhet', parent: 'uf.gr' })),

  { key: 'von', name: 'Vård- och omsorgsnämnden', kind: 'namnd', parent: 'kf' },
  { key: 'vof', name: 'Vård- och omsorgsförvaltningen', kind: 'forvaltning', parent: 'von' },
  { key: 'vof.ht', name: 'Hemtjänst', kind: 'verksamhet', parent: 'vof' },
  ...hemtjanstAreas.map(([key, name]): OrgNodeSeed => ({ key, name, kind: 'enhet', parent: 'vof.ht' })),

  { key: 'sn', name: 'Socialnämnden', kind: 'namnd', parent: 'kf' },
  { key: 'sof', name: 'Socialförvaltningen', kind: 'forvaltning', parent: 'sn' },
  { key: 'sof.bof', name: 'Barn och familj (myndighet)', kind: 'enhet', parent: 'sof' },

  { key: 'sbn', name: 'Samhällsbyggnadsnämnden', kind: 'namnd', parent: 'kf' },
  { key: 'sbf', name: 'Samhällsbyggnadsförvaltningen', kind: 'forvaltning', parent: 'sbn' },
  { key: 'sbf.bygglov', name: 'Bygglovsenheten', kind: 'enhet', parent: 'sbf' },

  { key: 'kfn', name: 'Kultur- och fritidsnämnden', kind: 'namnd', parent: 'kf' },
  { key: 'kff', name: 'Kultur- och fritidsförvaltningen', kind: 'forvaltning', parent: 'kfn' },
  { key: 'kff.bibl', name: 'Biblioteket', kind: 'enhet', parent: 'kff' },

  {
    key: 'stadshus', name: 'Exempelstads Stadshus AB', kind: 'bolag', parent: 'kf', ownershipShare: 100,
    purpose: 'Att äga och förvalta aktier i Exempelstads kommunala bolag och samordna koncernens verksamhet utifrån kommunens mål.',
  },
  {
    key: 'hem', name: 'Exempelstadshem AB', kind: 'bolag', parent: 'stadshus', ownershipShare: 100,
    purpose:
      'Att främja bostadsförsörjningen i Exempelstad genom att förvärva, bygga, äga och förvalta bostäder enligt affärsmässiga principer (lag 2010:879).',
  },
  {
    key: 'ev', name: 'Exempelstad Energi och Vatten AB', kind: 'bolag', parent: 'stadshus', ownershipShare: 100,
    purpose:
      'Att tillhandahålla dricksvatten och avlopp enligt lagen (2006:412) om allmänna vattentjänster samt fjärrvärme i Exempelstad.',
  },
];

/** One line each (DOMAIN.md 7.2), shown beside the development goals. */
export const GRUNDUPPDRAG: GrunduppdragSeed[] = [
  { node: 'bun', text: 'Förskola, skola och fritidshem enligt skollagen.' },
  {
    node: 'von',
    text: 'Vård och omsorg för äldre och personer med funktionsnedsättning enligt socialtjänstlagen, LSS och den kommunala hälso- och sjukvården.',
  },
  { node: 'sn', text: 'Socialtjänst för enskilda och familjer.' },
  { node: 'sbn', text: 'Planering, bygglov, gator och parker samt miljötillsyn.' },
  { node: 'kfn', text: 'Bibliotek, kultur och stöd till föreningslivet.' },
  { node: 'hem', text: 'Bostadsförsörjning på affärsmässiga grunder.' },
  { node: 'ev', text: 'Dricksvatten, avlopp och fjärrvärme.' },
];
