import { Badge } from '@mantine/core';
import { svReports } from '../../i18n/sv-reports';
import type { ReportStatus } from './reports-api';

const COLORS: Record<ReportStatus, string> = { utkast: 'gray.8', inlamnad: 'blue.9', godkand: '#1b5e20', atersand: 'red.9' };

/** The report's status as text (Utkast / Inlämnad / Godkänd / Återsänd); the colour only repeats it. */
export function StatusBadge({ status }: { status: ReportStatus }) {
  return (
    <Badge variant="outline" color={COLORS[status] ?? 'gray.8'} tt="none">
      {svReports.status[status] ?? status}
    </Badge>
  );
}
