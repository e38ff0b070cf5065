import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Badge, Button, FileInput, Group, List, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { Action } from '@resultatkedjan/contracts';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useAuth } from '../../auth/use-auth';
import { svReports } from '../../i18n/sv-reports';
import { PageLoader } from '../../layout/page-loader';
import { formatDateTime, formatValue } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { paths } from '../../paths';
import { AssessmentBadge } from '../chain/assessment-badge';
import { QueryError } from '../goals/query-error';
import { formValuesOf, mapApiFields, reportFormSchema, saveBodyOf, type ReportFormValues } from './report-form-schema';
import { ReportReopen } from './report-reopen';
import { ReportReview } from './report-review';
import {
  importReport, reportKeys, reportQuery, saveReport, submitReport, templateUrl, type ReportDetail, type ReportGoal, type SaveReportRequest,
} from './reports-api';
import { GoalReadSection } from './goal-read-section';
import { StatusBadge } from './status-badge';

const t = svReports;

export function ReportPage() {
  const { reportId = '' } = useParams();
  const report = useQuery(reportQuery(reportId));
  const title = report.data ? t.reportTitle(report.data.orgNode.name, formatPeriodLabel(report.data.period.periodKey)) : t.listTitle;
  useDocumentTitle(title);
  if (report.isPending) return <PageLoader label={t.loading} />;
  if (report.isError) {
    const notFound = report.error instanceof ApiError && [400, 403, 404].includes(report.error.status);
    return (
      <Stack maw={720}>
        <Title order={1}>{t.listTitle}</Title>
        {notFound ? <Text>{t.notFound}</Text> : <QueryError title={t.errorTitle} error={report.error} retry={() => void report.refetch()} retrying={report.isFetching} />}
        <Anchor component={Link} to={paths.reports}>
          {t.backToList}
        </Anchor>
      </Stack>
    );
  }
  return <ReportView report={report.data} title={title} />;
}

type Notice = { kind: 'ok' | 'error' | 'conflict'; text: string; list?: string[] } | null;

function ReportView({ report, title }: { report: ReportDetail; title: string }) {
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<Notice>(null);
  const form = useForm<ReportFormValues>({ resolver: zodResolver(reportFormSchema), defaultValues: formValuesOf(report) });
  const lastBody = useRef<SaveReportRequest | null>(null);
  const editable = report.editable && can(Action.reportWrite);

  // A new version from the server (save, submit, review, reload) resets the form to it.
  const { reset } = form;
  useEffect(() => {
    reset(formValuesOf(report));
  }, [reset, report]);

  const applied = (next: ReportDetail) => {
    queryClient.setQueryData(reportKeys.detail(next.id), next);
    void queryClient.invalidateQueries({ queryKey: reportKeys.all, refetchType: 'none' });
  };

  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 409) {
      setNotice({ kind: 'conflict', text: t.conflictBody });
      return;
    }
    if (error instanceof ApiError && error.status === 422) {
      const mapped = mapApiFields(error.fields, lastBody.current);
      for (const m of mapped) if (m.field) form.setError(m.field as never, { type: 'server', message: m.message });
      setNotice({ kind: 'error', text: error.message || t.fixErrors, list: mapped.filter((m) => !m.field).map((m) => m.message) });
      return;
    }
    setNotice({ kind: 'error', text: error instanceof Error && error.message ? `${t.saveError} ${error.message}` : t.saveError });
  };

  const save = useMutation({
    mutationFn: (body: SaveReportRequest) => saveReport(report.id, body),
    onSuccess: (next) => {
      applied(next);
      setNotice({ kind: 'ok', text: t.saved });
    },
    onError,
  });
  const submit = useMutation({
    mutationFn: async (body: SaveReportRequest) => {
      const saved = await saveReport(report.id, body);
      applied(saved);
      return submitReport(report.id, saved.version);
    },
    onSuccess: (next) => {
      applied(next);
      setNotice({ kind: 'ok', text: t.submitted });
    },
    onError,
  });

  const run = (mutation: typeof save) =>
    form.handleSubmit(
      (values) => {
        setNotice(null);
        const body = saveBodyOf(values, report.version);
        lastBody.current = body;
        mutation.mutate(body);
      },
      () => setNotice({ kind: 'error', text: t.fixErrors }),
    );

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to={paths.reports} size="sm">
          ← {t.backToList}
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={1}>{title}</Title>
          <StatusBadge status={report.status} />
        </Group>
        <Text size="sm" data-testid="report-period-dates">
          {report.period.status === 'last' ? t.periodLockedOn(report.period.locksOn) : t.periodDates(report.period.deadline, report.period.locksOn)}
        </Text>
        {report.submittedBy && report.submittedAt && <Text size="sm">{t.submittedBy(report.submittedBy.displayName, formatDateTime(report.submittedAt))}</Text>}
        {report.decidedBy && report.decidedAt && <Text size="sm">{t.decidedBy(report.status, report.decidedBy.displayName, formatDateTime(report.decidedAt))}</Text>}
      </Stack>

      {report.status === 'atersand' && report.returnComment && (
        <Alert variant="outline" color="red.9" title={t.returnedTitle} role="alert" data-testid="return-comment">
          <Text>{t.returnedIntro}</Text>
          <Text fw={700} mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
            {report.returnComment}
          </Text>
        </Alert>
      )}
      {report.reopenReason && (
        <Alert variant="outline" color="blue.9" title={t.reopenedTitle}>
          {report.reopenReason}
        </Alert>
      )}
      {notice && <NoticeAlert notice={notice} onReload={() => {
        setNotice(null);
        void queryClient.refetchQueries({ queryKey: reportKeys.detail(report.id) });
      }} />}
      {!editable && <Text>{t.readOnly}</Text>}

      {!editable && report.goals.map((goal) => <GoalReadSection key={goal.goalId} goal={goal} levels={report.levels} />)}
      {editable && (
        <form noValidate onSubmit={(e) => e.preventDefault()}>
          <Stack gap="lg">
            {report.goals.map((goal) => (
              <GoalSection key={goal.goalId} goal={goal} report={report} form={form} />
            ))}
            <Group>
              <Button type="button" variant="outline" onClick={run(save)} loading={save.isPending}>
                {t.save}
              </Button>
              {can(Action.reportSubmit) && (
                <Button type="button" onClick={run(submit)} loading={submit.isPending}>
                  {t.submit}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      )}

      {editable && <ImportSection report={report} onImported={applied} />}
      {can(Action.reportApprove) && report.status === 'inlamnad' && <ReportReview report={report} onDone={applied} />}
      {can(Action.reportApprove) && report.status === 'godkand' && report.period.status === 'oppen' && (
        <ReportReopen report={report} onDone={applied} />
      )}
    </Stack>
  );
}

function NoticeAlert({ notice, onReload }: { notice: NonNullable<Notice>; onReload: () => void }) {
  if (notice.kind === 'conflict') {
    return (
      <Alert variant="outline" color="#8a3c00" title={t.conflictTitle} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text>{notice.text}</Text>
          <Button onClick={onReload}>{t.reload}</Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert variant="outline" color={notice.kind === 'ok' ? '#1b5e20' : 'red.9'} role={notice.kind === 'ok' ? 'status' : 'alert'}>
      <Text>{notice.text}</Text>
      {notice.list && notice.list.length > 0 && (
        <List size="sm" mt="xs">
          {notice.list.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

function GoalSection({ goal, report, form }: { goal: ReportGoal; report: ReportDetail; form: UseFormReturn<ReportFormValues> }) {
  const errors = form.formState.errors;
  const a = `assessments.${goal.goalId}` as const;
  const headingId = `goal-${goal.goalId}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t.goalHeading(goal.key, goal.title)}
      </Title>
      <Title order={3} size="h4" mb="xs">
        {t.valuesHeading}
      </Title>
      <Stack gap="sm">
        {goal.indicators.map((i) => {
          const hint = (
            <>
              {t.previous(formatPeriodLabel(i.previousPeriodKey), formatValue(i.previousValue, i.unit))} ·{' '}
              {i.target === null ? t.noTarget : t.target(formatValue(i.target, i.unit))}
            </>
          );
          if (i.computed || i.frozenReason) {
            return (
              <Group key={i.indicatorId} gap="sm" align="center" data-testid="value-shown">
                <Text size="sm" fw={500}>
                  {t.valueLabel(i.name, i.unit)}: {formatValue(i.value, i.unit)}
                  {i.computed ? ` (${t.computed.toLowerCase()})` : ` (${t.reportedIn(formatPeriodLabel(i.periodKey))})`}
                </Text>
                {i.assessment && <AssessmentBadge assessment={i.assessment} />}
                <Text size="xs">{hint}</Text>
                {i.frozenReason && <Text size="xs">{i.frozenReason}</Text>}
              </Group>
            );
          }
          const field = `values.${i.indicatorId}` as const;
          const error = errors.values?.[i.indicatorId]?.message;
          return (
            <Group key={i.indicatorId} align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label={t.valueLabel(i.name, i.unit)}
                description={hint}
                inputMode="decimal"
                error={error}
                w={360}
                {...form.register(field)}
              />
              {i.assessment && (
                <Stack gap={0} pt={28}>
                  <AssessmentBadge assessment={i.assessment} />
                </Stack>
              )}
            </Group>
          );
        })}
      </Stack>
      <Title order={3} size="h4" mt="md" mb="xs">
        {t.analysisHeading}
      </Title>
      <Stack gap="sm">
        {(['whatHappened', 'why', 'nextSteps'] as const).map((k) => (
          <Textarea
            key={k}
            label={t[k]}
            autosize
            minRows={2}
            error={errors.assessments?.[goal.goalId]?.[k]?.message}
            {...form.register(`${a}.${k}`)}
          />
        ))}
      </Stack>
      <Title order={3} size="h4" mt="md" mb="xs">
        {t.selfHeading}
      </Title>
      <Text size="sm" mb="xs">
        {t.suggested(goal.suggested.label)}
      </Text>
      <Stack gap="sm">
        <NativeSelect
          label={t.selfLevel}
          data={[{ value: '', label: t.chooseLevel }, ...report.levels.map((l) => ({ value: String(l.level), label: l.label }))]}
          error={errors.assessments?.[goal.goalId]?.selfLevel?.message}
          maw={320}
          {...form.register(`${a}.selfLevel`)}
        />
        <Textarea
          label={t.selfJustification}
          autosize
          minRows={2}
          error={errors.assessments?.[goal.goalId]?.selfJustification?.message}
          {...form.register(`${a}.selfJustification`)}
        />
      </Stack>
    </Paper>
  );
}

function ImportSection({ report, onImported }: { report: ReportDetail; onImported: (r: ReportDetail) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => importReport(report.id, f),
    onSuccess: (result) => onImported(result.report),
  });
  const fieldErrors = upload.error instanceof ApiError ? Object.entries(upload.error.fields) : [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-import">
      <Title order={2} size="h3" id="report-import" mb="sm">
        {t.importHeading}
      </Title>
      <Stack gap="sm" align="flex-start">
        <Anchor href={templateUrl(report.id)} download>
          {t.downloadTemplate}
        </Anchor>
        <FileInput label={t.importFile} accept=".xlsx,.csv" value={file} onChange={setFile} clearable w={360} />
        <Button variant="outline" disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
          {t.importButton}
        </Button>
        {upload.isSuccess && (
          <Alert variant="outline" color="#1b5e20" role="status">
            {t.imported(upload.data.rows, upload.data.changed)}
          </Alert>
        )}
        {upload.isError && (
          <Alert variant="outline" color="red.9" role="alert" title={t.importErrors}>
            <Text size="sm">{upload.error.message}</Text>
            {fieldErrors.length > 0 && (
              <List size="sm" mt="xs">
                {fieldErrors.map(([key, messages]) => (
                  <List.Item key={key}>
                    <Badge variant="outline" color="gray.8" tt="none" mr="xs">
                      {key}
                    </Badge>
                    {messages.join(' ')}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
