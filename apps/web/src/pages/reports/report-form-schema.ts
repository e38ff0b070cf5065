import { numberToInput, parseSvNumber as parseSwedishNumber } from '@resultatkedjan/domain';
import { z } from 'zod';
import { svReports } from '../../i18n/sv-reports';
import type { ReportDetail, SaveReportRequest } from './reports-api';

/** Shared with the API's imports (libs/domain), named as this form has always called them. */
export { numberToInput, parseSwedishNumber };

const valueField = z.string().refine((v) => parseSwedishNumber(v) !== undefined, { message: svReports.invalidNumber });

export const reportFormSchema = z.object({
  values: z.record(z.string(), valueField),
  assessments: z.record(
    z.string(),
    z.object({
      whatHappened: z.string().max(10_000),
      why: z.string().max(10_000),
      nextSteps: z.string().max(10_000),
      selfLevel: z.string(),
      selfJustification: z.string().max(10_000),
    }),
  ),
});

export type ReportFormValues = z.infer<typeof reportFormSchema>;

export function formValuesOf(report: ReportDetail): ReportFormValues {
  const values: Record<string, string> = {};
  const assessments: ReportFormValues['assessments'] = {};
  for (const goal of report.goals) {
    // Computed rates and yearly figures frozen in another period are shown, not entered.
    for (const i of goal.indicators) if (!i.computed && !i.frozenReason) values[i.indicatorId] = numberToInput(i.value);
    assessments[goal.goalId] = {
      whatHappened: goal.assessment.whatHappened ?? '',
      why: goal.assessment.why ?? '',
      nextSteps: goal.assessment.nextSteps ?? '',
      selfLevel: goal.assessment.selfLevel === null ? '' : String(goal.assessment.selfLevel),
      selfJustification: goal.assessment.selfJustification ?? '',
    };
  }
  return { values, assessments };
}

/** The PUT body: every editable value and every goal's analysis and self-assessment. */
export function saveBodyOf(form: ReportFormValues, version: number): SaveReportRequest {
  return {
    version,
    values: Object.entries(form.values).map(([indicatorId, text]) => ({ indicatorId, value: parseSwedishNumber(text) ?? null })),
    assessments: Object.entries(form.assessments).map(([goalId, a]) => ({
      goalId,
      whatHappened: a.whatHappened,
      why: a.why,
      nextSteps: a.nextSteps,
      selfLevel: a.selfLevel === '' ? null : Number(a.selfLevel),
      selfJustification: a.selfJustification,
    })),
  };
}

/**
 * Maps the API's 422 `fields` to form fields: `values.3.value` → the value of the 4th row sent;
 * `assessments.<goalId|index>.<field>` → that goal's field. Unmapped keys are returned as messages.
 */
export function mapApiFields(
  fields: Record<string, string[]>,
  body: SaveReportRequest | null,
): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  for (const [key, messages] of Object.entries(fields)) {
    const message = messages.join(' ');
    const parts = key.split('.');
    if (parts[0] === 'values' && parts[1] !== undefined) {
      const row = /^\d+$/.test(parts[1]) ? body?.values?.[Number(parts[1])]?.indicatorId : parts[1];
      if (row) {
        out.push({ field: `values.${row}`, message });
        continue;
      }
    }
    if (parts[0] === 'assessments' && parts[1] !== undefined && parts[2] !== undefined) {
      const goalId = /^\d+$/.test(parts[1]) ? body?.assessments?.[Number(parts[1])]?.goalId : parts[1];
      if (goalId) {
        out.push({ field: `assessments.${goalId}.${parts[2]}`, message });
        continue;
      }
    }
    out.push({ field: '', message: `${key}: ${message}` });
  }
  return out;
}
