import type {
  AgardirektivPage, CirculateGoalRequest, CreateGoalCommentRequest, CreateGoalRequest, GoalCommentDto, GoalConsultationDto,
  RecordGoalDecisionRequest, GoalCascade, GoalCascadeNode, GoalChainsForYear, GoalChainView, GoalDto, GoalLevel, GoalPage,
  GrunduppdragPage, HygieneReport, OrgNodeDto, OrgNodePage, UpdateGoalRequest, CreateUppdragRequest, UpdateUppdragRequest, UppdragDto,
  UppdragPage, IndicatorCareReport,
} from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend, queryString } from './client';

const BASE = '/api/v1';

/** Latest måluppfyllelse of a goal, when the cascade carries it (not yet part of the contract). */
export interface GoalAssessmentSummary {
  level: number;
  label: string;
  periodKey?: string | null;
  trend?: 'up' | 'down' | 'flat' | null;
}

/** The cascade node as the web reads it: the contract plus optional måluppfyllelse. */
export type CascadeNode = GoalCascadeNode & {
  latestAssessment?: GoalAssessmentSummary | null;
  children: CascadeNode[];
};

export const goalKeys = {
  all: ['goals'] as const,
  cascade: (year: number) => ['goals', 'cascade', year] as const,
  detail: (id: string) => ['goals', 'detail', id] as const,
  list: (params: GoalListParams) => ['goals', 'list', params] as const,
  chain: (id: string, periods: string) => ['goals', 'chain', id, periods] as const,
  yearChains: (year: number) => ['goals', 'year-chains', year] as const,
};

export function cascadeQuery(year: number) {
  return queryOptions({
    queryKey: goalKeys.cascade(year),
    queryFn: () => apiGet<GoalCascade & { roots: CascadeNode[] }>(`${BASE}/goals/cascade${queryString({ year })}`),
  });
}

export function goalQuery(id: string) {
  return queryOptions({
    queryKey: goalKeys.detail(id),
    queryFn: () => apiGet<GoalDto>(`${BASE}/goals/${encodeURIComponent(id)}`),
  });
}

export interface GoalListParams {
  level?: GoalLevel;
  year?: number;
  parentGoalId?: string;
  ownerNodeId?: string;
}

/** One page of up to 200 goals: the API's largest page, more than a kommun has in one list. */
export function goalListQuery(params: GoalListParams) {
  return queryOptions({
    queryKey: goalKeys.list(params),
    queryFn: () => apiGet<GoalPage>(`${BASE}/goals${queryString({ ...params, pageSize: 200 })}`),
  });
}

/** The result indicators of a goal for the given periods (GET /goals/:id/chain). */
export function goalChainQuery(id: string, periods: string[]) {
  const list = periods.join(',');
  return queryOptions({
    queryKey: goalKeys.chain(id, list),
    queryFn: () => apiGet<GoalChainView>(`${BASE}/goals/${encodeURIComponent(id)}/chain${queryString({ periods: list })}`),
  });
}

/** Every goal of the year with its chain at its owner, for the year and the one before (one request). */
export function yearChainsQuery(year: number) {
  return queryOptions({
    queryKey: goalKeys.yearChains(year),
    queryFn: () => apiGet<GoalChainsForYear>(`${BASE}/chains${queryString({ year })}`),
  });
}

export function createGoal(body: CreateGoalRequest): Promise<GoalDto> {
  return apiSend<GoalDto>('POST', `${BASE}/goals`, body);
}

export function updateGoal(id: string, body: UpdateGoalRequest): Promise<GoalDto> {
  return apiSend<GoalDto>('PATCH', `${BASE}/goals/${encodeURIComponent(id)}`, body);
}

// ---------------------------------------------------------------- org, grunduppdrag, ägardirektiv

export function orgNodeQuery(id: string) {
  return queryOptions({
    queryKey: ['org-nodes', 'detail', id],
    queryFn: () => apiGet<OrgNodeDto>(`${BASE}/org-nodes/${encodeURIComponent(id)}`),
    staleTime: 5 * 60_000,
  });
}

export const kfNodeQuery = queryOptions({
  queryKey: ['org-nodes', 'kf'],
  queryFn: async () => (await apiGet<OrgNodePage>(`${BASE}/org-nodes${queryString({ kind: 'kf', pageSize: 10 })}`)).items[0] ?? null,
  staleTime: 5 * 60_000,
});

export function grunduppdragQuery(orgNodeId: string, year: number) {
  return queryOptions({
    queryKey: ['grunduppdrag', orgNodeId, year],
    queryFn: () => apiGet<GrunduppdragPage>(`${BASE}/grunduppdrag${queryString({ orgNodeId, year, pageSize: 50 })}`),
  });
}

export function agardirektivQuery(year: number) {
  return queryOptions({
    queryKey: ['agardirektiv', year],
    queryFn: () => apiGet<AgardirektivPage>(`${BASE}/agardirektiv${queryString({ year, pageSize: 200 })}`),
  });
}

// ---------------------------------------------------------------- decision and remiss

export function decideGoal(id: string, body: RecordGoalDecisionRequest): Promise<GoalDto> {
  return apiSend<GoalDto>('POST', `${BASE}/goals/${encodeURIComponent(id)}/decision`, body);
}

export function consultationQuery(goalId: string) {
  return queryOptions({
    queryKey: ['goals', 'consultation', goalId],
    queryFn: () => apiGet<GoalConsultationDto>(`${BASE}/goals/${encodeURIComponent(goalId)}/consultation`),
  });
}

export function circulateGoal(id: string, body: CirculateGoalRequest): Promise<GoalConsultationDto> {
  return apiSend<GoalConsultationDto>('POST', `${BASE}/goals/${encodeURIComponent(id)}/circulation`, body);
}

export function commentOnGoal(id: string, body: CreateGoalCommentRequest): Promise<GoalCommentDto> {
  return apiSend<GoalCommentDto>('POST', `${BASE}/goals/${encodeURIComponent(id)}/comments`, body);
}

// ---------------------------------------------------------------- hygiene and uppdrag

export function hygieneQuery(year: number) {
  return queryOptions({
    queryKey: ['goals', 'hygiene', year],
    queryFn: () => apiGet<HygieneReport>(`${BASE}/goals/hygiene${queryString({ year })}`),
  });
}

export function uppdragListQuery(year: number) {
  return queryOptions({
    queryKey: ['uppdrag', year],
    queryFn: () => apiGet<UppdragPage>(`${BASE}/uppdrag${queryString({ year, pageSize: 200 })}`),
  });
}

export function createUppdrag(body: CreateUppdragRequest): Promise<UppdragDto> {
  return apiSend<UppdragDto>('POST', `${BASE}/uppdrag`, body);
}

export function updateUppdrag(id: string, body: UpdateUppdragRequest): Promise<UppdragDto> {
  return apiSend<UppdragDto>('PATCH', `${BASE}/uppdrag/${encodeURIComponent(id)}`, body);
}

// ---------------------------------------------------------------- indicator care

export const indicatorCareQuery = queryOptions({
  queryKey: ['indicator-care'],
  queryFn: () => apiGet<IndicatorCareReport>(`${BASE}/indicator-care`),
});
