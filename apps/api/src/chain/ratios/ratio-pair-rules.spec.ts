import type { ChainLink } from '@resultatkedjan/contracts';
import { checkRatioPair, type RatioSide } from './ratio-pair-rules.js';

const side = (id: string, link: ChainLink, unit: string, fields: Partial<RatioSide> = {}): RatioSide => ({
  id, key: id, goalId: 'g', link, unit, direction: 'higher', orgAggregation: 'SUM', ...fields,
});
const kostnad = side('kostnad', 'resurs', 'tkr');
const larare = side('larare', 'resurs', 'åa');
const elever = side('elever', 'prestation', 'elever');
const behoriga = side('behoriga', 'resultat', 'st');
const andel = side('andel', 'resultat', '%');

describe('checkRatioPair (DOMAIN.md 4.3)', () => {
  it.each([
    ['produktivitet', elever, larare],
    ['kostnad_per_prestation', kostnad, elever],
    ['effektivitet', behoriga, kostnad],
    ['kostnad_per_resultat', kostnad, behoriga],
    ['kvot', andel, elever],
  ] as const)('accepts %s', (kind, numerator, denominator) => {
    expect(checkRatioPair(kind, numerator, denominator, 'g')).toEqual({});
  });

  it('rejects a percentage or index numerator for effektivitet (rule 1) and a lower-is-better count', () => {
    expect(checkRatioPair('effektivitet', andel, kostnad, 'g').numeratorIndicatorId![0]).toMatch(/inte en andel eller ett index/);
    expect(checkRatioPair('effektivitet', side('nki', 'resultat', 'index'), kostnad, 'g').numeratorIndicatorId![0]).toMatch(/index/);
    expect(checkRatioPair('effektivitet', side('k', 'resultat', 'pers.', { direction: 'lower' }), kostnad, 'g').numeratorIndicatorId![0]).toMatch(/lägre-är-bättre/);
  });

  it('requires a money cost from the resurs link for the cost kinds', () => {
    expect(checkRatioPair('kostnad_per_prestation', larare, elever, 'g').numeratorIndicatorId![0]).toMatch(/kr, tkr, mnkr eller mdkr/);
    expect(checkRatioPair('kostnad_per_resultat', side('x', 'aktivitet', 'kr'), behoriga, 'g').numeratorIndicatorId).toHaveLength(1);
  });

  it('requires the right links for produktivitet', () => {
    expect(checkRatioPair('produktivitet', kostnad, behoriga, 'g')).toEqual({
      numeratorIndicatorId: ['Produktivitet är prestationer per resurs: täljaren ska vara en prestation.'],
      denominatorIndicatorId: ['Produktivitet är prestationer per resurs: nämnaren ska vara en resurs.'],
    });
  });

  it('requires existing, summable, different indicators of the goal for every kind', () => {
    expect(checkRatioPair('kvot', undefined, elever, 'g')).toEqual({ numeratorIndicatorId: ['Indikatorn finns inte.'] });
    expect(checkRatioPair('kvot', side('r', 'resultat', '%', { orgAggregation: 'RATIO' }), elever, 'g').numeratorIndicatorId![0]).toMatch(/SUM/);
    expect(checkRatioPair('kvot', elever, elever, 'g').denominatorIndicatorId).toEqual(['Täljare och nämnare måste vara olika indikatorer.']);
    expect(checkRatioPair('kvot', elever, larare, 'other').numeratorIndicatorId).toEqual(['Indikatorn hör inte till det här målets kedja.']);
  });
});
