import type { TenantDto } from '@resultatkedjan/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../query-client';
import { errorResponse, mockApi } from '../test/render-app';
import { useLevelName, useLevelNames } from './use-level-names';

const GRADES = { 3: 'Hög grad', 2: 'Viss grad', 1: 'Låg grad', 0: 'Ingen bedömning' };
const tenant: TenantDto = {
  id: 't-1', name: 'Exempelstad kommun', kommunkod: '9901',
  settings: { goalCeiling: 5, indicatorCeiling: 6, targetScale: { fulfilledFrom: 1, partlyFrom: 0.95 }, reminderDays: [7, 2], levelNames: GRADES },
};

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={createQueryClient({ retry: false })}>{children}</QueryClientProvider>;
}

describe('useLevelNames', () => {
  it('gives the default names until the kommun answers, then the kommun’s', async () => {
    mockApi({ 'GET /api/v1/tenant': tenant });
    const { result } = renderHook(() => useLevelNames(), { wrapper });
    expect(result.current).toEqual({ 3: 'Uppfyllt', 2: 'Delvis uppfyllt', 1: 'Ej uppfyllt', 0: 'Ej bedömt' });
    await waitFor(() => expect(result.current).toEqual(GRADES));
  });

  it('looks a level up by number, and reads anything off the scale as not assessed', async () => {
    mockApi({ 'GET /api/v1/tenant': tenant });
    const { result } = renderHook(() => useLevelName(), { wrapper });
    await waitFor(() => expect(result.current(3)).toBe('Hög grad'));
    expect([2, 1, 0, null, 9].map((level) => result.current(level))).toEqual(['Viss grad', 'Låg grad', 'Ingen bedömning', 'Ingen bedömning', 'Ingen bedömning']);
  });

  it('keeps the default names when the kommun cannot be read', async () => {
    const fetchMock = mockApi({ 'GET /api/v1/tenant': errorResponse(500, 'Fel') });
    const { result } = renderHook(() => useLevelName(), { wrapper });
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current(2)).toBe('Delvis uppfyllt');
  });
});
