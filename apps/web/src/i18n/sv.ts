/** All UI text. Nested by page; functions are used where text needs values. */
export const sv = {
  app: {
    name: 'Resultatkedjan',
    tagline: 'Mål och resultat i kommunen',
  },
  layout: {
    skipLink: 'Hoppa till huvudinnehåll',
    mainNav: 'Huvudmeny',
    openMenu: 'Öppna menyn',
    closeMenu: 'Stäng menyn',
    loadingPage: 'Laddar sidan…',
  },
  nav: {
    overview: 'Översikt',
    goals: 'Mål',
    reports: 'Rapporter',
    analysis: 'Analys',
    calendar: 'Uppföljningskalender',
    systemStatus: 'Systemstatus',
  },
  overview: {
    title: 'Översikt',
    intro:
      'Resultatkedjan hjälper kommunen att följa hur de politiska målen omsätts i verksamheten och vilken skillnad det gör för invånarna.',
    chainHeading: 'Så hänger kedjan ihop',
    chain: [
      { term: 'Mål', description: 'Det kommunen vill uppnå, beslutat av fullmäktige och nämnderna.' },
      { term: 'Resurser', description: 'Pengar, personal och lokaler som sätts in för att nå målen.' },
      { term: 'Aktiviteter', description: 'Det verksamheten gör med resurserna.' },
      { term: 'Prestationer', description: 'Det som levereras, till exempel antal hembesök eller utbildningsplatser.' },
      { term: 'Resultat', description: 'Effekterna för invånarna – det som visar om målen nås.' },
    ],
  },
  comingSoon: {
    heading: 'Kommer snart',
    body: 'Den här delen av Resultatkedjan håller på att byggas och blir tillgänglig i en kommande version.',
    backToOverview: 'Tillbaka till översikten',
  },
  systemStatus: {
    title: 'Systemstatus',
    intro: 'Här ser du om Resultatkedjans tjänster fungerar just nu.',
    loading: 'Hämtar systemstatus…',
    errorTitle: 'Systemstatus kunde inte hämtas',
    errorBody: 'Kontrollera din internetanslutning och försök igen. Kontakta supporten om felet kvarstår.',
    errorCode: (status: number) => `Felkod: ${status}`,
    retry: 'Försök igen',
    overall: 'Övergripande status',
    overallStatus: {
      ok: 'Allt fungerar',
      error: 'Driftstörning',
      shutting_down: 'Stängs ned',
    },
    checksHeading: 'Tjänster',
    database: 'Databas',
    queue: 'Jobbkö',
    check: { up: 'Uppe', down: 'Nere', unknown: 'Okänt' },
    setupHeading: 'Installation',
    databaseMode: 'Databasläge',
    databaseModes: { embedded: 'Inbäddad PGlite', server: 'PostgreSQL-server' },
    queueBackend: 'Köhantering',
    queueBackends: { postgres: 'PostgreSQL', redis: 'Redis' },
    lastHeartbeat: 'Bakgrundsprocessens senaste livstecken',
    noHeartbeat: 'Inget livstecken ännu',
    version: 'Version',
  },
  notFound: {
    title: 'Sidan hittades inte',
    body: 'Sidan du letar efter finns inte eller har flyttats. Kontrollera adressen eller gå vidare via menyn.',
    backToOverview: 'Gå till översikten',
  },
  routeError: {
    title: 'Något gick fel',
    body: 'Sidan kunde inte visas. Ladda om sidan och försök igen. Kontakta supporten om felet kvarstår.',
    reload: 'Ladda om sidan',
    backToOverview: 'Gå till översikten',
  },
};

export type Messages = typeof sv;

/** Document title for a page, e.g. "Systemstatus – Resultatkedjan". */
export function pageTitle(title?: string): string {
  return title ? `${title} – ${sv.app.name}` : sv.app.name;
}
