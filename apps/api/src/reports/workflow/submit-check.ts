import type { ReportContent } from '../content/report-content.js';
import type { ReportGoalAssessment } from '../report-goal-assessment.entity.js';
import { addFieldError, type FieldErrors } from '../../common/errors/field-errors.js';

const REQUIRED_TEXT = [
  ['whatHappened', 'Beskriv vad som har hänt.'],
  ['why', 'Beskriv varför det blev så.'],
  ['nextSteps', 'Beskriv vad som händer härnäst.'],
  ['selfJustification', 'Motivera din bedömning av måluppfyllelsen.'],
] as const;

/**
 * Before submit every goal needs the whole narrative (what happened, why, what happens next —) and a
 * self-assessed level with a justification. Errors are keyed `assessments.<goalId>.<field>`.
 */
export function submitErrors(content: ReportContent, assessments: Map<string, ReportGoalAssessment>): FieldErrors {
  const errors: FieldErrors = {};
  for (const goal of content.goals) {
    const a = assessments.get(goal.id);
    for (const [field, message] of REQUIRED_TEXT) {
      if (!a || a[field].trim() === '') addFieldError(errors, `assessments.${goal.id}.${field}`, message);
    }
    if (a?.selfLevel === null || a?.selfLevel === undefined) addFieldError(errors, `assessments.${goal.id}.selfLevel`, 'Välj en nivå för måluppfyllelsen.');
  }
  return errors;
}
