import { Alert, Button, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import { svReports } from '../../i18n/sv-reports';
import { reopenReport, type ReportDetail } from './reports-api';
import { useRequiredText } from './use-required-text';

const t = svReports;

/** A controller reopens an approved report, with a required reason the unit sees; the unit is notified. */
export function ReportReopen({ report, onDone }: { report: ReportDetail; onDone: (r: ReportDetail) => void }) {
  const reason = useRequiredText(t.reopenRequired);
  const reopen = useMutation({ mutationFn: () => reopenReport(report.id, report.version, reason.value), onSuccess: onDone });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-reopen">
      <Title order={2} size="h3" id="report-reopen" mb="sm">
        {t.reopenHeading}
      </Title>
      <Stack gap="sm" align="flex-start">
        {reopen.error && (
          <Alert variant="outline" color="red.9" role="alert">
            {reopen.error instanceof ApiError && reopen.error.status === 409 ? t.conflictBody : reopen.error.message}
          </Alert>
        )}
        <Textarea
          label={t.reopenReason}
          description={t.reopenHint}
          {...reason.inputProps}
          error={reason.error ?? (reopen.error instanceof ApiError ? reopen.error.fields.reason?.join(' ') : undefined)}
          autosize
          minRows={2}
          w="100%"
        />
        <Button
          variant="outline"
          loading={reopen.isPending}
          onClick={() => reason.check() && reopen.mutate()}
        >
          {t.reopenButton}
        </Button>
      </Stack>
    </Paper>
  );
}
