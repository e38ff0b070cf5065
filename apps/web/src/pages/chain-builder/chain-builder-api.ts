import type {
  AppliedChainTemplateDto, ChainElementDto, ChainTemplate, ChainTemplateId, CreateChainElementRequest, CreateIndicatorRequest,
  CreateRatioDefinitionRequest, IndicatorDetailDto, IndicatorDto, IndicatorTargetDto, RatioDefinitionDto, RatioPreviewDto,
  RatioPreviewRequest, UpdateChainElementRequest, UpdateIndicatorRequest, UpdateRatioDefinitionRequest,
} from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client';

const BASE = '/api/v1';
const goal = (goalId: string) => `${BASE}/goals/${encodeURIComponent(goalId)}`;

export const builderKeys = {
  all: (goalId: string) => ['chain-builder', goalId] as const,
  elements: (goalId: string) => ['chain-builder', goalId, 'elements'] as const,
  indicators: (goalId: string) => ['chain-builder', goalId, 'indicators'] as const,
  indicator: (goalId: string, id: string) => ['chain-builder', goalId, 'indicator', id] as const,
  ratios: (goalId: string) => ['chain-builder', goalId, 'ratios'] as const,
  templates: ['chain-templates'] as const,
};

export const elementsQuery = (goalId: string) =>
  queryOptions({ queryKey: builderKeys.elements(goalId), queryFn: () => apiGet<ChainElementDto[]>(`${goal(goalId)}/chain-elements`) });

/** The goal's indicators: one page of 200, far above the soft ceiling of a goal. */
export const indicatorsQuery = (goalId: string) =>
  queryOptions({
    queryKey: builderKeys.indicators(goalId),
    queryFn: async () =>
      (await apiGet<{ items: IndicatorDto[] }>(`${BASE}/indicators?goalId=${encodeURIComponent(goalId)}&pageSize=200`)).items,
  });

export const indicatorDetailQuery = (goalId: string, id: string) =>
  queryOptions({ queryKey: builderKeys.indicator(goalId, id), queryFn: () => apiGet<IndicatorDetailDto>(`${BASE}/indicators/${encodeURIComponent(id)}`) });

export const ratiosQuery = (goalId: string) =>
  queryOptions({ queryKey: builderKeys.ratios(goalId), queryFn: () => apiGet<RatioDefinitionDto[]>(`${goal(goalId)}/ratios`) });

export const templatesQuery = queryOptions({
  queryKey: builderKeys.templates,
  queryFn: () => apiGet<ChainTemplate[]>(`${BASE}/chain-templates`),
  staleTime: Number.POSITIVE_INFINITY,
});

export const applyTemplate = (goalId: string, templateId: ChainTemplateId) =>
  apiSend<AppliedChainTemplateDto>('POST', `${goal(goalId)}/chain-template`, { templateId });

export const createElement = (goalId: string, body: CreateChainElementRequest) =>
  apiSend<ChainElementDto>('POST', `${goal(goalId)}/chain-elements`, body);
export const updateElement = (id: string, body: UpdateChainElementRequest) =>
  apiSend<ChainElementDto>('PATCH', `${BASE}/chain-elements/${encodeURIComponent(id)}`, body);
export const deleteElement = (id: string) => apiSend<void>('DELETE', `${BASE}/chain-elements/${encodeURIComponent(id)}`);

export const createIndicator = (body: CreateIndicatorRequest) => apiSend<IndicatorDetailDto>('POST', `${BASE}/indicators`, body);
export const updateIndicator = (id: string, body: UpdateIndicatorRequest) =>
  apiSend<IndicatorDetailDto>('PATCH', `${BASE}/indicators/${encodeURIComponent(id)}`, body);
export const deleteIndicator = (id: string) => apiSend<void>('DELETE', `${BASE}/indicators/${encodeURIComponent(id)}`);
export const replaceTargets = (id: string, targets: IndicatorTargetDto[]) =>
  apiSend<IndicatorTargetDto[]>('PUT', `${BASE}/indicators/${encodeURIComponent(id)}/targets`, { targets });

export const createRatio = (goalId: string, body: CreateRatioDefinitionRequest) =>
  apiSend<RatioDefinitionDto>('POST', `${goal(goalId)}/ratios`, body);
export const updateRatio = (id: string, body: UpdateRatioDefinitionRequest) =>
  apiSend<RatioDefinitionDto>('PATCH', `${BASE}/ratios/${encodeURIComponent(id)}`, body);
export const deleteRatio = (id: string) => apiSend<void>('DELETE', `${BASE}/ratios/${encodeURIComponent(id)}`);
export const previewRatio = (goalId: string, body: RatioPreviewRequest) =>
  apiSend<RatioPreviewDto>('POST', `${goal(goalId)}/ratios/preview`, body);
