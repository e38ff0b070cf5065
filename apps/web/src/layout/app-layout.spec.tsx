import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockLoggedIn, renderApp, testUsers } from '../test/render-app';

const FOCUSABLE = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

function menuLabels(): string[] {
  const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
  return within(nav)
    .getAllByRole('link')
    .map((l) => l.textContent ?? '');
}

describe('AppLayout', () => {
  it('renders the main menu with Swedish labels and marks the current page', async () => {
    mockLoggedIn(testUsers.eva);
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });

    expect(menuLabels()).toEqual([
      'Översikt',
      'Mål',
      'Rapporter',
      'Analys',
      'Dialoger',
      'Ekonomi',
      'Exporter',
      'Koppla till Kolada',
      'Uppföljningskalender',
      'Jobbstatus och utkorg',
      'Administration',
      'Granskningslogg',
      'Systemstatus',
    ]);
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getByRole('link', { name: 'Översikt' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Systemstatus' }).getAttribute('aria-current')).toBeNull();
    await waitFor(() => expect(document.title).toBe('Översikt – Resultatkedjan'));
  });

  it('shows the user name and Swedish role in the header', async () => {
    mockLoggedIn(testUsers.karin);
    renderApp('/');
    const userInfo = await screen.findByRole('region', { name: 'Inloggad användare' });
    expect(userInfo.textContent).toContain('Karin Lindqvist');
    expect(userInfo.textContent).toContain('Förtroendevald');
    expect(screen.getByRole('button', { name: 'Logga ut' })).toBeTruthy();
  });

  it('hides controller-only navigation from an enhetschef', async () => {
    mockLoggedIn(testUsers.omar);
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });

    expect(menuLabels()).toEqual(['Översikt', 'Mål', 'Rapporter', 'Analys', 'Dialoger', 'Ekonomi', 'Systemstatus']);
    expect(screen.getByRole('region', { name: 'Inloggad användare' }).textContent).toContain('Enhetschef');
  });

  it('shows "Du har inte behörighet" at a controller page for an enhetschef', async () => {
    mockLoggedIn(testUsers.omar);
    renderApp('/uppfoljningskalender');

    expect(await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Du har inte behörighet – Resultatkedjan'));
  });

  it('lets a controller open the same page', async () => {
    mockLoggedIn(testUsers.eva);
    renderApp('/uppfoljningskalender');
    expect(await screen.findByRole('heading', { level: 1, name: 'Uppföljningskalender' })).toBeTruthy();
  });

  it('shows "Du har inte behörighet" at /mal/nytt for a revisor, who only reads goals', async () => {
    mockLoggedIn(testUsers.lars);
    renderApp('/mal/nytt');
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeTruthy();
  });

  it('has the skip link as the first focusable element, and it moves focus to main', async () => {
    mockLoggedIn(testUsers.eva);
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });

    const first = document.querySelector<HTMLAnchorElement>(FOCUSABLE);
    expect(first?.textContent).toBe('Hoppa till huvudinnehåll');
    expect(first?.getAttribute('href')).toBe('#huvudinnehall');

    const main = screen.getByRole('main');
    expect(main.id).toBe('huvudinnehall');
    fireEvent.click(first!);
    expect(document.activeElement).toBe(main);
  });

  it('opens a section from the menu, marks it as the current page and moves focus to the main area', async () => {
    mockLoggedIn(testUsers.eva, { 'GET /api/v1/chains': { year: 2026, periods: ['2025', '2026'], chains: [], omitted: 0 } });
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });

    fireEvent.click(screen.getByRole('link', { name: 'Analys' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Analys' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Analys' }).getAttribute('aria-current')).toBe('page');
    // The title is set in an effect after the page renders.
    await waitFor(() => expect(document.title).toBe('Analys – Resultatkedjan'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
  });

  it('shows a Swedish 404 page inside the layout for unknown routes', async () => {
    mockLoggedIn(testUsers.eva);
    renderApp('/finns-inte');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Sidan hittades inte – Resultatkedjan'));
  });
});
