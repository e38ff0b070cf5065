import { svGoalAnalysis } from '../../i18n/sv-goal-analysis';
import { Alert, Anchor, Group, MultiSelect, NativeSelect, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { indicatorBenchmarksQuery } from '../../api/benchmarks';
import { goalQuery } from '../../api/goals';
import { svChain } from '../../i18n/sv-chain';
import { PageLoader } from '../../layout/page-loader';
import { useDocumentTitle } from '../../lib/use-document-title';
import { goalPaths } from '../../paths';
import { useChainWriteScope } from '../../auth/write-scope';
import { svChainBuilder } from '../../i18n/sv-chain-builder';
import { QueryError } from '../goals/query-error';
import { ChainColumns } from './chain-columns';
import { chainViewQuery, flattenTree, orgTreeQuery, quartersOf } from './chain-api';
import { TrendChart } from './trend-chart';
import { GoalAssessmentsPanel } from './goal-assessments-panel';
import { UnitComparison } from './unit-comparison';

const t = svChain;

/** Address parameters, so deep links and the back button keep the choice. */
export const CHAIN_PARAMS = { year: 'ar', period: 'period', nodes: 'enheter', measure: 'matt', sort: 'sortera' } as const;

export function chainHref(goalId: string, params: Record<string, string> = {}): string {
  const search = new URLSearchParams(params).toString();
  return `${goalPaths.detail(goalId)}/kedja${search ? `?${search}` : ''}`;
}

function yearChoices(now: number): number[] {
  return [now - 2, now - 1, now, now + 1];
}

export function ChainPage() {
  const { goalId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const now = new Date().getFullYear();
  const yearParam = Number(params.get(CHAIN_PARAMS.year));
  const year = Number.isInteger(yearParam) && yearParam > 1999 && yearParam < 2100 ? yearParam : now;
  const periodChoices = [...quartersOf(year), String(year)];
  const periodParam = params.get(CHAIN_PARAMS.period);
  const period = periodParam && periodChoices.includes(periodParam) ? periodParam : String(year);
  const nodeIds = (params.get(CHAIN_PARAMS.nodes) ?? '').split(',').filter(Boolean);

  const goal = useQuery(goalQuery(goalId));
  const tree = useQuery(orgTreeQuery);
  const chain = useQuery({ ...chainViewQuery(goalId, year, nodeIds), enabled: goal.isSuccess });
  const benchmarks = useQuery(indicatorBenchmarksQuery);
  const { mayWriteChain } = useChainWriteScope();
  const benchmarkMap = useMemo(() => new Map((benchmarks.data ?? []).map((b) => [b.indicatorId, b])), [benchmarks.data]);
  useDocumentTitle(goal.data ? t.pageTitle(`${goal.data.key} ${goal.data.title}`) : t.title);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next);
  };

  if (goal.isPending) return <PageLoader label={t.loading} />;
  if (goal.isError) {
    const notFound = goal.error instanceof ApiError && (goal.error.status === 404 || goal.error.status === 400);
    return (
      <Stack maw={720}>
        <Title order={1}>{t.title}</Title>
        {notFound ? <Text>{t.notFound}</Text> : <QueryError title={t.errorTitle} error={goal.error} retry={() => void goal.refetch()} retrying={goal.isFetching} />}
      </Stack>
    );
  }

  const selectedNodes = nodeIds.length > 0 ? nodeIds : [goal.data.ownerNodeId];
  const nodeOptions = (tree.data ? flattenTree(tree.data) : []).map((n) => ({ value: n.id, label: n.name }));

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to={goalPaths.detail(goalId)} size="sm">
          ← {t.backToGoal}
        </Anchor>
        {mayWriteChain(goal.data.ownerNodeId) && (
          <Anchor component={Link} to={goalPaths.chainBuilder(goalId)} size="sm">
            {svChainBuilder.openBuilder}
          </Anchor>
        )}
        <Title order={1}>
          {t.title}: {goal.data.key} {goal.data.title}
        </Title>
        <Anchor component={Link} to={goalPaths.analysis(goalId)} size="sm">
          {svGoalAnalysis.open} →
        </Anchor>
      </Stack>

      <Paper withBorder p="md" component="section" aria-labelledby="chain-filters">
        <Title order={2} size="h4" id="chain-filters" mb="sm">
          {t.filters}
        </Title>
        <Group align="flex-end" gap="lg" wrap="wrap">
          <NativeSelect
            label={t.year}
            data={yearChoices(now).map(String)}
            value={String(year)}
            onChange={(e) => update({ [CHAIN_PARAMS.year]: e.currentTarget.value, [CHAIN_PARAMS.period]: null })}
          />
          <Stack gap={4} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" size="sm" fw={500}>
              {t.period}
            </Text>
            <SegmentedControl
              data={periodChoices.map((p) => ({ value: p, label: p.includes('-') ? p.slice(5) : t.yearPeriod(year) }))}
              value={period}
              onChange={(v) => update({ [CHAIN_PARAMS.period]: v })}
              color="blue.9"
            />
          </Stack>
          <MultiSelect
            label={t.orgNodes}
            description={t.orgNodesHint}
            data={nodeOptions}
            value={selectedNodes}
            onChange={(v) => update({ [CHAIN_PARAMS.nodes]: v.join(',') })}
            searchable
            clearable={false}
            miw={320}
            maw={560}
            disabled={!tree.data}
          />
        </Group>
      </Paper>

      {chain.isPending && <PageLoader label={t.loading} />}
      {chain.isError && <QueryError title={t.errorTitle} error={chain.error} retry={() => void chain.refetch()} retrying={chain.isFetching} />}
      {chain.data && (
        <>
          {chain.data.warnings.length > 0 && (
            <Alert variant="outline" color="gray.8" title={t.warnings}>
              <Stack gap={2}>
                {chain.data.warnings.map((w) => (
                  <Text key={w} size="sm">
                    {w}
                  </Text>
                ))}
              </Stack>
            </Alert>
          )}
          <section aria-labelledby="chain-heading">
            <Title order={2} id="chain-heading" mb="sm">
              {t.chainHeading}
            </Title>
            {chain.data.elements.every((e) => e.indicators.length === 0) ? (
              <Text>{t.emptyChain}</Text>
            ) : (
              <ChainColumns view={chain.data} period={period} benchmarks={benchmarkMap} />
            )}
          </section>
          <section aria-labelledby="chain-ratios">
            <Title order={2} id="chain-ratios" mb="sm">
              {chain.data.orgNodes.length > 1 ? t.compareHeading : t.ratiosHeading}
            </Title>
            <UnitComparison
              view={chain.data}
              period={period}
              sortByValue={params.get(CHAIN_PARAMS.sort) === 'varde'}
              sortRatioId={params.get(`${CHAIN_PARAMS.sort}-matt`)}
              onSortChange={(on, ratioId) => update({ [CHAIN_PARAMS.sort]: on ? 'varde' : null, [`${CHAIN_PARAMS.sort}-matt`]: on ? ratioId : null })}
            />
          </section>
          <section aria-labelledby="chain-trend">
            <Title order={2} id="chain-trend" mb="sm">
              {t.trendHeading}
            </Title>
            <TrendChart view={chain.data} measure={params.get(CHAIN_PARAMS.measure)} onMeasureChange={(m) => update({ [CHAIN_PARAMS.measure]: m })} />
          </section>
          <GoalAssessmentsPanel goalId={goalId} />
        </>
      )}
    </Stack>
  );
}
