import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';

const FOCUSABLE = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

describe('AppLayout', () => {
  it('renders the main menu with Swedish labels and marks the current page', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });

    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Översikt',
      'Mål',
      'Rapporter',
      'Analys',
      'Uppföljningskalender',
      'Systemstatus',
    ]);
    expect(within(nav).getByRole('link', { name: 'Översikt' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Systemstatus' }).getAttribute('aria-current')).toBeNull();
    expect(document.title).toBe('Översikt – Resultatkedjan');
  });

  it('has the skip link as the first focusable element, and it moves focus to main', async () => {
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

  it('routes sections that are not built yet to a "Kommer snart" page', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });

    fireEvent.click(screen.getByRole('link', { name: 'Mål' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mål' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Kommer snart' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mål' }).getAttribute('aria-current')).toBe('page');
    expect(document.title).toBe('Mål – Resultatkedjan');
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('shows a Swedish 404 page inside the layout for unknown routes', async () => {
    renderApp('/finns-inte');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeTruthy();
    expect(document.title).toBe('Sidan hittades inte – Resultatkedjan');
  });
});
