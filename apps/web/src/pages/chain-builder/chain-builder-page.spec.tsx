import { CHAIN_TEMPLATES, type AppliedChainTemplateDto, type ChainElementDto, type IndicatorDto } from '@resultatkedjan/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { goalDto, orgRoutes } from '../../test/goal-fixtures';
import { errorResponse, mockLoggedIn, renderApp, testUsers } from '../../test/render-app';

const goal = goalDto({ id: 'g1', key: 'KFN9', title: 'Fler barn läser', level: 'namndmal', ownerNodeId: 'node-bun' });
const element = (link: ChainElementDto['link'], name: string): ChainElementDto => ({
  id: `e-${link}`, goalId: 'g1', link, name, description: '', sortOrder: 0, resultIndicatorId: null, createdAt: '2026-01-01',
});
const indicator = (key: string, link: IndicatorDto['link']): IndicatorDto => ({
  id: `i-${key}`, goalId: 'g1', chainElementId: `e-${link}`, link, key, name: `Indikator ${key}`, unit: 'st', direction: 'higher',
  orgAggregation: 'SUM', timeAggregation: 'SUM', weightIndicatorId: null, numeratorIndicatorId: null, denominatorIndicatorId: null, scale: null,
  periodicity: 'kvartal', targeted: true, purpose: 'Syfte', source: 'manual', koladaId: null, baselineValue: null, baselinePeriodKey: null,
  reviewDate: null, levelScale: null, sortOrder: 0, createdAt: '2026-01-01',
});

describe('chain builder page', () => {
  it('starts a chain from a template, then shows the API’s 422 at the indicator field it concerns', async () => {
    let elements: ChainElementDto[] = [];
    let indicators: IndicatorDto[] = [];
    const sent: unknown[] = [];
    mockLoggedIn(testUsers.eva, {
      ...orgRoutes,
      'GET /api/v1/goals/g1': goal,
      'GET /api/v1/goals/g1/chain-elements': () => elements,
      'GET /api/v1/indicators': () => ({ items: indicators, page: 1, pageSize: 200, total: indicators.length }),
      'GET /api/v1/goals/g1/ratios': [],
      'GET /api/v1/chain-templates': CHAIN_TEMPLATES,
      'POST /api/v1/goals/g1/chain-template': (r: { body: unknown }) => {
        sent.push(r.body);
        elements = [element('resultat', 'Läsande barn och unga'), element('aktivitet', 'Läsfrämjande')];
        indicators = [indicator('KFN9.K1', 'resultat')];
        return { templateId: 'bibliotek', elements, indicators, ratios: [], warnings: ['Målet har 8 indikatorer, fler än kommunens riktmärke på 6.'] } satisfies AppliedChainTemplateDto;
      },
      'POST /api/v1/indicators': () => errorResponse(422, 'Uppgifterna är inte giltiga.', { purpose: ['Ange syftet: varför indikatorn mäts och vem som använder den.'] }),
    });
    renderApp('/mal/g1/kedja/bygg');
    await screen.findByRole('heading', { level: 1, name: /Bygg resultatkedjan: KFN9/ });
    await screen.findByRole('option', { name: 'Bibliotek' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Mall' }), { target: { value: 'bibliotek' } });
    expect(screen.getByText('Exempel på mål: Fler barn och unga läser')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Starta från mall' }));
    await screen.findByText('Mallen Bibliotek lades in med 1 indikatorer. Justera den nedan.');
    expect(sent).toEqual([{ templateId: 'bibliotek' }]);
    expect(screen.getByText(/fler än kommunens riktmärke/)).toBeTruthy();

    const resultat = screen.getByRole('region', { name: 'Resultat' });
    await within(resultat).findByText('KFN9.K1');
    fireEvent.click(within(resultat).getByRole('button', { name: 'Lägg till indikator i Läsande barn och unga' }));
    const form = screen.getByRole('form', { name: 'Ny indikator i Läsande barn och unga' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Nyckel/ }), { target: { value: 'KFN9.K5' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Namn/ }), { target: { value: 'Läsande elever' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Syfte/ }), { target: { value: 'x' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Enhet/ }), { target: { value: '%' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Spara' }));
    const purpose = within(form).getByRole('textbox', { name: /Syfte/ });
    await within(form).findByText('Ange syftet: varför indikatorn mäts och vem som använder den.');
    expect(purpose.getAttribute('aria-invalid')).toBe('true');
  }, 20_000);

  it('tells a user without chain:write on the owner that the builder is not theirs', async () => {
    mockLoggedIn({ ...testUsers.eva, grants: [{ role: 'controller', orgNodeId: 'node-norr' }] }, {
      ...orgRoutes,
      'GET /api/v1/goals/g1': goal,
      'GET /api/v1/goals/g1/chain-elements': [],
      'GET /api/v1/indicators': { items: [], page: 1, pageSize: 200, total: 0 },
    });
    renderApp('/mal/g1/kedja/bygg');
    expect((await screen.findByRole('alert')).textContent).toMatch(/inte behörighet att bygga kedjor/);
  });
});
