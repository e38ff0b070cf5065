import { Alert, Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { FollowUpPeriodDto, PatchPeriodRequest } from '@resultatkedjan/contracts';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { tenantQuery } from '../../api/admin';
import { svCalendar } from '../../i18n/sv-calendar';
import { PageLoader } from '../../layout/page-loader';
import { useDocumentTitle } from '../../lib/use-document-title';
import { QueryError } from '../goals/query-error';
import { calendarQuery, patchPeriod, presetsQuery, putCalendar } from './calendar-api';
import { CalendarForm } from './calendar-form';

const t = svCalendar;
export const JOBS_PATH = '/jobb';

const STATUS_COLORS: Record<string, string> = { planerad: 'gray.8', oppen: 'blue.9', last: 'dark.7' };

export function CalendarPage() {
  useDocumentTitle(t.title);
  const [params, setParams] = useSearchParams();
  const now = new Date().getFullYear();
  const yearParam = Number(params.get('ar'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 && yearParam < 2100 ? yearParam : now;
  const queryClient = useQueryClient();
  const calendar = useQuery(calendarQuery(year));
  const presets = useQuery(presetsQuery);
  // A new year's reminders start from the kommun's own days (Administration → Inställningar).
  const tenant = useQuery(tenantQuery);
  const [notice, setNotice] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: Parameters<typeof putCalendar>[1]) => putCalendar(year, body),
    onSuccess: (data) => {
      queryClient.setQueryData(calendarQuery(year).queryKey, data);
      setNotice(t.saved);
    },
  });
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t.title}</Title>
        <Anchor component={Link} to={JOBS_PATH}>
          {t.jobsLink}
        </Anchor>
      </Group>
      <NativeSelect
        label={t.year}
        maw={160}
        data={[now - 1, now, now + 1, now + 2].map(String)}
        value={String(year)}
        onChange={(e) => {
          setNotice(null);
          save.reset();
          setParams({ ar: e.currentTarget.value });
        }}
      />
      {notice && (
        <Alert variant="outline" color="#1b5e20" role="status">
          {notice}
        </Alert>
      )}
      {(calendar.isPending || presets.isPending) && <PageLoader label={t.loading} />}
      {calendar.isError && <QueryError title={t.errorTitle} error={calendar.error} retry={() => void calendar.refetch()} retrying={calendar.isFetching} />}
      {presets.isError && <QueryError title={t.errorTitle} error={presets.error} retry={() => void presets.refetch()} retrying={presets.isFetching} />}
      {calendar.isSuccess && presets.isSuccess && !tenant.isPending && (
        <>
          {calendar.data === null && <Text>{t.none(year)}</Text>}
          <CalendarForm
            key={`${year}-${calendar.data?.updatedAt ?? 'ny'}`}
            year={year}
            presets={presets.data}
            calendar={calendar.data}
            defaultReminderDays={tenant.data?.settings.reminderDays}
            saving={save.isPending}
            error={save.error}
            onSubmit={(body) => {
              setNotice(null);
              save.mutate(body);
            }}
          />
          {calendar.data && <PeriodTable year={year} periods={calendar.data.periods} />}
        </>
      )}
    </Stack>
  );
}

function PeriodTable({ year, periods }: { year: number; periods: FollowUpPeriodDto[] }) {
  const [editing, setEditing] = useState<FollowUpPeriodDto | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Stack component="section" aria-labelledby="calendar-periods" gap="sm">
      <Title order={2} size="h3" id="calendar-periods">
        {t.periodsHeading}
      </Title>
      {message && (
        <Alert variant="outline" color="#1b5e20" role="status">
          {message}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table withTableBorder data-testid="calendar-periods">
          <caption style={{ captionSide: 'top', textAlign: 'left' }}>{t.periodsCaption(year)}</caption>
          <Table.Thead>
            <Table.Tr>
              {Object.values(t.cols).map((c) => (
                <Table.Th scope="col" key={c}>
                  {c}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {periods.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Th scope="row">{formatPeriodLabel(p.periodKey)}</Table.Th>
                <Table.Td>
                  {p.coversFrom} – {p.coversTo}
                </Table.Td>
                <Table.Td>{p.opensOn}</Table.Td>
                <Table.Td>{p.deadline}</Table.Td>
                <Table.Td>{p.reviewDeadline}</Table.Td>
                <Table.Td>{p.locksOn}</Table.Td>
                <Table.Td>
                  <Badge variant="outline" color={STATUS_COLORS[p.status] ?? 'gray.8'} tt="none">
                    {t.periodStatus[p.status] ?? p.status}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {p.status !== 'last' && (
                    <Button size="xs" variant="outline" aria-label={t.adjustLabel(formatPeriodLabel(p.periodKey))} onClick={() => { setMessage(null); setEditing(p); }}>
                      {t.adjust}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && (
        <PeriodDatesForm
          key={editing.id}
          year={year}
          period={editing}
          onClose={(text) => {
            setEditing(null);
            setMessage(text);
          }}
        />
      )}
    </Stack>
  );
}

function PeriodDatesForm({ year, period, onClose }: { year: number; period: FollowUpPeriodDto; onClose: (message: string | null) => void }) {
  const queryClient = useQueryClient();
  const [dates, setDates] = useState({ opensOn: period.opensOn, deadline: period.deadline, reviewDeadline: period.reviewDeadline, locksOn: period.locksOn });
  const label = formatPeriodLabel(period.periodKey);
  const save = useMutation({
    mutationFn: (body: PatchPeriodRequest) => patchPeriod(period.id, body),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: calendarQuery(year).queryKey });
      const moved = Object.values(result.adjusted ?? {}).map((a) => (a ? t.movedToWorkday(a.requested, a.actual) : ''));
      onClose([t.datesSaved(label), ...moved].join(' '));
    },
  });
  const fields = save.error && 'fields' in save.error ? (save.error as { fields: Record<string, string[]> }).fields : {};
  const changed = Object.fromEntries(Object.entries(dates).filter(([k, v]) => v !== period[k as keyof typeof dates]));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="period-dates">
      <Title order={3} size="h4" id="period-dates" mb="sm">
        {t.adjustHeading(label)}
      </Title>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(changed);
        }}
      >
        <Group align="flex-start" gap="md" wrap="wrap">
          {(
            [
              ['opensOn', t.cols.opens],
              ['deadline', t.cols.deadline],
              ['reviewDeadline', t.cols.review],
              ['locksOn', t.cols.locks],
            ] as const
          ).map(([key, text]) => (
            <TextInput
              key={key}
              type="date"
              label={text}
              value={dates[key]}
              disabled={key === 'opensOn' && period.status !== 'planerad'}
              onChange={(e) => setDates({ ...dates, [key]: e.currentTarget.value })}
              error={fields[key]?.join(' ')}
            />
          ))}
        </Group>
        {save.error && (
          <Alert variant="outline" color="red.9" role="alert" mt="sm">
            {save.error.message}
          </Alert>
        )}
        <Group mt="sm">
          <Button type="submit" loading={save.isPending} disabled={Object.keys(changed).length === 0}>
            {t.saveDates}
          </Button>
          <Button variant="outline" onClick={() => onClose(null)}>
            {t.cancel}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
