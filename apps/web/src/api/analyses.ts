import type { CreateSavedAnalysisRequest, SavedAnalysisDto, UpdateSavedAnalysisRequest } from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend, queryString } from './client';

const BASE = '/api/v1/analyses';

interface SavedAnalysisPage {
  items: SavedAnalysisDto[];
  total: number;
}

export const savedAnalysesQuery = (filter: { goalId?: string; dialogueId?: string }) =>
  queryOptions({
    queryKey: ['analyses', filter],
    queryFn: () => apiGet<SavedAnalysisPage>(`${BASE}${queryString({ ...filter, pageSize: 50 })}`),
  });

export const createSavedAnalysis = (body: CreateSavedAnalysisRequest) => apiSend<SavedAnalysisDto>('POST', BASE, body);
export const updateSavedAnalysis = (id: string, body: UpdateSavedAnalysisRequest) => apiSend<SavedAnalysisDto>('PATCH', `${BASE}/${encodeURIComponent(id)}`, body);
