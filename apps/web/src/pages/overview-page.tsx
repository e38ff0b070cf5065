import { Alert, Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Action, REPORT_STATUSES_AWAITING_UNIT } from '@resultatkedjan/contracts';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { myNotificationsQuery } from '../api/notifications';
import { useAuth } from '../auth/use-auth';
import { sv } from '../i18n/sv';
import { svReports } from '../i18n/sv-reports';
import { PageLoader } from '../layout/page-loader';
import { formatDateTime } from '../lib/format';
import { useDocumentTitle } from '../lib/use-document-title';
import { paths } from '../paths';
import { reportHref } from './reports/report-links';
import { reportListQuery, reportOverviewQuery } from './reports/reports-api';

const t = sv.overview;

/** The start page: what the user has to do now (by role), their latest notices, and how the chain hangs together. */
export function OverviewPage() {
  useDocumentTitle(t.title);
  const { me, can } = useAuth();
  return (
    <Stack gap="lg" maw={760}>
      <Stack gap={4}>
        <Title order={1}>{t.title}</Title>
        <Text size="lg">{t.welcome(me.displayName)}</Text>
      </Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="att-gora">
        <Title order={2} size="h3" id="att-gora" mb="sm">
          {t.todoHeading}
        </Title>
        <Stack gap="sm">
          {can(Action.reportWrite) && <ReportsToSubmit />}
          {can(Action.reportApprove) && <ReportsToReview />}
          <List spacing="xs">
            {can(Action.goalRead) && (
              <List.Item>
                <Anchor component={Link} to={paths.goals}>
                  {t.goalsLink}
                </Anchor>
              </List.Item>
            )}
            {can(Action.valueRead) && (
              <List.Item>
                <Anchor component={Link} to={paths.analysis}>
                  {t.analysisLink}
                </Anchor>
              </List.Item>
            )}
          </List>
        </Stack>
      </Paper>
      <MyNotices />
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t.chainHeading}
        </Title>
        <Text>{t.intro}</Text>
        <List type="ordered" spacing="sm">
          {t.chain.map((step) => (
            <List.Item key={step.term}>
              <Text span fw={700}>
                {step.term}
              </Text>
              {' – '}
              {step.description}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Stack>
  );
}

/** The user's own reports that wait for them in open periods: drafts and returned reports, with the comment. */
function ReportsToSubmit() {
  const reports = useQuery(reportListQuery({ mine: true }));
  if (reports.isPending) return <PageLoader label={t.todoLoading} />;
  if (reports.isError) return <Alert color="red.9" variant="outline" role="alert" title={t.todoError} />;
  const waiting = reports.data.items.filter((r) => r.period.status === 'oppen' && REPORT_STATUSES_AWAITING_UNIT.includes(r.status));
  if (waiting.length === 0) return <Text>{t.noReportTodo}</Text>;
  return (
    <List spacing="xs" data-testid="reports-to-submit">
      {waiting.map((r) => (
        <List.Item key={r.id}>
          <Anchor component={Link} to={reportHref(r.id)}>
            {t.reportTodo(svReports.reportTitle(r.orgNode.name, formatPeriodLabel(r.period.periodKey)), svReports.status[r.status]!, r.period.deadline)}
          </Anchor>
          {r.status === 'atersand' && r.returnComment && (
            <Text size="sm">
              {t.returnedWith} {r.returnComment}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

/** For the controller, per open period: reports to review, and reports not yet submitted. */
function ReportsToReview() {
  const overview = useQuery(reportOverviewQuery(false));
  if (overview.isPending) return <PageLoader label={t.todoLoading} />;
  if (overview.isError) return <Alert color="red.9" variant="outline" role="alert" title={t.todoError} />;
  const open = overview.data.filter((o) => o.period.status === 'oppen');
  if (open.every((o) => o.counts.inlamnad === 0)) return <Text>{t.nothingToReview}</Text>;
  const link = (periodId: string, status?: string) => `${paths.reports}?period=${encodeURIComponent(periodId)}${status ? `&status=${status}` : ''}`;
  return (
    <List spacing="xs" data-testid="reports-to-review">
      {open.map(({ period, counts }) => {
        const label = formatPeriodLabel(period.periodKey);
        const notIn = counts.utkast + counts.atersand;
        return [
          counts.inlamnad > 0 && (
            <List.Item key={`${period.id}-in`}>
              <Anchor component={Link} to={link(period.id, 'inlamnad')}>
                {t.toReview(counts.inlamnad, label)}
              </Anchor>
            </List.Item>
          ),
          notIn > 0 && (
            <List.Item key={`${period.id}-ut`}>
              <Anchor component={Link} to={link(period.id)}>
                {t.notSubmitted(notIn, label, period.deadline)}
              </Anchor>
            </List.Item>
          ),
        ];
      })}
    </List>
  );
}

function MyNotices() {
  const notices = useQuery(myNotificationsQuery);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mina-notiser">
      <Title order={2} size="h3" id="mina-notiser" mb="sm">
        {t.noticesHeading}
      </Title>
      {notices.isPending && <PageLoader />}
      {notices.isError && <Alert color="red.9" variant="outline" role="alert" title={t.noticesError} />}
      {notices.isSuccess && notices.data.items.length === 0 && <Text>{t.noticesEmpty}</Text>}
      {notices.isSuccess && notices.data.items.length > 0 && (
        <List spacing="xs" data-testid="my-notices">
          {notices.data.items.map((n) => (
            <List.Item key={n.id}>
              <Text span size="sm">
                {formatDateTime(n.createdAt)}
              </Text>{' '}
              {n.subject}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
