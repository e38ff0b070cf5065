// The sector templates of DOMAIN.md 4.2 (and the demo's bygglov and bibliotek chains, 7.4 D–E) as pure data.
// Result indicators come first; every ratio pair fits the kind's rules (apps/api chain/ratios/ratio-pair-rules).
import type { ChainTemplate, ChainTemplateIndicator } from './chain-templates.js';

type Ind = ChainTemplateIndicator;

const sum = (ref: string, link: Ind['link'], name: string, unit: string, purpose: string, more: Partial<Ind> = {}): Ind => ({
  ref, link, name, unit, direction: 'neutral', orgAggregation: 'SUM', timeAggregation: 'SUM', periodicity: 'kvartal', purpose, ...more,
});

const share = (ref: string, name: string, numeratorRef: string, denominatorRef: string, purpose: string, more: Partial<Ind> = {}): Ind => ({
  ref, link: 'resultat', name, unit: '%', direction: 'higher', orgAggregation: 'RATIO', timeAggregation: 'RATIO', periodicity: 'kvartal',
  numeratorRef, denominatorRef, scale: 100, purpose, ...more,
});

const cost = (ref: string, name = 'Nettokostnad'): Ind =>
  sum(ref, 'resurs', name, 'tkr', 'Vad verksamheten kostar, alltid läst ihop med volym och kvalitet; används av nämnden, ekonomer och chefer.', {
    direction: 'lower', targeted: false,
  });

const fte = (ref: string, name = 'Årsarbetare'): Ind =>
  sum(ref, 'resurs', name, 'åa', 'Personalresursen i årsarbetare; nämnare i produktiviteten. Används för bemanningsplanering.', {
    timeAggregation: 'AVG', targeted: false,
  });

const ANNUAL = { timeAggregation: 'ANNUAL', periodicity: 'ar' } as const;

export const CHAIN_TEMPLATES: readonly ChainTemplate[] = [
  {
    id: 'grundskola',
    sector: 'Grundskola',
    goalExample: 'Eleverna är behöriga till gymnasiet',
    elements: [
      { link: 'resultat', name: 'Behörighet och trygghet', description: 'Vad eleverna uppnår.' },
      { link: 'prestation', name: 'Elever som avslutat årskurs 9', description: 'Räknas per läsår och rapporteras i kvartal 2.' },
      { link: 'aktivitet', name: 'Genomförd undervisning', description: 'Lektioner som blev av mot planerade; extra anpassningar.', resultRef: 'K2' },
      { link: 'resurs', name: 'Lärare och nettokostnad', description: 'Lärartjänster, lokaler och nettokostnad.' },
      { link: 'behov', name: 'Elever i grundskolan', description: 'Barn 6–15 år, nyanlända, elevernas bakgrund.' },
    ],
    indicators: [
      share('K2', 'Andel behöriga till yrkesprogram', 'K1', 'P1',
        'Mäter målet: att eleverna blir behöriga till gymnasiets yrkesprogram. Nämnden och KF följer det i delår och årsredovisning.',
        { ...ANNUAL, koladaId: 'N15428' }),
      sum('K1', 'resultat', 'Elever behöriga till yrkesprogram', 'st', 'Antalet behöriga avgångselever; täljare i andelen behöriga och i behöriga per mnkr.',
        { ...ANNUAL, direction: 'higher', targeted: false }),
      sum('P1', 'prestation', 'Elever som avslutat årskurs 9', 'st', 'Avgångselever per läsår; nämnare i andelen behöriga.', { ...ANNUAL, targeted: false }),
      { ...share('A3', 'Andel genomförd undervisning', 'A2', 'A1', 'Inställda lektioner är en tidig signal om risk för lägre behörighet.'), link: 'aktivitet', targeted: false },
      sum('A2', 'aktivitet', 'Genomförda lektioner', 'st', 'Täljare i andelen genomförd undervisning.', { direction: 'higher', targeted: false }),
      sum('A1', 'aktivitet', 'Planerade lektioner', 'st', 'Nämnare i andelen genomförd undervisning.', { targeted: false }),
      cost('R1'),
      fte('R2', 'Lärartjänster'),
      sum('B1', 'behov', 'Elever (15 oktober)', 'st', 'Elevantalet styr resursfördelningen; används vid budget och planering.', { ...ANNUAL, targeted: false }),
    ],
    ratios: [
      { kind: 'kostnad_per_resultat', name: 'Kostnad per behörig avgångselev', numeratorRef: 'R1', denominatorRef: 'K1', unit: 'kr/behörig elev' },
      { kind: 'effektivitet', name: 'Behöriga elever per mnkr', numeratorRef: 'K1', denominatorRef: 'R1', unit: 'behöriga per mnkr' },
      { kind: 'kostnad_per_prestation', name: 'Kostnad per avgångselev', numeratorRef: 'R1', denominatorRef: 'P1', unit: 'kr/elev' },
      { kind: 'produktivitet', name: 'Avgångselever per lärartjänst', numeratorRef: 'P1', denominatorRef: 'R2', unit: 'elever/åa' },
    ],
  },
  {
    id: 'hemtjanst',
    sector: 'Äldreomsorg / hemtjänst',
    goalExample: 'Brukarna möter få personal och känner sig trygga hemma',
    elements: [
      { link: 'resultat', name: 'Kontinuitet, trygghet och nöjdhet', description: 'Vad brukarna märker.' },
      { link: 'prestation', name: 'Utförd hemtjänst', description: 'Utförda timmar (brukartid), besök.' },
      { link: 'aktivitet', name: 'Små fasta team med två kontaktpersoner', description: 'Genomförandeplaner i tid.', resultRef: 'K1' },
      { link: 'resurs', name: 'Personal och nettokostnad', description: 'Undersköterskor, vårdbiträden, bilar.' },
      { link: 'behov', name: 'Brukare och beviljad tid', description: 'Invånare 80+, beviljade timmar.' },
    ],
    indicators: [
      {
        ref: 'K1', link: 'resultat', name: 'Personalkontinuitet (personal per brukare under 14 dagar)', unit: 'pers.', direction: 'lower',
        orgAggregation: 'WEIGHTED_MEAN', weightRef: 'B1', timeAggregation: 'AVG', periodicity: 'kvartal',
        purpose: 'Mäter målet ur brukarens perspektiv: hur många olika personal brukaren möter; vägs med antal brukare.',
      },
      {
        ref: 'K3', link: 'resultat', name: 'Andel nöjda med hemtjänsten', unit: '%', direction: 'higher', orgAggregation: 'NONE',
        ...ANNUAL, purpose: 'Brukarnas egen bedömning i Socialstyrelsens årliga undersökning; visar om förändringen märks.',
      },
      sum('P1', 'prestation', 'Utförda timmar', 'h', 'Levererad hemtjänst; grund för kostnad per timme och produktivitet.', { targeted: false }),
      {
        ref: 'A1', link: 'aktivitet', name: 'Andel brukare med två kontaktpersoner', unit: '%', direction: 'higher', orgAggregation: 'NONE',
        timeAggregation: 'LAST', periodicity: 'kvartal', targeted: false,
        purpose: 'Hur långt införandet av små fasta team har kommit; kopplas till personalkontinuiteten (R-20).',
      },
      cost('R1'),
      fte('R2'),
      sum('B1', 'behov', 'Brukare (vid kvartalets slut)', 'st', 'Behovet, och vikt för kontinuiteten.', { timeAggregation: 'AVG', targeted: false }),
      sum('B2', 'behov', 'Beviljade timmar', 'h', 'Beviljad tid jämförs med utförd tid.', { targeted: false }),
    ],
    ratios: [
      { kind: 'kostnad_per_prestation', name: 'Kostnad per utförd timme', numeratorRef: 'R1', denominatorRef: 'P1', unit: 'kr/h' },
      { kind: 'produktivitet', name: 'Utförda timmar per årsarbetare', numeratorRef: 'P1', denominatorRef: 'R2', unit: 'h/åa' },
    ],
  },
  {
    id: 'ifo',
    sector: 'Individ- och familjeomsorg (IFO)',
    goalExample: 'Barn och unga får rätt stöd i tid',
    elements: [
      { link: 'resultat', name: 'Utredningar i tid och varaktigt stöd', description: 'Inom lagstadgade fyra månader; ej återaktualiserade.' },
      { link: 'prestation', name: 'Avslutade utredningar', description: '' },
      { link: 'aktivitet', name: 'Förhandsbedömningar inom 14 dagar', description: 'Handledning.', resultRef: 'K2' },
      { link: 'resurs', name: 'Socialsekreterare och kostnad', description: 'Egna, inhyrda konsulter, personalomsättning.' },
      { link: 'behov', name: 'Orosanmälningar', description: '' },
    ],
    indicators: [
      share('K2', 'Andel utredningar inom 4 månader', 'K1', 'P1', 'Mäter målet: att barn får beslut inom lagstadgad tid. Följs av nämnden varje kvartal.'),
      sum('K1', 'resultat', 'Utredningar avslutade inom 4 månader', 'st', 'Antalet utredningar i tid; täljare i andelen och i utredningar i tid per mnkr.',
        { direction: 'higher', targeted: false }),
      sum('P1', 'prestation', 'Avslutade utredningar', 'st', 'Volymen utredningar; nämnare i andelen i tid.', { targeted: false }),
      sum('A1', 'aktivitet', 'Förhandsbedömningar inom 14 dagar', 'st', 'Snabb bedömning av orosanmälan; tidig signal för utredningstiderna.',
        { direction: 'higher', targeted: false }),
      cost('R1'),
      fte('R2', 'Socialsekreterare, egna'),
      fte('R3', 'Inhyrda konsulter'),
      sum('B1', 'behov', 'Orosanmälningar', 'st', 'Behovet som driver förhandsbedömningar och utredningar.', { targeted: false }),
    ],
    ratios: [
      { kind: 'kostnad_per_resultat', name: 'Kostnad per utredning inom lagstadgad tid', numeratorRef: 'R1', denominatorRef: 'K1', unit: 'kr/utredning i tid' },
      { kind: 'effektivitet', name: 'Utredningar i tid per mnkr', numeratorRef: 'K1', denominatorRef: 'R1', unit: 'utredningar per mnkr' },
      { kind: 'kostnad_per_prestation', name: 'Kostnad per avslutad utredning', numeratorRef: 'R1', denominatorRef: 'P1', unit: 'kr/utredning' },
      { kind: 'produktivitet', name: 'Avslutade utredningar per socialsekreterare', numeratorRef: 'P1', denominatorRef: 'R2', unit: 'utredningar/åa' },
    ],
  },
  {
    id: 'bygglov',
    sector: 'Bygglov',
    goalExample: 'Bygglov handläggs snabbt och rättssäkert',
    elements: [
      { link: 'resultat', name: 'Beslut i tid och nöjda sökande', description: 'Inom lagstadgad tid (10 veckor).' },
      { link: 'prestation', name: 'Beslut', description: '' },
      { link: 'aktivitet', name: 'Digital ansökan och förhandsdialog', description: '', resultRef: 'K2' },
      { link: 'resurs', name: 'Handläggare och bruttokostnad', description: 'Avgiftsfinansierat: produktiviteten räknas på bruttokostnad.' },
      { link: 'behov', name: 'Inkomna ansökningar', description: '' },
    ],
    indicators: [
      share('K2', 'Andel beslut inom lagstadgad tid', 'K1', 'P1', 'Mäter målet: snabb och rättssäker handläggning. Följs av nämnden varje kvartal.'),
      sum('K1', 'resultat', 'Beslut inom lagstadgad tid (10 veckor)', 'st', 'Antalet beslut i tid; täljare i andelen och i kostnad per beslut i tid.',
        { direction: 'higher', targeted: false }),
      {
        ref: 'K3', link: 'resultat', name: 'NKI bygglov (SKR Insikt)', unit: 'index', direction: 'higher', orgAggregation: 'NONE', ...ANNUAL,
        purpose: 'De sökandes helhetsbedömning; används av nämnden för att se om snabbare handläggning märks.',
      },
      sum('P1', 'prestation', 'Beslut', 'st', 'Volymen beslut; nämnare i andelen i tid och i kostnad per beslut.', { targeted: false }),
      cost('R1', 'Bruttokostnad'),
      fte('R2', 'Handläggare'),
      sum('B1', 'behov', 'Inkomna ansökningar', 'st', 'Efterfrågan som styr bemanningen.', { targeted: false }),
    ],
    ratios: [
      { kind: 'kostnad_per_prestation', name: 'Bruttokostnad per beslut', numeratorRef: 'R1', denominatorRef: 'P1', unit: 'kr/beslut' },
      { kind: 'kostnad_per_resultat', name: 'Kostnad per beslut inom tid', numeratorRef: 'R1', denominatorRef: 'K1', unit: 'kr/beslut i tid' },
      { kind: 'produktivitet', name: 'Beslut per handläggare', numeratorRef: 'P1', denominatorRef: 'R2', unit: 'beslut/åa' },
    ],
  },
  {
    id: 'bibliotek',
    sector: 'Bibliotek',
    goalExample: 'Fler barn och unga läser',
    elements: [
      { link: 'resultat', name: 'Läsande barn och unga', description: 'Utlån per barn, läsvanor.' },
      { link: 'prestation', name: 'Besök och utlån', description: '' },
      { link: 'aktivitet', name: 'Läsfrämjande programaktiviteter', description: '', resultRef: 'K2' },
      { link: 'resurs', name: 'Personal och nettokostnad', description: '' },
      { link: 'behov', name: 'Barn 0–17 år', description: 'Nämnare i utlån per barn.' },
    ],
    indicators: [
      {
        ref: 'K1', link: 'resultat', name: 'Utlån av barn- och ungdomsmedia per barn 0–17', unit: 'st', direction: 'higher', orgAggregation: 'RATIO',
        timeAggregation: 'ANNUAL', periodicity: 'ar', numeratorRef: 'P2', denominatorRef: 'B1',
        purpose: 'Mäter målet: att barn och unga lånar och läser mer. Nämnden följer det i delår och årsredovisning.',
      },
      {
        ref: 'K2', link: 'resultat', name: 'Elever åk 5 som läser på fritiden varje vecka', unit: '%', direction: 'higher', orgAggregation: 'NONE', ...ANNUAL,
        purpose: 'Barnens egen bild av sitt läsande, från skolenkäten; visar om satsningen märks utanför biblioteket.',
      },
      sum('P1', 'prestation', 'Besök', 'st', 'Volymen besök; nämnare i kostnad per besök.', { targeted: false }),
      sum('P2', 'prestation', 'Utlån barn- och ungdomsmedia', 'st', 'Täljare i utlån per barn.', { targeted: false }),
      sum('A1', 'aktivitet', 'Läsfrämjande programaktiviteter', 'st', 'Satsningen på läsfrämjande för barn och unga (R-20).', { targeted: false }),
      cost('R1'),
      fte('R2', 'Personal'),
      sum('B1', 'behov', 'Barn 0–17 år', 'st', 'Befolkningen som målet gäller; nämnare i utlån per barn.', { ...ANNUAL, targeted: false }),
    ],
    ratios: [
      { kind: 'kostnad_per_prestation', name: 'Kostnad per besök', numeratorRef: 'R1', denominatorRef: 'P1', unit: 'kr/besök' },
      { kind: 'produktivitet', name: 'Utlån per årsarbetare', numeratorRef: 'P2', denominatorRef: 'R2', unit: 'utlån/åa' },
    ],
  },
  {
    id: 'bostadsbolag',
    sector: 'Kommunalt bostadsbolag',
    goalExample: 'Tillräckligt med bostäder, trygga och nöjda hyresgäster, inga vräkningar av barnfamiljer',
    elements: [
      { link: 'resultat', name: 'Uthyrning, nöjdhet och inga vräkningar', description: 'Även soliditet och direktavkastning.' },
      { link: 'prestation', name: 'Färdigställda och förvaltade lägenheter', description: '' },
      { link: 'aktivitet', name: 'Skuldrådgivning och felavhjälpning', description: 'Förebyggande arbete mot vräkningar.', resultRef: 'K3' },
      { link: 'resurs', name: 'Rörelsekostnader och personal', description: '' },
    ],
    indicators: [
      {
        ref: 'K3', link: 'resultat', name: 'Vräkningar, hushåll med barn', unit: 'st', direction: 'lower', orgAggregation: 'SUM', timeAggregation: 'SUM',
        periodicity: 'kvartal', purpose: 'Ägardirektivets mål att inga barnfamiljer vräks; följs av styrelsen och ägaren.',
      },
      {
        ref: 'K1', link: 'resultat', name: 'Uthyrningsgrad bostäder', unit: '%', direction: 'higher', orgAggregation: 'NONE', timeAggregation: 'AVG',
        periodicity: 'kvartal', purpose: 'Att bostäderna används; styrelsen följer det varje kvartal.',
      },
      {
        ref: 'K2', link: 'resultat', name: 'NKI hyresgäster', unit: 'index', direction: 'higher', orgAggregation: 'NONE', ...ANNUAL,
        purpose: 'Hyresgästernas helhetsbedömning; visar om boendet upplevs tryggt.',
      },
      sum('P1', 'prestation', 'Färdigställda lägenheter', 'st', 'Nyproduktionen som ska ge tillräckligt med bostäder.', { direction: 'higher', targeted: true }),
      sum('P2', 'prestation', 'Lägenheter i bestånd', 'st', 'Förvaltat bestånd vid kvartalets slut; nämnare i kostnad per lägenhet.',
        { timeAggregation: 'LAST', targeted: false }),
      sum('A1', 'aktivitet', 'Hushåll med hyresskuld som fått stödkontakt', 'st', 'Det förebyggande arbetet mot vräkningar (R-20).',
        { direction: 'higher', targeted: false }),
      cost('R1', 'Rörelsekostnader förvaltning'),
      fte('R2', 'Personal'),
    ],
    ratios: [
      { kind: 'kostnad_per_prestation', name: 'Förvaltningskostnad per lägenhet', numeratorRef: 'R1', denominatorRef: 'P2', unit: 'kr/lägenhet' },
      { kind: 'produktivitet', name: 'Lägenheter per årsarbetare', numeratorRef: 'P2', denominatorRef: 'R2', unit: 'lägenheter/åa' },
    ],
  },
  {
    id: 'va-energi',
    sector: 'VA-/energibolag',
    goalExample: 'Säkert dricksvatten och ett hållbart ledningsnät',
    elements: [
      { link: 'resultat', name: 'Få läckor och nöjda kunder', description: 'Läckor per 100 km, förnyelsetakt, prover utan anmärkning.' },
      { link: 'prestation', name: 'Levererat vatten och förnyad ledning', description: '' },
      { link: 'aktivitet', name: 'Ledningsförnyelse och provtagning', description: '', resultRef: 'K1' },
      { link: 'resurs', name: 'Rörelsekostnader och investeringar', description: 'Självkostnadsprincipen (lag 2006:412).' },
    ],
    indicators: [
      {
        ref: 'K1', link: 'resultat', name: 'Vattenläckor', unit: 'st', direction: 'lower', orgAggregation: 'SUM', timeAggregation: 'SUM',
        periodicity: 'kvartal', purpose: 'Ledningsnätets skick som kunderna märker; läckor per 100 km följs av styrelsen.',
      },
      share('K2', 'Prover utan anmärkning', 'K3', 'A2', 'Dricksvattnets kvalitet; andelen av tagna prover.', { link: 'resultat' }),
      sum('K3', 'resultat', 'Prover utan anmärkning (antal)', 'st', 'Täljare i andelen prover utan anmärkning.', { direction: 'higher', targeted: false }),
      sum('P1', 'prestation', 'Levererat dricksvatten', 'tusen m³', 'Volymen; nämnare i kostnad per levererad m³.', { targeted: false }),
      sum('A1', 'aktivitet', 'Förnyad ledning', 'km', 'Förnyelsen som ska minska läckorna (R-20).', { direction: 'higher', targeted: true }),
      sum('A2', 'aktivitet', 'Tagna prover', 'st', 'Provtagningen; nämnare i andelen utan anmärkning.', { targeted: false }),
      cost('R1', 'Rörelsekostnader VA'),
      fte('R2', 'Personal'),
    ],
    ratios: [
      { kind: 'kostnad_per_prestation', name: 'Kostnad per levererad tusen m³', numeratorRef: 'R1', denominatorRef: 'P1', unit: 'kr/tusen m³' },
      { kind: 'produktivitet', name: 'Levererat vatten per årsarbetare', numeratorRef: 'P1', denominatorRef: 'R2', unit: 'tusen m³/åa' },
    ],
  },
];

export function chainTemplate(id: string): ChainTemplate | undefined {
  return CHAIN_TEMPLATES.find((t) => t.id === id);
}
