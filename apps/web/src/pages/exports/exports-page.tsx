import { Alert, Anchor, Button, Group, NativeSelect, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { Action, EXPORT_FORMATS, type ExportDto, type ExportFormat, type ExportPeriodDto } from '@resultatkedjan/contracts';
import { formatDate, parsePeriodKey } from '@resultatkedjan/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { createExport, exportFileUrl, exportPeriodsQuery } from '../../api/exports';
import { useAuth } from '../../auth/use-auth';
import { svExports as t } from '../../i18n/sv-exports';
import { PageLoader } from '../../layout/page-loader';
import { useDocumentTitle } from '../../lib/use-document-title';
import { QueryError } from '../goals/query-error';

/** The locked helår and delår periods with their exports: create one, follow its progress, download the file. */
export function ExportsPage() {
  useDocumentTitle(t.title);
  const periods = useQuery(exportPeriodsQuery);
  return (
    <Stack gap="lg">
      <Title order={1}>{t.title}</Title>
      <Text>{t.intro}</Text>
      {periods.isPending ? (
        <PageLoader />
      ) : periods.isError ? (
        <QueryError title={t.listError} error={periods.error} retry={() => void periods.refetch()} retrying={periods.isFetching} />
      ) : periods.data.length === 0 ? (
        <Text>{t.empty}</Text>
      ) : (
        periods.data.map((p) => <PeriodExports key={p.id} period={p} />)
      )}
    </Stack>
  );
}

function headingOf(p: ExportPeriodDto): string {
  return t.heading(t.reportKind[p.reportKind], parsePeriodKey(p.periodKey).year, p.coversFrom, p.coversTo);
}

function PeriodExports({ period }: { period: ExportPeriodDto }) {
  const { can } = useAuth();
  const heading = headingOf(period);
  const headingId = `export-${period.id}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} id={headingId}>
        {heading}
      </Title>
      {!period.exportable ? <Text>{t.notExportable}</Text> : can(Action.exportCreate) ? <CreateExportForm period={period} heading={heading} /> : null}
      {period.exports.length === 0 ? (
        <Text>{t.noExports}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder>
            <caption style={{ captionSide: 'top', textAlign: 'left' }}>{t.caption(heading)}</caption>
            <Table.Thead>
              <Table.Tr>
                {Object.values(t.cols).map((c) => (
                  <Table.Th scope="col" key={c}>
                    {c}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {period.exports.map((e) => (
                <ExportRow key={e.id} item={e} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function ExportRow({ item }: { item: ExportDto }) {
  const running = item.status === 'koad' || item.status === 'pagar';
  return (
    <Table.Tr>
      <Table.Td>{t.formats[item.format]}</Table.Td>
      <Table.Td>
        {running ? (
          <Stack gap={4}>
            <Text size="sm">
              {t.status[item.status]} {t.progress(item.progress)}
            </Text>
            <Progress value={item.progress} aria-label={t.progressLabel(item.fileName)} />
          </Stack>
        ) : item.status === 'misslyckad' ? (
          t.failed(item.error)
        ) : (
          t.status[item.status]
        )}
      </Table.Td>
      <Table.Td>{t.createdBy(formatDate(new Date(item.createdAt)), item.createdByName)}</Table.Td>
      <Table.Td>
        {item.status === 'klar' ? (
          <Anchor href={exportFileUrl(item.id)} download={item.fileName}>
            {t.download(item.fileName)}
          </Anchor>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

function CreateExportForm({ period, heading }: { period: ExportPeriodDto; heading: string }) {
  const queryClient = useQueryClient();
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const mutation = useMutation({
    mutationFn: () => createExport({ periodId: period.id, format }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['exports'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const fields = mutation.error instanceof ApiError ? Object.values(mutation.error.fields).flat() : [];
  return (
    <form onSubmit={submit} aria-label={`Ny export: ${heading}`}>
      <Stack gap="xs" align="flex-start">
        <Group align="flex-end">
          <NativeSelect
            label={t.formatLabel}
            value={format}
            onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}
            data={EXPORT_FORMATS.map((f) => ({ value: f, label: t.formats[f] }))}
          />
          <Button type="submit" loading={mutation.isPending}>
            {t.create}
          </Button>
        </Group>
        {mutation.isSuccess ? (
          <Text role="status" size="sm">
            {t.created}
          </Text>
        ) : null}
        {mutation.error ? (
          <Alert color="red.9" variant="outline" title={t.saveFailed} role="alert">
            {fields.length ? fields.join(' ') : mutation.error instanceof Error ? mutation.error.message : String(mutation.error)}
          </Alert>
        ) : null}
      </Stack>
    </form>
  );
}
