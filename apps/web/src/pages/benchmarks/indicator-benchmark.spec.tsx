import { MantineProvider } from '@mantine/core';
import type { IndicatorBenchmarkDto } from '@resultatkedjan/contracts';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { IndicatorBenchmark } from './indicator-benchmark';

const benchmark: IndicatorBenchmarkDto = {
  indicatorId: 'i1', indicatorKey: 'BUN1.K2', kpiId: 'N15428', kommunName: 'Exempelstad', year: 2022,
  values: [
    { municipalityId: '1384', name: 'Kungsbacka', value: 89.75, fromKolada: true },
    { municipalityId: 'G35973', name: 'Liknande kommuner', value: 87.1, fromKolada: false },
    { municipalityId: '0000', name: 'Riket', value: 85.31, fromKolada: true },
  ],
  spread: { year: 2022, min: 85.31, max: 89.75, count: 3 },
};

describe('IndicatorBenchmark', () => {
  it('lists the comparison by name with the spread, and attributes only unchanged Kolada figures', () => {
    render(
      <MantineProvider>
        <MemoryRouter>
          <IndicatorBenchmark benchmark={benchmark} unit="%" name="Andel behöriga" />
        </MemoryRouter>
      </MantineProvider>,
    );
    const rows = screen.getAllByTestId('benchmark-value').map((li) => li.textContent);
    expect(rows).toEqual([
      'Kungsbacka: 89,8\u00a0%Källa: Kolada',
      'Liknande kommuner: 87,1\u00a0%Testdata, inte från Kolada',
      'Riket: 85,3\u00a0%Källa: Kolada',
    ]);
    expect(screen.getByText('Exempelstad jämfört med andra (2022)')).toBeTruthy();
    expect(screen.getByText(/^Spridning i jämförelsegruppen: 85,3\s%–89,8\s%$/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Visa jämförelsen över tid' }).getAttribute('href')).toBe('/jamforelser/N15428');
  });
});
