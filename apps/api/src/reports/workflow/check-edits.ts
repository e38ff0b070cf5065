import type { ReportContent } from '../content/report-content.js';
import { referencePeriodProblem, valueProblem } from '../content/value-rules.js';
import type { ReportAssessmentInputDto, ReportValueInputDto } from '../dto/save-report.dto.js';
import type { ReportRef } from '../support/report-ref.js';
import type { AssessmentEdit } from './assessment-writer.js';
import type { ValueEdit } from './value-writer.js';
import { addFieldError, type FieldErrors } from '../../common/errors/field-errors.js';

/** Business rules for the values of a PUT; errors are keyed `values.<index>.<field>` like the DTO's own. */
export function checkValueInputs(inputs: ReportValueInputDto[], content: ReportContent, ref: ReportRef, errors: FieldErrors): ValueEdit[] {
  const seen = new Set<string>();
  const edits: ValueEdit[] = [];
  inputs.forEach((input, i) => {
    const indicator = content.indicators.get(input.indicatorId);
    if (!indicator) return addFieldError(errors, `values.${i}.indicatorId`, 'Indikatorn ingår inte i rapporten.');
    if (seen.has(indicator.id)) return addFieldError(errors, `values.${i}.indicatorId`, 'Indikatorn förekommer flera gånger.');
    seen.add(indicator.id);
    const problem = valueProblem(indicator, input.value);
    if (problem) addFieldError(errors, `values.${i}.value`, problem);
    const reference = input.referencePeriodKey ? referencePeriodProblem(input.referencePeriodKey, ref.period) : null;
    if (reference) addFieldError(errors, `values.${i}.referencePeriodKey`, reference);
    if (!problem && !reference && !indicator.frozen) {
      edits.push({ indicator, value: input.value, referencePeriodKey: input.referencePeriodKey, comment: input.comment });
    }
  });
  return edits;
}

export function checkAssessmentInputs(inputs: ReportAssessmentInputDto[], content: ReportContent, errors: FieldErrors): AssessmentEdit[] {
  const seen = new Set<string>();
  const edits: AssessmentEdit[] = [];
  inputs.forEach((input, i) => {
    if (!content.goalIds.has(input.goalId)) return addFieldError(errors, `assessments.${i}.goalId`, 'Målet ingår inte i rapporten.');
    if (seen.has(input.goalId)) return addFieldError(errors, `assessments.${i}.goalId`, 'Målet förekommer flera gånger.');
    seen.add(input.goalId);
    edits.push(input);
  });
  return edits;
}
