import { CHAIN_TEMPLATE_IDS, CHAIN_TEMPLATES, type ChainTemplate, type ChainTemplateIndicator } from '@resultatkedjan/contracts';
import { checkIndicatorRules, type ReferencedIndicator } from '../indicators/indicator-rules.js';
import { checkRatioPair, type RatioSide } from '../ratios/ratio-pair-rules.js';
import { checkResultLink } from '../elements/result-link-rules.js';

const GOAL = 'goal';

function side(t: ChainTemplate, ref: string): RatioSide | undefined {
  const i = t.indicators.find((x) => x.ref === ref);
  return i && { id: ref, key: ref, goalId: GOAL, link: i.link, unit: i.unit, direction: i.direction, orgAggregation: i.orgAggregation };
}

function draft(i: ChainTemplateIndicator) {
  return {
    goalId: GOAL, name: i.name, unit: i.unit, purpose: i.purpose, orgAggregation: i.orgAggregation, timeAggregation: i.timeAggregation,
    weightIndicatorId: i.weightRef ?? null, numeratorIndicatorId: i.numeratorRef ?? null, denominatorIndicatorId: i.denominatorRef ?? null,
    scale: i.scale ?? null, source: 'manual' as const, koladaId: i.koladaId ?? null, baselinePeriodKey: null, levelScale: null,
  };
}

describe('sector chain templates (DOMAIN.md 4.2)', () => {
  it('has one template per sector the issue names', () => {
    expect(CHAIN_TEMPLATES.map((t) => t.id)).toEqual([...CHAIN_TEMPLATE_IDS]);
  });

  describe.each(CHAIN_TEMPLATES.map((t) => [t.id, t] as const))('%s', (_, t) => {
    const referenced = new Map<string, ReferencedIndicator>(
      t.indicators.map((i) => [i.ref, { id: i.ref, goalId: GOAL, key: i.ref, orgAggregation: i.orgAggregation }]),
    );

    it('starts from result indicators (R-8) and has unique refs, one element per link used', () => {
      expect(t.indicators[0]!.link).toBe('resultat');
      expect(new Set(t.indicators.map((i) => i.ref)).size).toBe(t.indicators.length);
      const links = t.elements.map((e) => e.link);
      expect(new Set(links).size).toBe(links.length);
      for (const i of t.indicators) expect(links).toContain(i.link);
    });

    it('passes the API indicator rules for every indicator', () => {
      for (const i of t.indicators) expect([i.ref, checkIndicatorRules(draft(i), referenced).fields]).toEqual([i.ref, {}]);
    });

    it('declares at least two ratio pairs that fit their kinds (DOMAIN.md 4.3)', () => {
      expect(t.ratios.length).toBeGreaterThanOrEqual(2);
      for (const r of t.ratios) {
        expect([r.name, checkRatioPair(r.kind, side(t, r.numeratorRef), side(t, r.denominatorRef), GOAL)]).toEqual([r.name, {}]);
      }
    });

    it('links its activity to a result indicator (R-20)', () => {
      const activity = t.elements.find((e) => e.link === 'aktivitet')!;
      const target = t.indicators.find((i) => i.ref === activity.resultRef);
      expect(target).toBeDefined();
      const linked = { id: target!.ref, goalId: GOAL, key: target!.ref, unit: target!.unit, direction: target!.direction,
        periodicity: target!.periodicity, orgAggregation: target!.orgAggregation, link: target!.link };
      expect(checkResultLink('aktivitet', GOAL, target!.ref, linked)).toEqual({});
    });
  });
});
