import { Alert, Button, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { svReports } from '../../i18n/sv-reports';
import { reopenReport, type ReportDetail } from './reports-api';

const t = svReports;

/** A controller reopens an approved report, with a required reason the unit sees; the unit is notified. */
export function ReportReopen({ report, onDone }: { report: ReportDetail; onDone: (r: ReportDetail) => void }) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const reopen = useMutation({ mutationFn: () => reopenReport(report.id, report.version, reason.trim()), onSuccess: onDone });
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
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setReasonError(null);
          }}
          error={reasonError ?? (reopen.error instanceof ApiError ? reopen.error.fields.reason?.join(' ') : undefined)}
          autosize
          minRows={2}
          w="100%"
        />
        <Button
          variant="outline"
          loading={reopen.isPending}
          onClick={() => {
            if (!reason.trim()) {
              setReasonError(t.reopenRequired);
              return;
            }
            reopen.mutate();
          }}
        >
          {t.reopenButton}
        </Button>
      </Stack>
    </Paper>
  );
}
