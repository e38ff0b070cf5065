import { Alert, Button, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import type { CalendarDto, CalendarPresetDto, PutCalendarRequest } from '@resultatkedjan/contracts';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { svCalendar } from '../../i18n/sv-calendar';
import { parseReminderDays } from './calendar-api';

const t = svCalendar;

export interface CalendarFormProps {
  year: number;
  presets: CalendarPresetDto[];
  calendar: CalendarDto | null;
  /** The kommun's reminder days, for a year without a calendar yet. */
  defaultReminderDays?: number[];
  saving: boolean;
  error: unknown;
  onSubmit: (body: PutCalendarRequest) => void;
}

/** Choose the template preset and reminder days; PUT /calendars/:year generates the periods. */
export function CalendarForm({ year, presets, calendar, defaultReminderDays = [7, 2], saving, error, onSubmit }: CalendarFormProps) {
  const [template, setTemplate] = useState(calendar?.presetId ?? presets[0]?.id ?? '');
  const [days, setDays] = useState((calendar?.reminderDays ?? defaultReminderDays).join(', '));
  const [errors, setErrors] = useState<{ template?: string; days?: string }>({});
  const apiFields = error instanceof ApiError ? error.fields : {};
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="calendar-setup">
      <Title order={2} size="h3" id="calendar-setup" mb="sm">
        {t.setupHeading(year)}
      </Title>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const reminderDays = parseReminderDays(days);
          const next = { template: template ? undefined : t.templateRequired, days: reminderDays ? undefined : t.reminderInvalid };
          setErrors(next);
          if (next.template || next.days || !reminderDays) return;
          onSubmit({ template, reminderDays });
        }}
      >
        <Stack gap="sm" maw={480}>
          <NativeSelect
            label={t.template}
            data={[{ value: '', label: '–' }, ...presets.map((p) => ({ value: p.id, label: p.name }))]}
            value={template}
            onChange={(e) => setTemplate(e.currentTarget.value)}
            error={errors.template ?? apiFields.template?.join(' ')}
            required
          />
          <TextInput
            label={t.reminderDays}
            description={t.reminderHint}
            value={days}
            onChange={(e) => setDays(e.currentTarget.value)}
            error={errors.days ?? apiFields.reminderDays?.join(' ')}
            inputMode="numeric"
          />
          {error !== null && error !== undefined && (
            <Alert variant="outline" color="red.9" role="alert" title={t.saveError}>
              {error instanceof Error ? error.message : ''}
            </Alert>
          )}
          <Button type="submit" loading={saving} w="fit-content">
            {calendar ? t.regenerate : t.generate}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
