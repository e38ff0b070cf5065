import { Injectable, type PipeTransform } from '@nestjs/common';
import { unprocessable } from '../common/errors/field-errors.js';

/** `:year` in a path: a budgetår 2000–2100, otherwise 422 on field `year`. */
@Injectable()
export class BudgetYearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!(year >= 2000 && year <= 2100)) throw unprocessable({ year: ['Året måste vara ett budgetår 2000–2100.'] });
    return year;
  }
}
