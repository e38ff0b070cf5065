import { Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { Action } from '@resultatkedjan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { cascadeQuery, kfNodeQuery } from '../../api/goals';
import { useAuth } from '../../auth/use-auth';
import { useGoalWriteScope } from '../../auth/write-scope';
import { sv } from '../../i18n/sv';
import { pageActions } from '../../layout/nav-items';
import { PageLoader } from '../../layout/page-loader';
import { useDocumentTitle } from '../../lib/use-document-title';
import { paths, YEAR_PARAM } from '../../paths';
import { AgardirektivSection } from './agardirektiv-section';
import { GoalHygienePanel } from './goal-hygiene-panel';
import { GoalTree } from './goal-tree';
import { IndicatorCarePanel } from './indicator-care-panel';
import { groupRoots, indexCascade, yearOptions } from './goal-tree-model';
import { QueryError } from './query-error';
import { UppdragSection } from './uppdrag-section';
import { useGoalAssessments } from './use-goal-assessments';
import { currentYear, useYearParam } from './use-year-param';

const t = sv.goals;

/** Journey 1: the kommunkoncern's goals for a year, from the vision down, and the bolag's ägardirektiv. */
export function GoalTreePage() {
  useDocumentTitle(t.title);
  const { can } = useAuth();
  const [year, setYear] = useYearParam();
  const cascade = useQuery(cascadeQuery(year));
  const mayWrite = can(pageActions.goalWrite);
  const kf = useQuery({ ...kfNodeQuery, enabled: mayWrite });
  const scope = useGoalWriteScope();
  const roots = useMemo(() => cascade.data?.roots ?? [], [cascade.data]);
  const byId = useMemo(() => indexCascade(roots), [roots]);
  const groups = groupRoots(roots);

  // Måluppfyllelse per goal from its result indicators, until the cascade carries it (node.latestAssessment).
  const allNodes = useMemo(() => [...byId.values()], [byId]);
  const assessments = useGoalAssessments(allNodes, year);

  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{t.title}</Title>
      <Text>{t.intro}</Text>
      <Group align="flex-end" justify="space-between" gap="md">
        <NativeSelect
          label={t.yearLabel}
          description={t.yearHelp}
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
          data={yearOptions(currentYear(), year).map(String)}
          w={220}
        />
        {mayWrite && kf.data && scope.mayCreateAt(kf.data.id) && (
          <Button component={Link} to={`${paths.goalNew}?${YEAR_PARAM}=${year}`}>
            {t.newInriktningsmal}
          </Button>
        )}
      </Group>

      {cascade.isPending && <PageLoader label={t.loading} />}
      {cascade.isError && (
        <QueryError
          title={t.errorTitle}
          error={cascade.error}
          retry={() => void cascade.refetch()}
          retrying={cascade.isFetching}
        />
      )}
      {cascade.isSuccess && roots.length === 0 && <Text role="status">{t.empty(year)}</Text>}
      {cascade.isSuccess && roots.length > 0 && (
        <>
          {groups.vision.length > 0 && (
            <Stack component="section" gap="sm" aria-labelledby="maltrad-rubrik">
              <Title order={2} id="maltrad-rubrik">
                {t.treeHeading(year)}
              </Title>
              <Text>{t.treeIntro}</Text>
              <GoalTree nodes={groups.vision} year={year} byId={byId} assessments={assessments} headingLevel={3} label={t.treeHeading(year)} />
            </Stack>
          )}
          {groups.financial.length > 0 && (
            <Stack component="section" gap="sm" aria-labelledby="finansiella-rubrik">
              <Title order={2} id="finansiella-rubrik">
                {t.financialHeading}
              </Title>
              <GoalTree nodes={groups.financial} year={year} byId={byId} assessments={assessments} headingLevel={3} label={t.financialHeading} />
            </Stack>
          )}
          {groups.other.length > 0 && (
            <Stack component="section" gap="sm" aria-labelledby="ovriga-rubrik">
              <Title order={2} id="ovriga-rubrik">
                {t.otherHeading}
              </Title>
              <Text>{t.otherIntro}</Text>
              <GoalTree nodes={groups.other} year={year} byId={byId} assessments={assessments} headingLevel={3} label={t.otherHeading} />
            </Stack>
          )}
          <AgardirektivSection roots={roots} year={year} />
        </>
      )}
      {cascade.isSuccess && (
        <>
          <GoalHygienePanel year={year} />
          <UppdragSection year={year} />
          {can(Action.chainWrite) && <IndicatorCarePanel />}
        </>
      )}
    </Stack>
  );
}
