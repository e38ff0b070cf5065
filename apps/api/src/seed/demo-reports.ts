import type { ReportStatus } from '../reports/report.entity.js';

export interface DemoAssessment {
  whatHappened: string;
  why: string;
  nextSteps: string;
  /** 0 Ej bedömt … 3 Uppfyllt. */
  selfLevel: number;
  selfJustification: string;
}

/** A unit's report in the current period that is further along than a draft. */
export interface DemoReportState {
  node: string;
  status: Exclude<ReportStatus, 'utkast'>;
  /** Demo user e-mails; units without a demo user have no one recorded. */
  submittedBy?: string;
  decidedBy?: string;
  returnComment?: string;
  /** Narrative and self-assessment for every goal the unit reports on, by goal key. */
  assessments: Record<string, DemoAssessment>;
}

const EVA = 'eva.berg@exempelstad.se';

/**
 * Where the units stand in the period the demo opens on, so that every role has something to do at once:
 * Norrskolan (Omar Hassan) has a draft to fill in; Hemtjänst Centrum (Sara Nilsson) has a report Eva Berg returned
 * with a comment; Söderskolan and Hemtjänst Väster wait for Eva's review; Barn och familj is approved. The stories
 * follow DOMAIN.md 7.4. The texts name no quarter, since the open period depends on the day the demo starts.
 */
export const DEMO_REPORT_STATES: readonly DemoReportState[] = [
  {
    node: 'uf.gr.soder',
    status: 'inlamnad',
    assessments: {
      BUN1: {
        whatHappened:
          'Nästan all planerad undervisning genomfördes. Tre lärare var sjukskrivna under kortare perioder, men vikarier fanns på plats i de flesta fall.',
        why: 'Sedan i våras har vi en gemensam vikariepool med Norrskolan, och arbetslagen planerar så att de kan ta över varandras lektioner.',
        nextSteps: 'Behålla vikariepoolen och följa upp närvaron i årskurs 8 och 9 varje månad tillsammans med elevhälsan.',
        selfLevel: 2,
        selfJustification:
          'Genomförd undervisning ligger nära målvärdet, men andelen behöriga vet vi först efter vårterminen. Vi bedömer att målet delvis nås.',
      },
    },
  },
  {
    node: 'vof.ht.centrum',
    status: 'atersand',
    submittedBy: 'sara.nilsson@exempelstad.se',
    decidedBy: EVA,
    returnComment:
      'Tack för en tydlig analys av kontinuiteten! Komplettera gärna med hur kostnaden per utförd timme har utvecklats sedan förra perioden, så att vi ser resurser, volym och kvalitet tillsammans inför analysdialogen.',
    assessments: {
      VON1: {
        whatHappened:
          'De små fasta teamen med två kontaktpersoner per brukare har funnits sedan januari 2026. Brukarna möter färre olika personal och larmen per brukare har minskat.',
        why: 'Varje team har ett eget område och planerar sina scheman själva. Det ger kortare restider och att samma personal kommer tillbaka till samma brukare.',
        nextSteps: 'Dela erfarenheterna med Hemtjänst Väster och följa upp sjukfrånvaron i teamen.',
        selfLevel: 3,
        selfJustification: 'Personalkontinuiteten är bättre än målvärdet, och brukarna säger i vår egen uppföljning att de känner sig tryggare.',
      },
    },
  },
  {
    node: 'vof.ht.vaster',
    status: 'inlamnad',
    assessments: {
      VON1: {
        whatHappened:
          'Vi startade små fasta team med två kontaktpersoner per brukare i juli 2026. Kontinuiteten blev först sämre under sommaren och har sedan börjat förbättras.',
        why: 'Sommarvikarier och semesterscheman gjorde att fler olika personer besökte varje brukare. Teamen var fullt bemannade först i slutet av augusti.',
        nextSteps: 'Låta teamen planera sina egna scheman och ta del av Hemtjänst Centrums erfarenheter vid en gemensam arbetsplatsträff.',
        selfLevel: 2,
        selfJustification: 'Kontinuiteten förbättras men når ännu inte målvärdet.',
      },
    },
  },
  {
    node: 'sof.bof',
    status: 'godkand',
    decidedBy: EVA,
    assessments: {
      SN1: {
        whatHappened: 'Fler utredningar avslutades inom fyra månader än ett år tidigare, och inga inhyrda konsulter behövdes.',
        why: 'Egna socialsekreterare har ersatt konsulterna och personalomsättningen har minskat. Handledning varannan vecka gör att utredningarna inte blir liggande.',
        nextSteps: 'Fortsätta rekryteringen och se över hur förhandsbedömningarna fördelas under semesterperioden.',
        selfLevel: 2,
        selfJustification: 'Andelen utredningar inom fyra månader ligger nära men under målvärdet 95 %.',
      },
    },
  },
];
