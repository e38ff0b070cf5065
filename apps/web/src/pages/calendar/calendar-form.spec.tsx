import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseReminderDays } from './calendar-api';
import { CalendarForm } from './calendar-form';

const presets = [{ id: 'kvartal-delar-augusti-helar', name: 'Kvartal, delår per augusti och helår' }];

describe('CalendarForm', () => {
  it('sends the chosen preset and reminder days', () => {
    const onSubmit = vi.fn();
    render(<MantineProvider><CalendarForm year={2027} presets={presets} calendar={null} saving={false} error={null} onSubmit={onSubmit} /></MantineProvider>);
    expect(screen.getByRole('heading', { name: 'Ställ in kalendern för 2027' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Påminnelser/), { target: { value: '10, 3, 0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa kalender' }));
    expect(onSubmit).toHaveBeenCalledWith({ template: 'kvartal-delar-augusti-helar', reminderDays: [10, 3, 0] });
  });

  it("starts a new year's reminders from the kommun's days, an existing year from its own", () => {
    const { unmount } = render(<MantineProvider><CalendarForm year={2027} presets={presets} calendar={null} defaultReminderDays={[10, 3]} saving={false} error={null} onSubmit={vi.fn()} /></MantineProvider>);
    expect((screen.getByLabelText(/Påminnelser/) as HTMLInputElement).value).toBe('10, 3');
    unmount();
    render(<MantineProvider><CalendarForm year={2027} presets={presets} calendar={null} saving={false} error={null} onSubmit={vi.fn()} /></MantineProvider>);
    expect((screen.getByLabelText(/Påminnelser/) as HTMLInputElement).value).toBe('7, 2');
  });

  it('refuses invalid reminder days with a Swedish message', () => {
    const onSubmit = vi.fn();
    render(<MantineProvider><CalendarForm year={2027} presets={presets} calendar={null} saving={false} error={null} onSubmit={onSubmit} /></MantineProvider>);
    fireEvent.change(screen.getByLabelText(/Påminnelser/), { target: { value: '7, sju' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa kalender' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Ange heltal 0–60 åtskilda med kommatecken, t.ex. 7, 2.')).toBeTruthy();
  });

  it('parses reminder days', () => {
    expect(parseReminderDays('7, 2')).toEqual([7, 2]);
    expect(parseReminderDays('')).toEqual([]);
    expect(parseReminderDays('61')).toBeNull();
    expect(parseReminderDays('2, 2')).toBeNull();
  });
});
