import { Badge, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { svCalendar } from '../../i18n/sv-calendar';
import { PageLoader } from '../../layout/page-loader';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { outboxQuery } from '../../api/notifications';
import { jobRunsQuery } from '../calendar/calendar-api';
import { QueryError } from '../goals/query-error';

const t = svCalendar;
const JOB_COLORS: Record<string, string> = { running: 'blue.9', completed: '#1b5e20', failed: 'red.9' };

/** Job runs per period with status and error, and the notification outbox (tab in the address: ?flik=utkorg). */
export function JobsPage() {
  useDocumentTitle(t.jobsTitle);
  const [params, setParams] = useSearchParams();
  const tab = params.get('flik') === 'utkorg' ? 'utkorg' : 'jobb';
  return (
    <Stack gap="md">
      <Title order={1}>{t.jobsTitle}</Title>
      <Tabs value={tab} onChange={(v) => setParams(v === 'utkorg' ? { flik: 'utkorg' } : {})} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="jobb">{t.jobsHeading}</Tabs.Tab>
          <Tabs.Tab value="utkorg">{t.outboxHeading}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="jobb" pt="md">
          <JobRuns />
        </Tabs.Panel>
        <Tabs.Panel value="utkorg" pt="md">
          <Outbox />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function JobRuns() {
  const runs = useQuery(jobRunsQuery);
  if (runs.isPending) return <PageLoader />;
  if (runs.isError) return <QueryError title={t.jobsError} error={runs.error} retry={() => void runs.refetch()} retrying={runs.isFetching} />;
  if (runs.data.items.length === 0) return <Text>{t.jobsEmpty}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder data-testid="job-runs">
        <caption style={{ captionSide: 'top', textAlign: 'left' }}>
          {t.jobsCaption}. {t.showing(runs.data.items.length, runs.data.total)}
        </caption>
        <Table.Thead>
          <Table.Tr>
            {Object.values(t.jobCols).map((c) => (
              <Table.Th scope="col" key={c}>
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.data.items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{t.jobNames[r.jobName] ?? r.jobName}</Table.Td>
              <Table.Td>{r.periodKey ? formatPeriodLabel(r.periodKey) : '–'}</Table.Td>
              <Table.Td>
                <Badge variant="outline" color={JOB_COLORS[r.status] ?? 'gray.8'} tt="none">
                  {t.jobStatus[r.status] ?? r.status}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDateTime(r.startedAt)}</Table.Td>
              <Table.Td>{r.finishedAt ? formatDateTime(r.finishedAt) : '–'}</Table.Td>
              <Table.Td>{r.attempts}</Table.Td>
              <Table.Td>{r.error ?? '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Outbox() {
  const notes = useQuery(outboxQuery);
  if (notes.isPending) return <PageLoader />;
  if (notes.isError) return <QueryError title={t.outboxError} error={notes.error} retry={() => void notes.refetch()} retrying={notes.isFetching} />;
  if (notes.data.items.length === 0) return <Text>{t.outboxEmpty}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder data-testid="outbox">
        <caption style={{ captionSide: 'top', textAlign: 'left' }}>
          {t.outboxCaption}. {t.showing(notes.data.items.length, notes.data.total)}
        </caption>
        <Table.Thead>
          <Table.Tr>
            {Object.values(t.outboxCols).map((c) => (
              <Table.Th scope="col" key={c}>
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {notes.data.items.map((n) => (
            <Table.Tr key={n.id}>
              <Table.Td>{formatDateTime(n.createdAt)}</Table.Td>
              <Table.Td>{t.notificationKinds[n.kind] ?? n.kind}</Table.Td>
              <Table.Td>{n.recipientEmail}</Table.Td>
              <Table.Td>{n.subject}</Table.Td>
              <Table.Td>{t.channels[n.channel] ?? n.channel}</Table.Td>
              <Table.Td>{n.sentAt ? formatDateTime(n.sentAt) : t.notSent}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
