import type { DialogueActionDto, DialogueAgenda, DialogueDto, DialoguePage } from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, queryString } from './client';

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
