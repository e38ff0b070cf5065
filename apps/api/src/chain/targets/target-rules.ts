import { parsePeriodKey, PeriodKeyError, type PeriodKind } from '@resultatkedjan/domain';
import type { IndicatorTargetDto, Periodicity } from '@resultatkedjan/contracts';
import { addFieldError, type FieldErrors } from '../../common/errors/field-errors.js';

/** Period kinds a target may be set for, given how often the indicator gets values. */
const ALLOWED_KINDS: Record<Periodicity, readonly PeriodKind[]> = {
  ar: ['ar', 'helar'],
  kvartal: ['ar', 'helar', 'kvartal', 'tertial', 'delar'],
  manad: ['ar', 'helar', 'kvartal', 'tertial', 'delar', 'manad'],
};

const TOO_FINE: Record<Periodicity, string> = {
  ar: 'Indikatorn rapporteras årsvis; målvärden anges per år (t.ex. 2026).',
  kvartal: 'Indikatorn rapporteras kvartalsvis; målvärden kan inte anges per månad.',
  manad: '',
};

/** Valid period keys (domain parsePeriodKey), no finer than the periodicity, each period once. */
export function checkTargets(targets: readonly IndicatorTargetDto[], periodicity: Periodicity): FieldErrors {
  const fields: FieldErrors = {};
  const seen = new Map<string, number>();
  targets.forEach((target, index) => {
    const path = `targets.${index}.periodKey`;
    let kind: PeriodKind;
    try {
      kind = parsePeriodKey(target.periodKey).kind;
    } catch (error) {
      if (!(error instanceof PeriodKeyError)) throw error;
      addFieldError(fields, path, 'Ogiltig period. Använd t.ex. 2026, 2026-Q2, 2026-T1, 2026-M03, 2026-D eller 2026-H.');
      return;
    }
    if (!ALLOWED_KINDS[periodicity].includes(kind)) addFieldError(fields, path, TOO_FINE[periodicity]);
    const first = seen.get(target.periodKey);
    if (first !== undefined) addFieldError(fields, path, `Perioden finns redan på rad ${first}.`);
    else seen.set(target.periodKey, index);
  });
  return fields;
}
