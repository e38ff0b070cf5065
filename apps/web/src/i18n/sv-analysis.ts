// Texts of the analysis page (/analys).
export const svAnalysis = {
  title: 'Analys',
  intro:
    'Produktivitet, kostnad per prestation och effektivitet för kommunkoncernens mål hos respektive ägare, året mot året före – ' +
    'alltid med täljare och nämnare. Underlag för analysdialogen: läs siffrorna tillsammans med enheternas analyser. ' +
    'Enheter jämförs sida vid sida i resultatkedjan för varje mål, aldrig i en rangordning.',
  year: 'År',
  loading: 'Hämtar nyckeltalen …',
  errorTitle: 'Nyckeltalen kunde inte hämtas',
  empty: (year: number) => `Inga mål med nyckeltal gäller ${year}.`,
  owner: (name: string) => `Ägare: ${name}`,
  openChain: (key: string) => `Visa resultatkedjan för ${key}`,
  tableCaption: (key: string) => `Nyckeltal för ${key} med täljare och nämnare, året mot året före`,
  cols: { ratio: 'Nyckeltal', kind: 'Slag', change: 'Förändring' },
  change: {
    none: 'Kan inte jämföras',
    flat: 'Oförändrat',
    better: 'förbättring',
    worse: 'försämring',
  },
  changeText: (percent: string, judgement: string | null) => (judgement ? `${percent} (${judgement})` : percent),
  omitted: (n: number) => `${n} mål till finns men visas inte här; öppna dem från målträdet.`,
  noRatios: 'Mål utan definierade nyckeltal',
  noRatiosIntro: 'Controllern kan definiera produktivitet, kostnad per prestation och effektivitet för de här målens kedjor.',
} as const;
