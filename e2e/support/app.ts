import type { Page } from 'playwright-core';
import { baseUrl } from './browser.js';

/** Every demo user's password (apps/api/src/seed/users.ts). */
export const DEMO_PASSWORD = 'Exempel2026!';

export const demoUsers = {
  karin: { email: 'karin.lindqvist@exempelstad.se', name: 'Karin Lindqvist', role: 'Förtroendevald' },
  omar: { email: 'omar.hassan@exempelstad.se', name: 'Omar Hassan', role: 'Enhetschef' },
  eva: { email: 'eva.berg@exempelstad.se', name: 'Eva Berg', role: 'Controller' },
  mikael: { email: 'mikael.strand@exempelstad.se', name: 'Mikael Strand', role: 'Ekonom' },
} as const;

/** Fills in and sends the login form on the current page (which must be /logga-in). */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await page.getByRole('textbox', { name: 'E-postadress' }).fill(email);
  await page.getByRole('textbox', { name: 'Lösenord', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
}

/** Logs in through the login page and waits for the app's header to show the user. */
export async function logIn(page: Page, user: { email: string; name: string }, path = '/'): Promise<void> {
  await page.goto(baseUrl() + path);
  await submitLogin(page, user.email, DEMO_PASSWORD);
  await page.getByRole('region', { name: 'Inloggad användare' }).getByText(user.name).waitFor();
}

export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Huvudmeny' });
}

/**
 * Console errors other than the browser's own "401 (Unauthorized)" line for GET /auth/me before logging in (and
 * for a refused login), which the app expects and handles.
 */
export function unexpectedConsoleErrors(errors: readonly string[]): string[] {
  return errors.filter((e) => !/status of 401|401 \(Unauthorized\)/.test(e));
}
