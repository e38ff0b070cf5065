import type { GoalAssessmentDto, GoalAssessmentsView, RecordGoalAssessmentRequest } from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './client';

const path = (goalId: string) => `/api/v1/goals/${encodeURIComponent(goalId)}/assessments`;

/** The goal's assessments side by side in the period that opened last. */
export const assessmentsQuery = (goalId: string) =>
  queryOptions({ queryKey: ['assessments', goalId], queryFn: () => apiGet<GoalAssessmentsView>(path(goalId)) });

export const recordAssessment = (goalId: string, body: RecordGoalAssessmentRequest) => apiSend<GoalAssessmentDto>('PUT', path(goalId), body);
