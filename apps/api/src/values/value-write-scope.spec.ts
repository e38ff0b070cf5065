import { refusal } from './value-write-scope.js';

describe('refusal (value write scope)', () => {
  it('allows any link inside the full scope and only resurs inside the economic scope', () => {
    const scope = { full: new Set(['norr']), economic: new Set(['norr', 'soder']) };
    expect(refusal(scope, 'norr', 'prestation')).toBeNull();
    expect(refusal(scope, 'soder', 'resurs')).toBeNull();
    expect(refusal(scope, 'soder', 'prestation')).toBe('economic');
    expect(refusal(scope, 'bolag', 'resurs')).toBe('node');
    expect(refusal({ full: 'all', economic: new Set() }, 'bolag', 'resultat')).toBeNull();
    expect(refusal({ full: new Set(), economic: 'all' }, 'bolag', 'behov')).toBe('economic');
  });
});
