import type { AgardirektivSeed, DecisionSeed, GoalSeed } from './types.js';

/** KF adopted the vision and inriktningsmål for the mandatperiod. */
const KF_MANDATE: DecisionSeed = { organ: 'KF', datum: '2023-06-19', paragraf: '§ 78', diarienummer: 'KS 2023/0145' };
/** KF's Mål och budget 2025 (financial goals) and the ägardirektiv adopted the same evening. */
const KF_BUDGET_2025: DecisionSeed = { organ: 'KF', datum: '2024-11-25', paragraf: '§ 142', diarienummer: 'KS 2024/0312' };
const KF_AGARDIREKTIV_2025: DecisionSeed = { organ: 'KF', datum: '2024-11-25', paragraf: '§ 145', diarienummer: 'KS 2024/0330' };
/** Each nämnd breaks KF's goals down into its own in its verksamhetsplan (DOMAIN.md 3.1). */
const namnd = (organ: string, datum: string, paragraf: string, diarienummer: string): DecisionSeed => ({ organ, datum, paragraf, diarienummer });

/** The goals of DOMAIN.md 7.3; all beslutade and valid from 2025. Parents come before children. */
export const GOALS: GoalSeed[] = [
  { key: 'VISION', level: 'vision', title: 'Exempelstad – nära, grönt och växande', owner: 'kf', geh: false, decision: KF_MANDATE },
  {
    key: 'IM1', level: 'inriktningsmal', title: 'Barn och unga får en god start och lyckas i skolan',
    owner: 'kf', parent: 'VISION', geh: false, decision: KF_MANDATE,
  },
  {
    key: 'IM2', level: 'inriktningsmal', title: 'Den som behöver stöd får trygg vård och omsorg med hög kvalitet',
    owner: 'kf', parent: 'VISION', geh: false, decision: KF_MANDATE,
  },
  {
    key: 'IM3', level: 'inriktningsmal', title: 'Exempelstad är en hållbar och attraktiv plats att bo och verka i',
    owner: 'kf', parent: 'VISION', geh: false, decision: KF_MANDATE,
  },
  {
    key: 'FM1', level: 'finansiellt_mal', title: 'Årets resultat ≥ 2,0 % av skatteintäkter och generella statsbidrag',
    owner: 'kf', geh: true, decision: KF_BUDGET_2025,
  },
  {
    key: 'FM2', level: 'finansiellt_mal', title: 'Skattefinansierade investeringar självfinansieras till ≥ 80 %',
    owner: 'kf', geh: true, decision: KF_BUDGET_2025,
  },
  {
    key: 'BUN1', level: 'namndmal', title: 'Fler elever är behöriga till gymnasiets yrkesprogram',
    owner: 'bun', parent: 'IM1', geh: true, decision: namnd('BUN', '2024-12-12', '§ 98', 'BUN 2024/0210'),
  },
  {
    key: 'VON1', level: 'namndmal', title: 'Brukare i hemtjänsten möter färre personal och känner sig trygga',
    owner: 'von', parent: 'IM2', geh: true, decision: namnd('VON', '2024-12-11', '§ 121', 'VON 2024/0188'),
  },
  {
    key: 'SN1', level: 'namndmal', title: 'Barn och unga får rätt stöd i rätt tid',
    owner: 'sn', parent: 'IM2', geh: true, decision: namnd('SN', '2024-12-10', '§ 87', 'SN 2024/0156'),
  },
  {
    key: 'SBN1', level: 'namndmal', title: 'Bygglov handläggs snabbt och rättssäkert',
    owner: 'sbn', parent: 'IM3', geh: false, decision: namnd('SBN', '2024-12-05', '§ 112', 'SBN 2024/0421'),
  },
  {
    key: 'KFN1', level: 'namndmal', title: 'Fler barn och unga läser',
    owner: 'kfn', parent: 'IM1', geh: false, decision: namnd('KFN', '2024-12-09', '§ 64', 'KFN 2024/0077'),
  },
  {
    key: 'HEM1', level: 'bolagsmal', title: 'Fler bostäder: ≥ 60 färdigställda lägenheter per år',
    owner: 'hem', parent: 'IM3', geh: true, decision: KF_AGARDIREKTIV_2025,
  },
  {
    key: 'HEM2', level: 'bolagsmal', title: 'Trygga och nöjda hyresgäster; inga vräkningar av barnfamiljer',
    owner: 'hem', parent: 'IM3', alsoServes: ['IM2'], geh: false, decision: KF_AGARDIREKTIV_2025,
  },
  {
    key: 'HEM-F', level: 'bolagsmal', title: 'Soliditet ≥ 15 %; direktavkastning ≥ 4,0 %',
    description: 'Finansiellt mål i ägardirektivet; ingår i koncernens bedömning av god ekonomisk hushållning.',
    owner: 'hem', geh: true, decision: KF_AGARDIREKTIV_2025,
  },
  {
    key: 'EV1', level: 'bolagsmal', title: 'Säker och hållbar vattenförsörjning',
    owner: 'ev', parent: 'IM3', geh: true, decision: KF_AGARDIREKTIV_2025,
  },
];

export const AGARDIREKTIV: AgardirektivSeed[] = [
  {
    bolag: 'hem',
    title: 'Ägardirektiv för Exempelstadshem AB 2025',
    body:
      'Bolaget ska bidra till att Exempelstad är en hållbar och attraktiv plats att bo och verka i och till att den som behöver stöd ' +
      'får trygghet i sitt boende. Bolaget ska färdigställa minst 60 lägenheter per år, ha nöjda hyresgäster och förebygga ' +
      'vräkningar av barnfamiljer. Soliditeten ska vara minst 15 % och direktavkastningen minst 4,0 %. Bolaget rapporterar ' +
      'kvartalsvis till kommunstyrelsen i ägardialogen.',
    adoptedOn: '2024-11-25',
    serves: ['IM3', 'IM2'],
  },
  {
    bolag: 'ev',
    title: 'Ägardirektiv för Exempelstad Energi och Vatten AB 2025',
    body:
      'Bolaget ska bidra till att Exempelstad är en hållbar och attraktiv plats att bo och verka i genom en säker och hållbar ' +
      'vattenförsörjning. Ledningsnätet ska förnyas med minst 1,0 % per år och antalet vattenläckor vara högst 9 per 100 km ' +
      'ledning. VA-taxan följer självkostnadsprincipen. Bolaget rapporterar kvartalsvis till kommunstyrelsen i ägardialogen.',
    adoptedOn: '2024-11-25',
    serves: ['IM3'],
  },
];
