import { Anchor, Table } from '@mantine/core';
import { REPORT_STATUSES, type ReportStatus } from '@resultatkedjan/contracts';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { svReports } from '../../i18n/sv-reports';
import { formatNumber } from '../../lib/format';
import type { ReportPeriodOverview } from './reports-api';

const t = svReports;

/** Where each period's follow-up stands: reports per status; a count filters the list below to those reports. */
export function PeriodOverviewTable({
  periods,
  onPick,
}: {
  periods: ReportPeriodOverview[];
  onPick: (periodId: string, status?: ReportStatus) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder captionSide="top" data-testid="report-overview">
        <Table.Caption>{t.overviewCaption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.cols.period}</Table.Th>
            <Table.Th scope="col">{t.cols.deadline}</Table.Th>
            {REPORT_STATUSES.map((s) => (
              <Table.Th key={s} scope="col" ta="right">
                {t.statusPlural[s]}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t.total}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {periods.map(({ period, counts, total }) => {
            const label = formatPeriodLabel(period.periodKey);
            return (
              <Table.Tr key={period.id}>
                <Table.Th scope="row">{label}</Table.Th>
                <Table.Td>{period.status === 'last' ? t.periodLocked : period.deadline}</Table.Td>
                {REPORT_STATUSES.map((s) => (
                  <Table.Td key={s} ta="right">
                    {counts[s] > 0 ? (
                      <Anchor component="button" type="button" onClick={() => onPick(period.id, s)} aria-label={t.showCount(counts[s], t.statusPlural[s]!, label)}>
                        {formatNumber(counts[s])}
                      </Anchor>
                    ) : (
                      formatNumber(0)
                    )}
                  </Table.Td>
                ))}
                <Table.Td ta="right">
                  <Anchor component="button" type="button" onClick={() => onPick(period.id)} aria-label={t.showAll(total, label)}>
                    {formatNumber(total)}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
