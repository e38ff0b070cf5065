import { Group, Table, Text } from '@mantine/core';
import type { ChainIndicatorView, Direction, GoalChainView, IndicatorFigureDto } from '@resultatkedjan/contracts';
import { levelName } from '@resultatkedjan/domain';
import { useQuery } from '@tanstack/react-query';
import { goalChainQuery } from '../../api/goals';
import { sv } from '../../i18n/sv';
import { PageLoader } from '../../layout/page-loader';
import { formatValue } from '../../lib/format';
import { useLevelNames } from '../../lib/use-level-names';
import { figureNode, resultIndicators, summarizeChain } from './goal-assessment';
import { AssessmentBadge, TrendMark, trendFromSummary, type Judgement, type Movement } from './goal-badges';

const t = sv.goalDetail;

/** Movement of the value from one year to the next and whether that is better, by the indicator's direction. */
export function trendBetween(
  previous: number | null | undefined,
  latest: number | null | undefined,
  direction: Direction,
): { movement: Movement; judgement: Judgement } | null {
  if (previous === null || previous === undefined || latest === null || latest === undefined) return null;
  if (Math.abs(latest - previous) < 1e-9) return { movement: 'flat', judgement: 'neutral' };
  const movement: Movement = latest > previous ? 'up' : 'down';
  if (direction === 'neutral') return { movement, judgement: 'neutral' };
  const better = direction === 'higher' ? movement === 'up' : movement === 'down';
  return { movement, judgement: better ? 'better' : 'worse' };
}

function figureOf(indicator: ChainIndicatorView, orgNodeId: string, periodKey: string): IndicatorFigureDto | undefined {
  return indicator.figures.find((f) => f.orgNodeId === orgNodeId && f.periodKey === periodKey);
}

/** The goal's result indicators for last year and the chosen year: values, target, måluppfyllelse and trend. */
export function GoalResults({ goalId, ownerNodeId, year }: { goalId: string; ownerNodeId: string; year: number }) {
  const chain = useQuery(goalChainQuery(goalId, [String(year - 1), String(year)]));
  if (chain.isPending) return <PageLoader label={t.resultsLoading} />;
  if (chain.isError) {
    return (
      <Text role="alert" c="red.9">
        {t.resultsError}
      </Text>
    );
  }
  return <ResultsTable view={chain.data} ownerNodeId={ownerNodeId} year={year} />;
}

export function ResultsTable({ view, ownerNodeId, year }: { view: GoalChainView; ownerNodeId: string; year: number }) {
  const names = useLevelNames();
  const indicators = resultIndicators(view);
  if (indicators.length === 0) return <Text>{t.resultsNone}</Text>;
  const nodeId = figureNode(view, ownerNodeId);
  const summary = summarizeChain(view, ownerNodeId, year, names);
  const prevKey = String(year - 1);
  const key = String(year);
  return (
    <>
      {summary && (
        <Group gap="sm">
          <Text fw={700}>{t.suggested(year)}</Text>
          <AssessmentBadge level={summary.level} label={summary.label} />
          {summary.trend && <TrendMark {...trendFromSummary(summary.trend)} />}
        </Group>
      )}
      <Text>{t.resultsIntro(year - 1, year)}</Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.indicator}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t.outcome(year - 1)}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t.outcome(year)}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t.target(year)}
              </Table.Th>
              <Table.Th scope="col">{t.level2}</Table.Th>
              <Table.Th scope="col">{t.trendColumn}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {indicators.map((indicator) => {
              const previous = figureOf(indicator, nodeId, prevKey);
              const latest = figureOf(indicator, nodeId, key);
              const trend = trendBetween(previous?.value, latest?.value, indicator.direction);
              return (
                <Table.Tr key={indicator.id}>
                  <Table.Th scope="row" fw={400}>
                    {indicator.name}
                  </Table.Th>
                  <Table.Td ta="right">{formatValue(previous?.value, indicator.unit)}</Table.Td>
                  <Table.Td ta="right">{formatValue(latest?.value, indicator.unit)}</Table.Td>
                  <Table.Td ta="right">{formatValue(latest?.target, indicator.unit)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {latest ? (
                      <AssessmentBadge level={latest.assessment.level} label={latest.assessment.label} />
                    ) : (
                      <AssessmentBadge level={0} label={levelName(names, 0)} />
                    )}
                  </Table.Td>
                  <Table.Td>{trend ? <TrendMark {...trend} /> : '–'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
