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
