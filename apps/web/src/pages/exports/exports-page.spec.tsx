import type { ExportDto, ExportPeriodDto } from '@resultatkedjan/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockLoggedIn, renderApp, testUsers, type MockRequest } from '../../test/render-app';

const done: ExportDto = {
  id: 'e1', periodId: 'p-h25', periodKey: '2025-H', reportKind: 'arsredovisning', format: 'xlsx', status: 'klar', progress: 100,
  fileName: 'Årsredovisning 2025 – målavstämning.xlsx', size: 20_000, error: null, createdAt: '2026-03-10T09:00:00Z',
  finishedAt: '2026-03-10T09:00:02Z', createdByName: 'Mikael Strand',
};
const running: ExportDto = { ...done, id: 'e2', format: 'docx', status: 'pagar', progress: 50, fileName: 'Årsredovisning 2025 – målavstämning.docx', finishedAt: null };
const periods: ExportPeriodDto[] = [
  { id: 'p-d26', periodKey: '2026-D', kind: 'delar', reportKind: 'delarsrapport', coversFrom: '2026-01-01', coversTo: '2026-08-31', lockedAt: null, exportable: false, exports: [] },
  { id: 'p-h25', periodKey: '2025-H', kind: 'helar', reportKind: 'arsredovisning', coversFrom: '2025-01-01', coversTo: '2025-12-31', lockedAt: null, exportable: true, exports: [running, done] },
];

describe('Exporter', () => {
  it('shows each locked period with its exports, progress and download links; the revisor cannot start one', async () => {
    mockLoggedIn(testUsers.lars, { 'GET /api/v1/exports/periods': periods });
    renderApp('/exporter');
    const table = await screen.findByRole('table', { name: 'Exporter av Årsredovisning 2025 (2025-01-01 – 2025-12-31), senaste först' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('Pågår 50 %');
    expect(within(rows[0]!).getByRole('progressbar', { name: `Förlopp för ${running.fileName}` })).toBeTruthy();
    expect(within(rows[1]!).getByRole('link', { name: `Ladda ned ${done.fileName}` }).getAttribute('href')).toBe('/api/v1/exports/e1/file');
    expect(rows[1]!.textContent).toContain('2026-03-10, Mikael Strand');
    expect(screen.getByText('Perioden saknar ännu en ögonblicksbild som kan exporteras.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Skapa export' })).toBeNull();
  });

  it('lets the controller start an export in the chosen format', async () => {
    const sent: unknown[] = [];
    mockLoggedIn(testUsers.eva, {
      'GET /api/v1/exports/periods': periods,
      'POST /api/v1/exports': (req: MockRequest) => {
        sent.push(req.body);
        return { ...running, id: 'e3', status: 'koad', progress: 0, format: 'json' };
      },
    });
    renderApp('/exporter');
    const form = await screen.findByRole('form', { name: 'Ny export: Årsredovisning 2025 (2025-01-01 – 2025-12-31)' });
    fireEvent.change(within(form).getByLabelText('Format'), { target: { value: 'json' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Skapa export' }));
    expect(await within(form).findByRole('status')).toBeTruthy();
    expect(sent).toEqual([{ periodId: 'p-h25', format: 'json' }]);
  });
});
