import {
  DelarValidationError,
  FollowUpCalendarError,
  generateFollowUpCalendar,
  type FollowUpOverrides,
  type FollowUpPeriod,
  type FollowUpTemplate,
} from '@resultatkedjan/domain';
import { addFieldError, unprocessable, type FieldErrors } from '../common/errors/field-errors.js';

/**
 * The domain generator with its errors turned into 422 field errors: dates out of order name the period
 * ('periods.2026-Q3'), overrides for periods the template does not make name `overrides`.
 */
export function generateCalendarOr422(year: number, template: FollowUpTemplate, overrides: FollowUpOverrides): FollowUpPeriod[] {
  try {
    return generateFollowUpCalendar(year, template, { overrides });
  } catch (error) {
    if (!(error instanceof FollowUpCalendarError || error instanceof DelarValidationError || error instanceof RangeError)) throw error;
    const fields: FieldErrors = {};
    const message = error.message.endsWith('.') ? error.message : `${error.message}.`;
    const periodKey = /^(\d{4}-[A-Z0-9]+): /.exec(error.message)?.[1];
    if (periodKey) addFieldError(fields, `periods.${periodKey}`, message.slice(periodKey.length + 2));
    else if (error.message.startsWith('Ändringar för perioder')) addFieldError(fields, 'overrides', message);
    else if (error instanceof DelarValidationError) addFieldError(fields, 'template.delarEndMonth', message);
    else addFieldError(fields, 'template', message);
    throw unprocessable(fields, 'Kalendern kan inte skapas med den mallen.');
  }
}
