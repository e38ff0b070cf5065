import type { GoalDto, GoalLevel, GoalOwnerRef, HygieneReport, OrgNodeKind, OrgTreeNode, UppdragPage } from '@resultatkedjan/contracts';
import type { CascadeNode } from '../api/goals';

const owner = (id: string, name: string, kind: OrgNodeKind): GoalOwnerRef => ({ id, name, kind });
export const owners = {
  kf: owner('node-kf', 'Kommunfullmäktige', 'kf'),
  bun: owner('node-bun', 'Barn- och utbildningsnämnden', 'namnd'),
  von: owner('node-von', 'Vård- och omsorgsnämnden', 'namnd'),
  hem: owner('node-hem', 'Exempelstadshem AB', 'bolag'),
  ev: owner('node-ev', 'Exempelstad Energi och Vatten AB', 'bolag'),
};

function node(
  key: string,
  level: GoalLevel,
  title: string,
  ownerRef: GoalOwnerRef,
  children: CascadeNode[] = [],
  extra: Partial<CascadeNode> = {},
): CascadeNode {
  return {
    id: `goal-${key}`,
    key,
    level,
    title,
    ownerNode: ownerRef,
    geh: false,
    status: 'beslutad',
    alsoServesGoalIds: [],
    children,
    ...(level === 'bolagsmal' ? { agardirektiv: null } : {}),
    ...extra,
  };
}

const hemDirective = { id: 'ad-hem', title: 'Ägardirektiv för Exempelstadshem AB 2025', servesGoalIds: ['goal-IM3', 'goal-IM2'] };

/** A slice of the demo kommun's cascade (DOMAIN.md 7.3). */
export function demoCascade(year = 2026): { year: number; roots: CascadeNode[] } {
  return {
    year,
    roots: [
      node('VISION', 'vision', 'Exempelstad – nära, grönt och växande', owners.kf, [
        node('IM1', 'inriktningsmal', 'Barn och unga får en god start och lyckas i skolan', owners.kf, [
          node('BUN1', 'namndmal', 'Fler elever är behöriga till gymnasiets yrkesprogram', owners.bun, [], {
            geh: true,
            latestAssessment: { level: 2, label: 'Delvis uppfyllt', trend: 'up' },
          }),
        ]),
        node('IM2', 'inriktningsmal', 'Den som behöver stöd får trygg vård och omsorg med hög kvalitet', owners.kf, [
          node('VON1', 'namndmal', 'Brukare i hemtjänsten möter färre personal och känner sig trygga', owners.von, [], { geh: true }),
        ]),
        node('IM3', 'inriktningsmal', 'Exempelstad är en hållbar och attraktiv plats att bo och verka i', owners.kf, [
          node('HEM1', 'bolagsmal', 'Fler bostäder: ≥ 60 färdigställda lägenheter per år', owners.hem, [], {
            geh: true,
            agardirektiv: hemDirective,
          }),
          node('HEM2', 'bolagsmal', 'Trygga och nöjda hyresgäster; inga vräkningar av barnfamiljer', owners.hem, [], {
            alsoServesGoalIds: ['goal-IM2'],
            agardirektiv: hemDirective,
          }),
          node('EV1', 'bolagsmal', 'Säker och hållbar vattenförsörjning', owners.ev, [], { geh: true }),
        ]),
        node('IM4', 'inriktningsmal', 'Fler invånare är fysiskt aktiva', owners.kf, [], { status: 'forslag' }),
      ]),
      node('FM1', 'finansiellt_mal', 'Årets resultat ≥ 2,0 % av skatteintäkter och generella statsbidrag', owners.kf, [], {
        geh: true,
      }),
      node('HEM-F', 'bolagsmal', 'Soliditet ≥ 15 %; direktavkastning ≥ 4,0 %', owners.hem, [], {
        geh: true,
        agardirektiv: hemDirective,
      }),
    ],
  };
}

export function goalDto(overrides: Partial<GoalDto> = {}): GoalDto {
  return {
    id: 'goal-IM1',
    key: 'IM1',
    level: 'inriktningsmal',
    title: 'Barn och unga får en god start och lyckas i skolan',
    description: 'Alla barn ska få en god start i livet.',
    ownerNodeId: 'node-kf',
    parentGoalId: 'goal-VISION',
    alsoServesGoalIds: [],
    geh: false,
    mandatperiodId: null,
    validFromYear: 2025,
    validToYear: null,
    reviewDate: null,
    status: 'beslutad',
    decision: { organ: 'KF', datum: '2023-06-19', paragraf: '§ 78', diarienummer: 'KS 2023/0145' },
    sortOrder: 0,
    version: 3,
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

const orgNode = (id: string, key: string, name: string, kind: OrgNodeKind, parentId: string | null, children: OrgTreeNode[] = []): OrgTreeNode => ({
  id, key, name, kind, parentId, validFrom: '2020-01-01', validTo: null, ownershipShare: null, purpose: null, sortOrder: 0, children,
});

/** KF with KS, two nämnder and a bolag: enough to check write scopes. */
export const demoOrgTree: OrgTreeNode[] = [
  orgNode('node-kf', 'kf', 'Kommunfullmäktige', 'kf', null, [
    orgNode('node-ks', 'ks', 'Kommunstyrelsen', 'ks', 'node-kf'),
    orgNode('node-bun', 'bun', 'Barn- och utbildningsnämnden', 'namnd', 'node-kf', [
      orgNode('node-norr', 'uf.gr.norr', 'Norrskolan F–9', 'enhet', 'node-bun'),
    ]),
    orgNode('node-von', 'von', 'Vård- och omsorgsnämnden', 'namnd', 'node-kf'),
    orgNode('node-hem', 'hem', 'Exempelstadshem AB', 'bolag', 'node-kf'),
  ]),
];

/** R-1 counts for the goal tree page: BUN over its goal ceiling. */
export const demoHygiene: HygieneReport = {
  year: 2026,
  goalCeiling: 5,
  indicatorCeiling: 6,
  bodies: [
    {
      node: { id: 'node-bun', name: 'Barn- och utbildningsnämnden', kind: 'namnd' }, goalCount: 6, overCeiling: true, indicatorCount: 14, uppdragCount: 2, goals: [],
      warnings: ['Barn- och utbildningsnämnden har 6 mål för 2026; kommunens tak är 5 (R-1). Färre mål ger tydligare styrning.'],
    },
    { node: { id: 'node-ks', name: 'Kommunstyrelsen', kind: 'ks' }, goalCount: 1, overCeiling: false, indicatorCount: 3, uppdragCount: 0, goals: [], warnings: [] },
  ],
};

export const demoUppdrag: UppdragPage = {
  items: [
    {
      id: 'upp-1', title: 'Utred fler lärarlag', description: '', issuerNodeId: 'node-bun', issuerName: 'Barn- och utbildningsnämnden',
      ownerNodeId: 'node-norr', ownerName: 'Norrskolan F–9', goalId: null, year: 2026, deadline: '2026-10-31', status: 'pagar', version: 2,
    },
  ],
  page: 1,
  pageSize: 200,
  total: 1,
};

/** The org routes the goal pages read. */
export const orgRoutes = {
  'GET /api/v1/goals/hygiene': demoHygiene,
  'GET /api/v1/uppdrag': demoUppdrag,
  'GET /api/v1/indicator-care': {
    today: '2026-10-10', reviewWithinDays: 30, retirementProposals: [],
    reviewsDue: [{ kind: 'indicator', id: 'ind-1', key: 'BUN1.E1', name: 'Behöriga till yrkesprogram', reviewDate: '2026-10-31', goalId: 'goal-BUN1', ownerNodeId: 'node-bun', ownerName: 'Barn- och utbildningsnämnden' }],
  },
  'GET /api/v1/org-nodes/tree': demoOrgTree,
  'GET /api/v1/org-nodes': { items: [{ ...demoOrgTree[0]!, children: undefined }], page: 1, pageSize: 10, total: 1 },
};
