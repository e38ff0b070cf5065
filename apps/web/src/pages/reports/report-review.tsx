import { Alert, Button, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import { svReports } from '../../i18n/sv-reports';
import { approveReport, returnReport, type ReportDetail } from './reports-api';
import { useRequiredText } from './use-required-text';

const t = svReports;

/** The controller's review of a submitted report: approve, or return with a required comment. */
export function ReportReview({ report, onDone }: { report: ReportDetail; onDone: (r: ReportDetail) => void }) {
  const comment = useRequiredText(t.returnRequired);
  const approve = useMutation({ mutationFn: () => approveReport(report.id, report.version), onSuccess: onDone });
  const sendBack = useMutation({ mutationFn: () => returnReport(report.id, report.version, comment.value), onSuccess: onDone });
  const error = approve.error ?? sendBack.error;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-review">
      <Title order={2} size="h3" id="report-review" mb="sm">
        {t.reviewHeading}
      </Title>
      <Stack gap="sm">
        {error && (
          <Alert variant="outline" color="red.9" role="alert">
            {error instanceof ApiError && error.status === 409 ? t.conflictBody : error.message}
          </Alert>
        )}
        <Textarea
          label={t.returnComment}
          description={t.returnCommentHint}
          {...comment.inputProps}
          error={comment.error ?? (sendBack.error instanceof ApiError ? sendBack.error.fields.comment?.join(' ') : undefined)}
          autosize
          minRows={3}
        />
        <Group>
          <Button onClick={() => approve.mutate()} loading={approve.isPending}>
            {t.approve}
          </Button>
          <Button
            variant="outline"
            color="red.9"
            loading={sendBack.isPending}
            onClick={() => comment.check() && sendBack.mutate()}
          >
            {t.returnButton}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
