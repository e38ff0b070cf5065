import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { GoalDto } from '@resultatkedjan/contracts';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { goalListQuery, goalQuery, grunduppdragQuery, orgNodeQuery } from '../../api/goals';
import { useAuth } from '../../auth/use-auth';
import { useGoalWriteScope } from '../../auth/write-scope';
import { sv } from '../../i18n/sv';
import { svChain } from '../../i18n/sv-chain';
import { svConsultation } from '../../i18n/sv-goal-config';
import { pageActions } from '../../layout/nav-items';
import { PageLoader } from '../../layout/page-loader';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { goalPaths, paths, YEAR_PARAM } from '../../paths';
import { GehBadge, StatusBadge } from './goal-badges';
import { GoalConsultation } from './goal-consultation';
import { GoalDecisionForm } from './goal-decision-form';
import { GoalResults } from './goal-results';
import { goalHref } from './goal-tree';
import { parseYear } from './goal-tree-model';
import { QueryError } from './query-error';
import { currentYear } from './use-year-param';

const t = sv.goalDetail;

export type GoalNotice = 'saved' | 'created' | 'linked';

/** The year to show a goal for: the one in the address, else this year kept within the goal's validity. */
export function yearForGoal(param: string | null, goal: Pick<GoalDto, 'validFromYear' | 'validToYear'>): number {
  const now = currentYear();
  const clamped = Math.max(goal.validFromYear, goal.validToYear === null ? now : Math.min(now, goal.validToYear));
  return parseYear(param, clamped);
}

export const LINKABLE_LEVELS = ['namndmal', 'bolagsmal', 'verksamhetsmal'] as const;

export function GoalDetailPage() {
  const { goalId = '' } = useParams();
  const goal = useQuery(goalQuery(goalId));
  useDocumentTitle(goal.data ? `${goal.data.key} ${goal.data.title}` : sv.goals.title);
  const [params] = useSearchParams();
  const yearParam = params.get(YEAR_PARAM);
  const backTo = yearParam ? `${paths.goals}?${YEAR_PARAM}=${yearParam}` : paths.goals;

  if (goal.isPending) return <PageLoader label={t.loading} />;
  if (goal.isError) {
    if (goal.error instanceof ApiError && (goal.error.status === 404 || goal.error.status === 400)) {
      return (
        <Stack gap="md" maw={720}>
          <Title order={1}>{t.notFoundTitle}</Title>
          <Text>{t.notFoundBody}</Text>
          <Anchor component={Link} to={backTo}>
            {t.backToTree}
          </Anchor>
        </Stack>
      );
    }
    return (
      <Stack gap="md" maw={720}>
        <Title order={1}>{sv.goals.title}</Title>
        <QueryError title={t.errorTitle} error={goal.error} retry={() => void goal.refetch()} retrying={goal.isFetching} />
      </Stack>
    );
  }
  return <GoalDetail goal={goal.data} year={yearForGoal(yearParam, goal.data)} backTo={backTo} />;
}

function GoalDetail({ goal, year, backTo }: { goal: GoalDto; year: number; backTo: string }) {
  const { can } = useAuth();
  const location = useLocation();
  const notice = (location.state as { notice?: GoalNotice } | null)?.notice;
  const owner = useQuery(orgNodeQuery(goal.ownerNodeId));
  const related = useQueries({
    queries: [goal.parentGoalId, ...goal.alsoServesGoalIds]
      .filter((id): id is string => id !== null)
      .map((id) => goalQuery(id)),
  });
  const goalById = new Map(related.flatMap((q) => (q.data ? [[q.data.id, q.data] as const] : [])));
  const ownerName = owner.data?.name ?? '…';
  const scope = useGoalWriteScope();
  const editable = can(pageActions.goalWrite) && scope.mayWriteGoal(goal);
  const yearQuery = `?${YEAR_PARAM}=${year}`;

  const relatedLink = (id: string) => {
    const g = goalById.get(id);
    return (
      <Anchor component={Link} to={goalHref(id, year)}>
        {g ? `${g.key} ${g.title}` : '…'}
      </Anchor>
    );
  };

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to={backTo}>
        <span aria-hidden="true">← </span>
        {t.backToTree}
      </Anchor>
      {notice && (
        <Alert role="status" color="teal.9" variant="outline">
          {t[notice]}
        </Alert>
      )}
      <div>
        <Text c="gray.7">
          {sv.goals.levels[goal.level]}
          <span aria-hidden="true"> · </span>
          {sv.goals.owner}: {ownerName}
        </Text>
        <Title order={1}>
          {goal.key} {goal.title}
        </Title>
        <Group gap="xs" mt="xs">
          <StatusBadge status={goal.status} />
          {goal.geh && <GehBadge />}
        </Group>
      </div>
      <Group gap="sm">
        <Button component={Link} to={`${goalPaths.chain(goal.id)}?ar=${year}`} variant="outline">
          {svChain.openChain}
        </Button>
      </Group>
      {editable && (
        <Group gap="sm">
          <Button component={Link} to={`${goalPaths.edit(goal.id)}${yearQuery}`} variant="outline">
            {t.edit}
          </Button>
          {(LINKABLE_LEVELS as readonly string[]).includes(goal.level) && (
            <Button component={Link} to={`${goalPaths.link(goal.id)}${yearQuery}`} variant="outline">
              {t.link}
            </Button>
          )}
        </Group>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Section id="beskrivning" title={t.descriptionHeading}>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{goal.description || t.noDescription}</Text>
            </Section>

            <Section id="uppgifter" title={t.factsHeading}>
              <Facts>
                <Fact label={t.level}>{sv.goals.levels[goal.level]}</Fact>
                <Fact label={sv.goals.owner}>{ownerName}</Fact>
                <Fact label={sv.goals.statusLabel}>{sv.goals.status[goal.status]}</Fact>
                <Fact label={t.geh}>{goal.geh ? t.yes : t.no}</Fact>
                <Fact label={t.validYears}>
                  {goal.validToYear === null ? t.validFrom(goal.validFromYear) : t.validRange(goal.validFromYear, goal.validToYear)}
                </Fact>
                {goal.reviewDate && <Fact label={t.reviewDate}>{formatDate(goal.reviewDate)}</Fact>}
                <Fact label={t.parent}>{goal.parentGoalId ? relatedLink(goal.parentGoalId) : t.noParent}</Fact>
                <Fact label={t.alsoServes}>
                  {goal.alsoServesGoalIds.length === 0 ? (
                    t.none
                  ) : (
                    <Stack component="span" gap={2}>
                      {goal.alsoServesGoalIds.map((id) => (
                        <span key={id}>{relatedLink(id)}</span>
                      ))}
                    </Stack>
                  )}
                </Fact>
              </Facts>
            </Section>

            <Section id="beslut" title={t.decisionHeading}>
              {goal.decision ? (
                <Facts>
                  <Fact label={t.organ}>{goal.decision.organ}</Fact>
                  <Fact label={t.datum}>{formatDate(goal.decision.datum)}</Fact>
                  {goal.decision.paragraf && <Fact label={t.paragraf}>{goal.decision.paragraf}</Fact>}
                  {goal.decision.diarienummer && <Fact label={t.diarienummer}>{goal.decision.diarienummer}</Fact>}
                </Facts>
              ) : (
                <Text>{t.noDecision}</Text>
              )}
              {goal.status === 'forslag' && scope.mayDecide(goal.ownerNodeId) && <GoalDecisionForm goal={goal} ownerName={ownerName} />}
            </Section>

            <Section id="remiss" title={svConsultation.heading}>
              <GoalConsultation goal={goal} mayEdit={editable} />
            </Section>

            <Section id="maluppfyllelse" title={t.resultsHeading}>
              <GoalResults goalId={goal.id} ownerNodeId={goal.ownerNodeId} year={year} />
            </Section>

            <Section id="nedbrutna" title={t.childrenHeading}>
              <ChildGoals goalId={goal.id} year={year} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper component="aside" withBorder p="md" aria-labelledby="grunduppdrag-rubrik" bg="gray.0">
            <Title order={2} size="h4" id="grunduppdrag-rubrik">
              {t.grunduppdragHeading(ownerName)}
            </Title>
            <Text size="sm" c="gray.7" mb="sm">
              {t.grunduppdragIntro}
            </Text>
            <Grunduppdrag orgNodeId={goal.ownerNodeId} year={year} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Grunduppdrag({ orgNodeId, year }: { orgNodeId: string; year: number }) {
  const query = useQuery(grunduppdragQuery(orgNodeId, year));
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    return (
      <Text role="alert" c="red.9">
        {t.grunduppdragError}
      </Text>
    );
  }
  if (query.data.items.length === 0) return <Text>{t.grunduppdragNone}</Text>;
  return (
    <Stack gap="sm">
      {query.data.items.map((g) => (
        <Text key={g.id} style={{ whiteSpace: 'pre-wrap' }}>
          {g.text}
        </Text>
      ))}
    </Stack>
  );
}

function ChildGoals({ goalId, year }: { goalId: string; year: number }) {
  const query = useQuery(goalListQuery({ parentGoalId: goalId, year }));
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    return (
      <Text role="alert" c="red.9">
        {t.childrenError}
      </Text>
    );
  }
  if (query.data.items.length === 0) return <Text>{t.noChildren}</Text>;
  return (
    <ul style={{ margin: 0, paddingLeft: 'var(--mantine-spacing-lg)' }}>
      {query.data.items.map((g) => (
        <li key={g.id}>
          <Anchor component={Link} to={goalHref(g.id, year)}>
            {g.key} {g.title}
          </Anchor>{' '}
          <Text span size="sm" c="gray.7">
            ({sv.goals.levels[g.level]}, {sv.goals.status[g.status].toLowerCase()})
          </Text>
        </li>
      ))}
    </ul>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" gap="xs" aria-labelledby={`${id}-rubrik`}>
      <Title order={2} size="h3" id={`${id}-rubrik`}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Facts({ children }: { children: ReactNode }) {
  return (
    <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'minmax(10rem, max-content) 1fr', gap: '0.35rem 1rem' }}>
      {children}
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Text component="dt" fw={700}>
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </>
  );
}
