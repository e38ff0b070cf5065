import { Anchor, Checkbox, Group, NativeSelect, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { Action, REPORT_STATUSES, type ReportListQuery, type ReportStatus } from '@resultatkedjan/contracts';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../../auth/use-auth';
import { svReports } from '../../i18n/sv-reports';
import { PageLoader } from '../../layout/page-loader';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { QueryError } from '../goals/query-error';
import { reportHref } from './report-links';
import { PeriodOverviewTable } from './period-overview-table';
import { REPORT_PAGE_SIZE, reportListQuery, reportOverviewQuery, type ReportSummary } from './reports-api';
import { StatusBadge } from './status-badge';

const t = svReports;

/** The list's filters live in the address (?status=&period=&sida=&alla=1), so deep links and the back button keep them. */
function useReportFilters() {
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = REPORT_STATUSES.includes(statusParam as ReportStatus) ? (statusParam as ReportStatus) : undefined;
  const periodId = params.get('period') ?? undefined;
  const page = Math.max(1, Number.parseInt(params.get('sida') ?? '1', 10) || 1);
  const showOthers = params.get('alla') === '1';
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    // A new filter starts on the first page.
    if (!('sida' in changes)) next.delete('sida');
    setParams(next);
  };
  return { status, periodId, page, showOthers, set };
}

/**
 * "Mina rapporter" for whoever writes reports (an enhetschef sees their own units, and may add other units'
 * submitted reports); "Rapporter" with the per-period overview for everyone else. Sorted by period and unit name,
 * never ranked (R-6).
 */
export function ReportsListPage() {
  const { can } = useAuth();
  const reporter = can(Action.reportWrite);
  const title = reporter ? t.listTitle : t.listTitleController;
  useDocumentTitle(title);
  const filters = useReportFilters();
  const mine = reporter && !filters.showOthers;
  const query: ReportListQuery = { status: filters.status, periodId: filters.periodId, page: filters.page, ...(mine ? { mine: true } : {}) };
  const reports = useQuery(reportListQuery(query));
  const overview = useQuery(reportOverviewQuery(mine));
  const periods = overview.data ?? [];
  const pages = reports.data ? Math.max(1, Math.ceil(reports.data.total / REPORT_PAGE_SIZE)) : 1;

  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text>{reporter ? t.introReporter : t.introReviewer}</Text>
      {!reporter && periods.length > 0 && (
        <PeriodOverviewTable
          periods={periods}
          onPick={(periodId, status) => filters.set({ period: periodId, status })}
        />
      )}
      <Group align="flex-end" gap="md">
        <NativeSelect
          label={t.statusFilter}
          w={220}
          value={filters.status ?? ''}
          data={[{ value: '', label: t.allStatuses }, ...REPORT_STATUSES.map((s) => ({ value: s, label: t.status[s]! }))]}
          onChange={(e) => filters.set({ status: e.currentTarget.value || undefined })}
        />
        <NativeSelect
          label={t.periodFilter}
          w={220}
          value={filters.periodId ?? ''}
          data={[{ value: '', label: t.allPeriods }, ...periods.map((p) => ({ value: p.period.id, label: formatPeriodLabel(p.period.periodKey) }))]}
          onChange={(e) => filters.set({ period: e.currentTarget.value || undefined })}
        />
        {reporter && (
          <Checkbox
            label={t.showOthers}
            checked={filters.showOthers}
            onChange={(e) => filters.set({ alla: e.currentTarget.checked ? '1' : undefined })}
            mb={8}
          />
        )}
      </Group>
      {reports.isPending && <PageLoader label={t.loading} />}
      {reports.isError && <QueryError title={t.errorTitle} error={reports.error} retry={() => void reports.refetch()} retrying={reports.isFetching} />}
      {reports.isSuccess && reports.data.items.length === 0 && <Text>{filters.status || filters.periodId ? t.emptyFiltered : t.empty}</Text>}
      {reports.isSuccess && reports.data.items.length > 0 && (
        <>
          <ReportsTable items={reports.data.items} caption={t.tableCaption(reports.data.total)} />
          {pages > 1 && (
            <Pagination
              total={pages}
              value={filters.page}
              onChange={(page) => filters.set({ sida: page > 1 ? String(page) : undefined })}
              getControlProps={(control) => ({ 'aria-label': t.pageControl(control) })}
              getItemProps={(page) => ({ 'aria-label': t.pageNumber(page) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}

function ReportsTable({ items, caption }: { items: ReportSummary[]; caption: string }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder data-testid="reports-table" captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.cols.period}</Table.Th>
            <Table.Th scope="col">{t.cols.unit}</Table.Th>
            <Table.Th scope="col">{t.cols.status}</Table.Th>
            <Table.Th scope="col">{t.cols.deadline}</Table.Th>
            <Table.Th scope="col">{t.cols.updated}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Anchor component={Link} to={reportHref(r.id)} aria-label={t.openReport(r.orgNode.name, formatPeriodLabel(r.period.periodKey))}>
                  {formatPeriodLabel(r.period.periodKey)}
                </Anchor>
              </Table.Td>
              <Table.Th scope="row" fw={400}>
                {r.orgNode.name}
              </Table.Th>
              <Table.Td>
                <StatusBadge status={r.status} />
              </Table.Td>
              <Table.Td>{r.period.status === 'last' ? t.periodLocked : r.period.deadline}</Table.Td>
              <Table.Td>{formatDateTime(r.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
