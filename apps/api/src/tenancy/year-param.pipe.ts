import { Injectable, type PipeTransform, UnprocessableEntityException } from '@nestjs/common';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** `:year` in a path: a four-digit year, else 422 keyed `year`. */
@Injectable()
export class YearParamPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
      throw new UnprocessableEntityException({
        message: 'Uppgifterna är inte giltiga.',
        fields: { year: [`Året måste vara ett årtal mellan ${MIN_YEAR} och ${MAX_YEAR}.`] },
      });
    }
    return year;
  }
}
