import { Anchor, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { Action } from '@resultatkedjan/contracts';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../../auth/use-auth';
import { svReports } from '../../i18n/sv-reports';
import { PageLoader } from '../../layout/page-loader';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { paths } from '../../paths';
import { QueryError } from '../goals/query-error';
import { reportListQuery, type ReportStatus } from './reports-api';
import { StatusBadge } from './status-badge';

const t = svReports;
const STATUSES: ReportStatus[] = ['utkast', 'inlamnad', 'godkand', 'atersand'];

export const reportHref = (id: string) => `${paths.reports}/${encodeURIComponent(id)}`;

/** "Mina rapporter": the reports the user may see, per period with status (filter in the address: ?status=). */
export function ReportsListPage() {
  const { can } = useAuth();
  const title = can(Action.reportApprove) ? t.listTitleController : t.listTitle;
  useDocumentTitle(title);
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = STATUSES.includes(statusParam as ReportStatus) ? (statusParam as ReportStatus) : null;
  const reports = useQuery(reportListQuery(status));
  const items = [...(reports.data?.items ?? [])].sort(
    (a, b) => b.period.periodKey.localeCompare(a.period.periodKey) || a.orgNode.name.localeCompare(b.orgNode.name, 'sv'),
  );
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <NativeSelect
        label={t.statusFilter}
        maw={240}
        value={status ?? ''}
        data={[{ value: '', label: t.allStatuses }, ...STATUSES.map((s) => ({ value: s, label: t.status[s]! }))]}
        onChange={(e) => {
          const next = new URLSearchParams(params);
          if (e.currentTarget.value) next.set('status', e.currentTarget.value);
          else next.delete('status');
          setParams(next);
        }}
      />
      {reports.isPending && <PageLoader label={t.loading} />}
      {reports.isError && <QueryError title={t.errorTitle} error={reports.error} retry={() => void reports.refetch()} retrying={reports.isFetching} />}
      {reports.isSuccess && items.length === 0 && <Text>{t.empty}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table withTableBorder data-testid="reports-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.cols.period}</Table.Th>
                <Table.Th scope="col">{t.cols.unit}</Table.Th>
                <Table.Th scope="col">{t.cols.status}</Table.Th>
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
                  <Table.Td>{r.orgNode.name}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={r.status} />
                  </Table.Td>
                  <Table.Td>{formatDateTime(r.updatedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
