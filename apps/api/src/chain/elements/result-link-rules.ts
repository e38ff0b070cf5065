import type { ChainLink } from '@resultatkedjan/contracts';
import type { FieldErrors } from '../../common/errors/field-errors.js';
import type { LinkedIndicator } from '../indicators/indicator.queries.js';

/**
 * only an aktivitet names the result indicator it is meant to move, and that indicator must be a resultat of
 * the same goal. `indicator` is what was found for the id (undefined = not in the kommun).
 */
export function checkResultLink(
  link: ChainLink,
  goalId: string,
  resultIndicatorId: string | null,
  indicator: LinkedIndicator | undefined,
): FieldErrors {
  if (resultIndicatorId === null) return {};
  const problem =
    link !== 'aktivitet'
      ? 'Bara en aktivitet kan kopplas till resultatet den ska påverka.'
      : indicator === undefined
        ? 'Indikatorn finns inte.'
        : indicator.goalId !== goalId
          ? 'Indikatorn hör inte till det här målets kedja.'
          : indicator.link !== 'resultat'
            ? `Välj en indikator i resultatlänken; ${indicator.key} hör till länken ${indicator.link}.`
            : null;
  return problem === null ? {} : { resultIndicatorId: [problem] };
}
