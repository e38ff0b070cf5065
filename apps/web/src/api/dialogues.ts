import type {
  ActionStatus, CreateDialogueActionRequest, CreateDialogueRequest, SaveAgendaNoteRequest, DialogueActionDto, DialogueAgenda, DialogueDto, DialoguePage, DialogueStatus,
} from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend, queryString } from './client';

const BASE = '/api/v1/dialogues';

export const dialoguesQuery = queryOptions({
  queryKey: ['dialogues'],
  queryFn: () => apiGet<DialoguePage>(`${BASE}${queryString({ pageSize: 100 })}`),
});

export const dialogueQuery = (id: string) =>
  queryOptions({ queryKey: ['dialogues', id], queryFn: () => apiGet<DialogueDto>(`${BASE}/${encodeURIComponent(id)}`) });

export const agendaQuery = (id: string) =>
  queryOptions({ queryKey: ['dialogues', id, 'agenda'], queryFn: () => apiGet<DialogueAgenda>(`${BASE}/${encodeURIComponent(id)}/agenda`) });

export const actionsQuery = (id: string) =>
  queryOptions({ queryKey: ['dialogues', id, 'actions'], queryFn: () => apiGet<DialogueActionDto[]>(`${BASE}/${encodeURIComponent(id)}/actions`) });

export const protocolUrl = (id: string) => `${BASE}/${encodeURIComponent(id)}/protocol.docx`;

export const setDialogueStatus = (d: Pick<DialogueDto, 'id' | 'version'>, status: DialogueStatus) =>
  apiSend<DialogueDto>('PUT', `${BASE}/${encodeURIComponent(d.id)}/status`, { version: d.version, status });

export const createAction = (dialogueId: string, body: CreateDialogueActionRequest) =>
  apiSend<DialogueActionDto>('POST', `${BASE}/${encodeURIComponent(dialogueId)}/actions`, body);

export const createDialogue = (body: CreateDialogueRequest) => apiSend<DialogueDto>('POST', BASE, body);

export const saveAgendaNote = (dialogueId: string, body: SaveAgendaNoteRequest) =>
  apiSend<SaveAgendaNoteRequest>('PUT', `${BASE}/${encodeURIComponent(dialogueId)}/notes`, body);

export const setActionStatus = (a: Pick<DialogueActionDto, 'id' | 'dialogueId' | 'version'>, status: ActionStatus) =>
  apiSend<DialogueActionDto>('PATCH', `${BASE}/${encodeURIComponent(a.dialogueId)}/actions/${encodeURIComponent(a.id)}`, { version: a.version, status });
