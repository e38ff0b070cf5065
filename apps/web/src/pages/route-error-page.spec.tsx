import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { RouteErrorPage } from './route-error-page';

function Broken(): never {
  throw new Error('boom');
}

describe('RouteErrorPage', () => {
  it('shows a Swedish message and a reload button when a route throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const router = createMemoryRouter([{ path: '/', Component: Broken, ErrorBoundary: RouteErrorPage }]);
    render(
      <MantineProvider env="test">
        <RouterProvider router={router} />
      </MantineProvider>,
    );

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Något gick fel');
    expect(screen.getByRole('button', { name: 'Ladda om sidan' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Något gick fel – Resultatkedjan'));
  });
});
