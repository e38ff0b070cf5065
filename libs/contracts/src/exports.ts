// Shared shapes of the årsredovisning and delårsrapport exports (API, worker and web), and the JSON Schema of the
// JSON export's content.
import type { AssessmentTier } from './assessments.js';
import type { GoalLevel, OrgNodeKind } from './enums.js';

export const ExportFormat = { xlsx: 'xlsx', docx: 'docx', csv: 'csv', json: 'json' } as const;
export type ExportFormat = (typeof ExportFormat)[keyof typeof ExportFormat];
export const EXPORT_FORMATS = Object.values(ExportFormat) as ExportFormat[];

export const EXPORT_FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  xlsx: 'Excel (XLSX)',
  docx: 'Word (DOCX)',
  csv: 'CSV',
  json: 'JSON',
};

/** köad → pågår → klar | misslyckad. */
export const ExportStatus = { koad: 'koad', pagar: 'pagar', klar: 'klar', misslyckad: 'misslyckad' } as const;
export type ExportStatus = (typeof ExportStatus)[keyof typeof ExportStatus];
export const EXPORT_STATUSES = Object.values(ExportStatus) as ExportStatus[];

export const EXPORT_STATUS_LABELS: Readonly<Record<ExportStatus, string>> = {
  koad: 'Köad',
  pagar: 'Pågår',
  klar: 'Klar',
  misslyckad: 'Misslyckades',
};

/** The report an export is part of, from the period's kind: helår → årsredovisning, delår → delårsrapport. */
export type ExportReportKind = 'arsredovisning' | 'delarsrapport';

/** POST /exports */
export interface CreateExportRequest {
  periodId: string;
  format: ExportFormat;
}

/** An export as GET /exports and GET /exports/:id return it (the file itself at GET /exports/:id/file). */
export interface ExportDto {
  id: string;
  periodId: string;
  periodKey: string;
  reportKind: ExportReportKind;
  format: ExportFormat;
  status: ExportStatus;
  /** 0–100 */
  progress: number;
  fileName: string;
  /** Bytes, once the file is stored. */
  size: number | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  createdByName: string | null;
}

/** GET /exports/periods: the locked helår and delår periods that can be exported, newest first, with their exports. */
export interface ExportPeriodDto {
  id: string;
  periodKey: string;
  kind: 'helar' | 'delar';
  reportKind: ExportReportKind;
  coversFrom: string;
  coversTo: string;
  lockedAt: string | null;
  /** false when the period has no snapshot that exports can read (none yet, or one taken before version 2). */
  exportable: boolean;
  exports: ExportDto[];
}

// ---------------------------------------------------------------- content (the JSON export; XLSX, DOCX and CSV render it)

export interface ExportLevel {
  level: number;
  label: string;
}

export interface ExportIndicator {
  key: string;
  name: string;
  unit: string;
  /** Utfall for the period at the goal's owner (rolled up over its subtree). */
  outcome: number | null;
  target: number | null;
  level: number;
  label: string;
  /** Why there is no value or no level: saknar_varde, saknar_mal, inaktuellt_varde … */
  reason: string | null;
  /** For a ratio indicator (a share, a quotient): the summed parts, each in its unit. */
  numerator: number | null;
  numeratorUnit: string;
  denominator: number | null;
  denominatorUnit: string;
}

export interface ExportRatio {
  name: string;
  value: number | null;
  unit: string;
  numerator: number | null;
  numeratorUnit: string;
  denominator: number | null;
  denominatorUnit: string;
  /** value = numerator / denominator × scale (1 unless the definition converts units, e.g. 100 for %). */
  scale: number;
  reason: string | null;
}

/** One recorded assessment: the unit's own (self) or a tier above it. */
export interface ExportAssessment {
  tier: 'self' | AssessmentTier;
  tierLabel: string;
  orgNodeName: string;
  level: number;
  label: string;
  justification: string;
}

export interface ExportNarrative {
  orgNodeName: string;
  whatHappened: string;
  why: string;
  nextSteps: string;
}

export interface ExportGoal {
  key: string;
  title: string;
  level: GoalLevel;
  levelLabel: string;
  ownerKey: string;
  ownerName: string;
  /** The nämnd or bolag (or KF/KS) whose sheet the goal is on. */
  bodyKey: string;
  parentKey: string | null;
  geh: boolean;
  indicators: ExportIndicator[];
  ratios: ExportRatio[];
  assessments: ExportAssessment[];
  /** The highest tier's recorded judgement (KS › nämnd › förvaltning › self); level 0 "Ej bedömt" when nobody assessed. */
  result: ExportLevel & { tier: ExportAssessment['tier'] | null };
  /** The lowest indicator level (the product's suggestion; not a judgement). */
  suggested: ExportLevel;
  narratives: ExportNarrative[];
}

export interface ExportBody {
  key: string;
  name: string;
  kind: OrgNodeKind;
  /** Percent, for a bolag. */
  ownershipShare: number | null;
  grunduppdrag: string[];
  goalKeys: string[];
}

/** A KF inriktningsmål or finansiellt mål with the goals under it, as the förvaltningsberättelse's målavstämning. */
export interface ExportReconciliation {
  goalKey: string | null;
  title: string;
  childKeys: string[];
}

export interface ExportLevelCount extends ExportLevel {
  count: number;
}

export interface ExportContent {
  schemaVersion: 1;
  reportKind: ExportReportKind;
  kommun: string;
  period: { key: string; kind: string; label: string; coversFrom: string; coversTo: string };
  snapshotTakenAt: string;
  levels: ExportLevel[];
  bodies: ExportBody[];
  goals: ExportGoal[];
  reconciliation: ExportReconciliation[];
  geh: {
    goalKeys: string[];
    /** Per level (best first, Ej bedömt last): GEH goals of the kommun's own organisation. */
    kommunen: ExportLevelCount[];
    /** The same including the bolag. */
    kommunkoncern: ExportLevelCount[];
    bolag: { key: string; name: string; ownershipShare: number | null }[];
  };
}

/** What an export's file holds besides the content: when it was generated (the only part that differs between runs). */
export interface ExportDocument extends ExportContent {
  generatedAt: string;
}

const levelSchema = {
  type: 'object',
  required: ['level', 'label'],
  properties: { level: { type: 'integer', minimum: 0 }, label: { type: 'string' } },
} as const;
const nullableNumber = { type: ['number', 'null'] } as const;
const nullableString = { type: ['string', 'null'] } as const;
const strings = { type: 'array', items: { type: 'string' } } as const;

/** JSON Schema (2020-12) of the JSON export (ExportDocument). Documented in README.md, "Exports". */
export const EXPORT_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://resultatkedjan.se/schemas/export-v1.json',
  title: 'Resultatkedjan: årsredovisning/delårsrapport, målavstämning',
  type: 'object',
  required: ['schemaVersion', 'reportKind', 'kommun', 'period', 'snapshotTakenAt', 'generatedAt', 'levels', 'bodies', 'goals', 'reconciliation', 'geh'],
  properties: {
    schemaVersion: { const: 1 },
    reportKind: { enum: ['arsredovisning', 'delarsrapport'] },
    kommun: { type: 'string' },
    period: {
      type: 'object',
      required: ['key', 'kind', 'label', 'coversFrom', 'coversTo'],
      properties: {
        key: { type: 'string' }, kind: { type: 'string' }, label: { type: 'string' },
        coversFrom: { type: 'string', format: 'date' }, coversTo: { type: 'string', format: 'date' },
      },
    },
    snapshotTakenAt: { type: 'string', format: 'date-time' },
    generatedAt: { type: 'string', format: 'date-time' },
    levels: { type: 'array', items: levelSchema },
    bodies: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'name', 'kind', 'ownershipShare', 'grunduppdrag', 'goalKeys'],
        properties: { key: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' }, ownershipShare: nullableNumber, grunduppdrag: strings, goalKeys: strings },
      },
    },
    goals: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'title', 'level', 'ownerKey', 'ownerName', 'bodyKey', 'parentKey', 'geh', 'indicators', 'ratios', 'assessments', 'result', 'suggested', 'narratives'],
        properties: {
          key: { type: 'string' }, title: { type: 'string' }, level: { type: 'string' }, levelLabel: { type: 'string' },
          ownerKey: { type: 'string' }, ownerName: { type: 'string' }, bodyKey: { type: 'string' }, parentKey: nullableString, geh: { type: 'boolean' },
          indicators: {
            type: 'array',
            items: {
              type: 'object',
              required: ['key', 'name', 'unit', 'outcome', 'target', 'level', 'label', 'reason', 'numerator', 'numeratorUnit', 'denominator', 'denominatorUnit'],
              properties: {
                key: { type: 'string' }, name: { type: 'string' }, unit: { type: 'string' }, outcome: nullableNumber, target: nullableNumber,
                level: { type: 'integer' }, label: { type: 'string' }, reason: nullableString, numerator: nullableNumber, numeratorUnit: { type: 'string' },
                denominator: nullableNumber, denominatorUnit: { type: 'string' },
              },
            },
          },
          ratios: {
            type: 'array',
            items: {
              type: 'object',
              required: ['name', 'value', 'unit', 'numerator', 'numeratorUnit', 'denominator', 'denominatorUnit', 'scale', 'reason'],
              properties: {
                name: { type: 'string' }, value: nullableNumber, unit: { type: 'string' }, numerator: nullableNumber, numeratorUnit: { type: 'string' },
                denominator: nullableNumber, denominatorUnit: { type: 'string' }, scale: { type: 'number' }, reason: nullableString,
              },
            },
          },
          assessments: {
            type: 'array',
            items: {
              type: 'object',
              required: ['tier', 'tierLabel', 'orgNodeName', 'level', 'label', 'justification'],
              properties: {
                tier: { enum: ['self', 'forvaltning', 'namnd', 'ks'] }, tierLabel: { type: 'string' }, orgNodeName: { type: 'string' },
                level: { type: 'integer' }, label: { type: 'string' }, justification: { type: 'string' },
              },
            },
          },
          result: { ...levelSchema, required: ['level', 'label', 'tier'], properties: { ...levelSchema.properties, tier: nullableString } },
          suggested: levelSchema,
          narratives: {
            type: 'array',
            items: {
              type: 'object',
              required: ['orgNodeName', 'whatHappened', 'why', 'nextSteps'],
              properties: { orgNodeName: { type: 'string' }, whatHappened: { type: 'string' }, why: { type: 'string' }, nextSteps: { type: 'string' } },
            },
          },
        },
      },
    },
    reconciliation: {
      type: 'array',
      items: { type: 'object', required: ['goalKey', 'title', 'childKeys'], properties: { goalKey: nullableString, title: { type: 'string' }, childKeys: strings } },
    },
    geh: {
      type: 'object',
      required: ['goalKeys', 'kommunen', 'kommunkoncern', 'bolag'],
      properties: {
        goalKeys: strings,
        kommunen: { type: 'array', items: { ...levelSchema, required: ['level', 'label', 'count'], properties: { ...levelSchema.properties, count: { type: 'integer' } } } },
        kommunkoncern: { type: 'array', items: { ...levelSchema, required: ['level', 'label', 'count'], properties: { ...levelSchema.properties, count: { type: 'integer' } } } },
        bolag: {
          type: 'array',
          items: { type: 'object', required: ['key', 'name', 'ownershipShare'], properties: { key: { type: 'string' }, name: { type: 'string' }, ownershipShare: nullableNumber } },
        },
      },
    },
  },
} as const;
