import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { svReports } from '../../i18n/sv-reports';
import { formatValue } from '../../lib/format';
import { AssessmentBadge } from '../chain/assessment-badge';
import type { ReportGoal, ReportLevel } from './reports-api';

const t = svReports;

/**
 * One goal of a report that cannot be changed (submitted, approved, locked, or read by someone else): the values
 * beside last period and target, then the unit's analysis and self-assessment as text, readable by everyone.
 */
export function GoalReadSection({ goal, levels }: { goal: ReportGoal; levels: ReportLevel[] }) {
  const headingId = `goal-${goal.goalId}`;
  const self = levels.find((l) => l.level === goal.assessment.selfLevel)?.label ?? t.notAssessedYet;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t.goalHeading(goal.key, goal.title)}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder captionSide="top" data-testid="report-values">
          <Table.Caption>{t.valuesCaption(goal.key)}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.readCols.indicator}</Table.Th>
              <Table.Th scope="col">{t.readCols.value}</Table.Th>
              <Table.Th scope="col">{t.readCols.previous}</Table.Th>
              <Table.Th scope="col">{t.readCols.target}</Table.Th>
              <Table.Th scope="col">{t.readCols.assessment}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {goal.indicators.map((i) => (
              <Table.Tr key={i.indicatorId}>
                <Table.Th scope="row" fw={400}>
                  {i.name}
                  {i.computed && ` (${t.computed.toLowerCase()})`}
                </Table.Th>
                <Table.Td>{formatValue(i.value, i.unit)}</Table.Td>
                <Table.Td>
                  {formatValue(i.previousValue, i.unit)} ({formatPeriodLabel(i.previousPeriodKey)})
                </Table.Td>
                <Table.Td>{i.target === null ? '–' : formatValue(i.target, i.unit)}</Table.Td>
                <Table.Td>{i.assessment ? <AssessmentBadge assessment={i.assessment} /> : t.monitored}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={3} size="h4" mt="md" mb="xs">
        {t.analysisHeading}
      </Title>
      <Stack gap="xs">
        {(['whatHappened', 'why', 'nextSteps'] as const).map((k) => (
          <div key={k}>
            <Text fw={700} size="sm">
              {t[k]}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{goal.assessment[k] || t.notWritten}</Text>
          </div>
        ))}
      </Stack>
      <Title order={3} size="h4" mt="md" mb="xs">
        {t.selfHeading}
      </Title>
      <Text>
        {t.selfLevel}: <strong>{self}</strong> ({t.suggested(goal.suggested.label).toLowerCase()})
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{goal.assessment.selfJustification || t.notWritten}</Text>
    </Paper>
  );
}
