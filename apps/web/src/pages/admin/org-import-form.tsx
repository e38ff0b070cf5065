import { Alert, Anchor, Button, FileInput, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { importOrgTree } from '../../api/admin';
import { ApiError } from '../../api/client';
import { svAdmin } from '../../i18n/sv-admin';

const t = svAdmin.org;

/** A CSV a spreadsheet opens with Swedish settings (semicolons), to fill in and read back. */
const EXAMPLE_CSV = [
  'Nyckel;Namn;Typ;Överordnad nyckel;Gäller från;Ägarandel;Ändamål',
  'bun;Barn- och utbildningsnämnden;nämnd;kf;2027-01-01;;',
  'bun.forv;Barn- och utbildningsförvaltningen;förvaltning;bun;2027-01-01;;',
  'bun.forv.skola1;Skola 1;enhet;bun.forv;2027-01-01;;',
].join('\r\n');
const EXAMPLE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(`\ufeff${EXAMPLE_CSV}\r\n`)}`;

/** Reads new nodes from XLSX or CSV, all rows or none; errors are listed by row and column. */
export function OrgImportForm() {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => importOrgTree(chosen),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org-nodes'] }),
  });
  const rowErrors = upload.error instanceof ApiError ? Object.entries(upload.error.fields) : [];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate(file);
  };
  return (
    <section aria-labelledby="org-import-title">
      <Title order={2} id="org-import-title" mb="xs">
        {t.importTitle}
      </Title>
      <Text mb="xs">{t.importIntro}</Text>
      <Anchor href={EXAMPLE_HREF} download="organisation-exempel.csv" size="sm">
        {t.templateLink}
      </Anchor>
      <form onSubmit={onSubmit} aria-label={t.importTitle}>
        <Stack gap="sm" maw={480} mt="sm">
          <FileInput label={t.file} accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" value={file} onChange={setFile} clearable clearButtonProps={{ 'aria-label': t.clearFile }} />
          <Button type="submit" disabled={!file} loading={upload.isPending}>
            {t.import}
          </Button>
        </Stack>
      </form>
      {upload.isSuccess && (
        <Alert role="status" color="blue.9" variant="outline" mt="md">
          {t.imported(upload.data.created.length)}
        </Alert>
      )}
      {upload.isError && (
        <Alert role="alert" color="red.9" variant="outline" mt="md" title={rowErrors.length > 0 ? t.importErrors : undefined}>
          {rowErrors.length > 0 ? (
            <List size="sm" data-testid="org-import-errors">
              {rowErrors.map(([field, messages]) => (
                <List.Item key={field}>
                  {field}: {messages.join(' ')}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">{upload.error.message}</Text>
          )}
        </Alert>
      )}
    </section>
  );
}
