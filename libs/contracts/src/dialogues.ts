import type { PeriodStatus } from './periods.js';

/** An analysdialog (nämnd and förvaltning) or an ägardialog (KS and a bolag), DOMAIN.md glossary. */
export const DialogueKind = { analysdialog: 'analysdialog', agardialog: 'agardialog' } as const;
export type DialogueKind = (typeof DialogueKind)[keyof typeof DialogueKind];
export const DIALOGUE_KINDS = Object.values(DialogueKind) as DialogueKind[];

/** planerad → genomförd → protokoll justerat, forward only. */
export const DialogueStatus = { planerad: 'planerad', genomford: 'genomford', protokollJusterat: 'protokoll_justerat' } as const;
export type DialogueStatus = (typeof DialogueStatus)[keyof typeof DialogueStatus];
export const DIALOGUE_STATUSES = Object.values(DialogueStatus) as DialogueStatus[];

export const DIALOGUE_STATUS_LABELS: Readonly<Record<DialogueStatus, string>> = {
  planerad: 'Planerad',
  genomford: 'Genomförd',
  protokoll_justerat: 'Protokoll justerat',
};

/** The org node kinds a dialogue belongs to; a bolag's is an ägardialog. */
export const DIALOGUE_NODE_KINDS = ['namnd', 'forvaltning', 'bolag'] as const;

/** A user of the kommun (userId) or a free-text name, with the role they attend in. */
export interface DialogueParticipant {
  userId: string | null;
  name: string;
  role: string;
}

export interface DialogueDto {
  id: string;
  kind: DialogueKind;
  orgNodeId: string;
  orgNodeName: string;
  periodId: string;
  periodKey: string;
  periodStatus: PeriodStatus;
  title: string;
  heldOn: string;
  status: DialogueStatus;
  participants: DialogueParticipant[];
  convenerUserId: string | null;
  convenerName: string | null;
  version: number;
}

export interface DialoguePage {
  items: DialogueDto[];
  page: number;
  pageSize: number;
  total: number;
}

export interface CreateDialogueRequest {
  orgNodeId: string;
  periodId: string;
  heldOn: string;
  title?: string;
  participants?: ParticipantInput[];
}

/** userId alone takes the user's name; name alone is a free-text participant. */
export interface ParticipantInput {
  userId?: string | null;
  name?: string;
  role?: string;
}

export interface UpdateDialogueRequest {
  version: number;
  heldOn?: string;
  title?: string;
  participants?: ParticipantInput[];
}

export interface DialogueStatusRequest {
  version: number;
  status: DialogueStatus;
}

// ── agenda, notes and actions ─────────────────────────────────────────────────────────────────────

export type AgendaReasonDto =
  | 'mal_ej_uppfyllt'
  | 'sjunkande_maluppfyllelse'
  | 'saknar_farskt_varde'
  | 'forandring_nyckeltal'
  | 'resurser_upp_resultat_ned'
  | 'oppen_atgard';

/** A ratio in the period and the same period last year, always with its parts and units. */
export interface AgendaFigure {
  periodKey: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  unit: string;
  numeratorUnit: string;
  denominatorUnit: string;
}

/** A unit's narrative (R-18: shown before the figures), from its submitted or approved report. */
export interface AgendaNarrative {
  orgNodeId: string;
  orgNodeName: string;
  level: number | null;
  label: string;
  whatHappened: string;
  why: string;
  nextSteps: string;
}

export interface AgendaItemDto {
  /** Stable within the dialogue (reason and ids): notes are kept under it. */
  key: string;
  reason: AgendaReasonDto;
  reasonLabel: string;
  goalId: string | null;
  goalTitle: string | null;
  indicatorId: string | null;
  indicatorName: string | null;
  ratioId: string | null;
  ratioName: string | null;
  orgNodeId: string | null;
  orgNodeName: string | null;
  actionId: string | null;
  /** For ratio changes: true if better by the ratio's kind. */
  improvement: boolean | null;
  current: AgendaFigure | null;
  previous: AgendaFigure | null;
  narratives: AgendaNarrative[];
  note: string;
}

export interface DialogueAgenda {
  dialogueId: string;
  periodKey: string;
  comparedWith: string;
  /** 'snapshot' for a locked period with a snapshot, else 'live'. */
  source: 'live' | 'snapshot';
  items: AgendaItemDto[];
}

export interface SaveAgendaNoteRequest {
  itemKey: string;
  text: string;
}

export const ActionStatus = { oppen: 'oppen', stangd: 'stangd' } as const;
export type ActionStatus = (typeof ActionStatus)[keyof typeof ActionStatus];
export const ACTION_STATUSES = Object.values(ActionStatus) as ActionStatus[];

export interface DialogueActionDto {
  id: string;
  dialogueId: string;
  dialogueTitle: string;
  title: string;
  ownerNodeId: string;
  ownerNodeName: string;
  ownerUserId: string | null;
  ownerUserName: string | null;
  dueOn: string;
  goalId: string | null;
  indicatorId: string | null;
  status: ActionStatus;
  closedAt: string | null;
  version: number;
}

export interface CreateDialogueActionRequest {
  title: string;
  ownerNodeId: string;
  ownerUserId?: string | null;
  dueOn: string;
  goalId?: string | null;
  indicatorId?: string | null;
}

export interface UpdateDialogueActionRequest {
  version: number;
  title?: string;
  dueOn?: string;
  ownerUserId?: string | null;
  status?: ActionStatus;
}

// ---------------------------------------------------------------- the controller's saved analyses

/** What an analysis view showed, so it can be opened again as it was. */
export interface SavedAnalysisSettings {
  /** Cost-per-output (or other) ratio definitions shown per unit. */
  ratioIds: string[];
  /** The quality measure beside them: a result indicator or an effektivitet ratio. */
  qualityIndicatorId: string | null;
  /** The like-for-like group whose units are compared (e.g. the F–9 schools), or null for every unit under the owner. */
  groupNodeId: string | null;
  /** The what-if on the resources, e.g. 0.1 for +10 %; 0 when none. */
  resourceChange: number;
}

export interface SavedAnalysisDto {
  id: string;
  goalId: string;
  goalKey: string;
  goalTitle: string;
  periodKey: string;
  title: string;
  body: string;
  settings: SavedAnalysisSettings;
  dialogueId: string | null;
  createdBy: { id: string; displayName: string } | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** POST /analyses */
export interface CreateSavedAnalysisRequest {
  goalId: string;
  periodKey: string;
  title: string;
  body: string;
  settings: SavedAnalysisSettings;
  dialogueId?: string | null;
}

/** PATCH /analyses/:id — text, settings or sharing (dialogueId null stops sharing). */
export interface UpdateSavedAnalysisRequest {
  version: number;
  title?: string;
  body?: string;
  settings?: SavedAnalysisSettings;
  dialogueId?: string | null;
}
