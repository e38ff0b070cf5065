import { MantineProvider } from '@mantine/core';
import type { ChainElementView, GoalChainView, RatioResultDto } from '@resultatkedjan/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../query-client';
import { mockApi } from '../../test/render-app';
import { ChainColumns } from './chain-columns';
import { RatioFigure } from './ratio-figure';

// The badges ask for the kommun's level names (GET /tenant); unanswered here, so the default names apply.
const wrap = (ui: ReactNode) => {
  mockApi({});
  return render(
    <QueryClientProvider client={createQueryClient({ retry: false })}>
      <MantineProvider>{ui}</MantineProvider>
    </QueryClientProvider>,
  );
};

const result = (over: Partial<RatioResultDto> = {}): RatioResultDto => ({
  orgNodeId: 'n1', periodKey: '2025', value: 450 / 38, numerator: 450, denominator: 38, numeratorUnit: 'st', denominatorUnit: 'åa',
  unit: 'elever/åa', reason: null, coverage: { withData: 1, total: 1 }, ...over,
});

describe('RatioFigure', () => {
  it('shows the value with its unit and the numerator and denominator with units beside it', () => {
    wrap(<RatioFigure result={result()} />);
    expect(screen.getByTestId('ratio-value').textContent).toBe('11,84\u00a0elever/åa');
    expect(screen.getByTestId('ratio-fraction').textContent).toBe('450\u00a0st / 38\u00a0åa');
  });

  it('shows "–" and the reason in Swedish for a null value', () => {
    wrap(<RatioFigure result={result({ value: null, numerator: null, denominator: 55200, reason: 'saknar_varde' })} />);
    expect(screen.getByTestId('ratio-value').textContent).toBe('–');
    expect(screen.getByTestId('ratio-reason').textContent).toBe('(saknar värde)');
  });

  it('rounds large figures to whole numbers, as DOMAIN.md 7.5 shows them', () => {
    wrap(<RatioFigure result={result({ value: 526_810_000 / 4400, numerator: 526_810_000, denominator: 4400, numeratorUnit: 'kr', unit: 'kr/elev' })} />);
    expect(screen.getByTestId('ratio-value').textContent).toBe('119 730 kr/elev');
  });

  it('names a zero denominator', () => {
    wrap(<RatioFigure result={result({ value: null, denominator: 0, reason: 'division_med_noll' })} />);
    expect(screen.getByTestId('ratio-reason').textContent).toBe('(division med noll)');
    expect(screen.getByTestId('ratio-fraction').textContent).toContain('0\u00a0åa');
  });
});

const element = (link: ChainElementView['link'], name: string, sortOrder: number): ChainElementView => ({
  id: `e-${link}`, goalId: 'g', link, name, description: '', sortOrder, resultIndicatorId: null, createdAt: '2025-01-01',
  indicators: [{
    id: `i-${link}`, goalId: 'g', chainElementId: `e-${link}`, link, key: `K.${link}`, name: `Indikator ${link}`, unit: 'st',
    direction: 'higher', orgAggregation: 'SUM', timeAggregation: 'SUM', weightIndicatorId: null, numeratorIndicatorId: null,
    denominatorIndicatorId: null, scale: null, periodicity: 'kvartal', targeted: link === 'resultat', purpose: '', source: 'manual',
    koladaId: null, baselineValue: null, baselinePeriodKey: null, reviewDate: null, levelScale: null, sortOrder: 0, createdAt: '2025-01-01',
    figures: [{
      orgNodeId: 'n1', periodKey: '2025', value: 42, unit: 'st', reason: null, numerator: null, denominator: null,
      coverage: { withData: 1, total: 1 }, target: 40, targetPeriodKey: '2025',
      assessment: { level: 3, label: 'Uppfyllt', attainment: 1.05, reason: null },
    }],
  }],
});

describe('ChainColumns', () => {
  it('draws resurser → aktiviteter → prestationer → resultat in that order whatever order the API sends', () => {
    const view: GoalChainView = {
      goal: { id: 'g', key: 'BUN1', title: 'Mål', level: 'namndmal', status: 'beslutad', ownerNodeId: 'n1' },
      periods: ['2025'],
      orgNodes: [{ id: 'n1', key: 'uf.gr.norr', name: 'Norrskolan' }],
      elements: [element('resultat', 'R', 5), element('behov', 'B', 1), element('prestation', 'P', 4), element('resurs', 'Re', 2), element('aktivitet', 'A', 3)],
      ratios: [],
      warnings: [],
    };
    wrap(<ChainColumns view={view} period="2025" />);
    const list = screen.getByRole('list', { name: 'Kedjan från resurser till resultat' });
    const headings = within(list).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Resurser', 'Aktiviteter', 'Prestationer', 'Resultat']);
    expect(screen.getByRole('heading', { name: 'Behov (sammanhang)' })).toBeTruthy();
    // Måluppfyllelse as a label, not colour alone.
    expect(within(screen.getByTestId('chain-column-resultat')).getByText('Uppfyllt')).toBeTruthy();
  });
});
