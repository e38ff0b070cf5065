import { Alert, Button, FileInput, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { IndicatorDto, IndicatorValueDto } from '@resultatkedjan/contracts';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { goalQuery } from '../../api/goals';
import { allIndicatorsQuery, importValues, indicatorValuesQuery, saveValues } from '../../api/values';
import { orgTreeQuery } from '../../auth/write-scope';
import { svEconomy as t } from '../../i18n/sv-economy';
import { PageLoader } from '../../layout/page-loader';
import { useDocumentTitle } from '../../lib/use-document-title';
import { currentYear } from '../goals/use-year-param';
import { changedRows, cellKey, errorsByCell, gridFromValues, periodsOfYear, unitsUnder, type CellNote, type GridUnit } from './economy-grid-model';
import { parseClipboardGrid, pasteInto } from './paste-grid';

/** The ekonom's page: economic (resurs) outcome per unit × period, typed, pasted from Excel or read from a file. */
export function EconomyPage() {
  useDocumentTitle(t.title);
  const indicators = useQuery(allIndicatorsQuery);
  const [indicatorId, setIndicatorId] = useState('');
  const [year, setYear] = useState(currentYear());
  const economic = useMemo(
    () => (indicators.data ?? []).filter((i) => i.link === 'resurs').sort((a, b) => a.key.localeCompare(b.key, 'sv')),
    [indicators.data],
  );
  const indicator = economic.find((i) => i.id === indicatorId);

  return (
    <Stack gap="lg" maw={1200}>
      <Title order={1}>{t.title}</Title>
      <Text maw={800}>{t.intro}</Text>
      {indicators.isPending && <PageLoader label={t.loading} />}
      {indicators.isError && (
        <Text role="alert" c="red.9">
          {t.loadError}
        </Text>
      )}
      {indicators.isSuccess && economic.length === 0 && <Text>{t.noIndicators}</Text>}
      {economic.length > 0 && (
        <Group align="flex-end" gap="md">
          <NativeSelect
            label={t.indicator}
            description={t.indicatorHelp}
            value={indicatorId}
            onChange={(e) => setIndicatorId(e.currentTarget.value)}
            data={[{ value: '', label: t.chooseIndicator }, ...economic.map((i) => ({ value: i.id, label: `${i.key} ${i.name} (${i.unit})` }))]}
            w={420}
          />
          <NativeSelect
            label={t.year}
            value={String(year)}
            onChange={(e) => setYear(Number(e.currentTarget.value))}
            data={[currentYear() + 1, currentYear(), currentYear() - 1, currentYear() - 2].map(String)}
            w={120}
          />
        </Group>
      )}
      {indicator && <IndicatorGrid key={`${indicator.id}|${year}`} indicator={indicator} year={year} />}
    </Stack>
  );
}

function IndicatorGrid({ indicator, year }: { indicator: IndicatorDto; year: number }) {
  const goal = useQuery(goalQuery(indicator.goalId));
  const tree = useQuery(orgTreeQuery);
  const values = useQuery(indicatorValuesQuery(indicator.id, year));
  // An import changes stored values behind the grid: start the grid again from them.
  const [generation, setGeneration] = useState(0);
  if (goal.isPending || tree.isPending || values.isPending) return <PageLoader label={t.loading} />;
  if (goal.isError || tree.isError || values.isError) {
    return (
      <Text role="alert" c="red.9">
        {t.loadError}
      </Text>
    );
  }
  const units = unitsUnder(tree.data, goal.data.ownerNodeId);
  if (units.length === 0) return <Text>{t.noUnits}</Text>;
  return (
    <>
      <GridForm key={generation} indicator={indicator} year={year} units={units} stored={values.data} />
      <ImportForm indicator={indicator} onImported={() => setGeneration((g) => g + 1)} />
    </>
  );
}

function GridForm({ indicator, year, units, stored }: { indicator: IndicatorDto; year: number; units: GridUnit[]; stored: IndicatorValueDto[] }) {
  const queryClient = useQueryClient();
  const periods = useMemo(() => periodsOfYear(indicator.periodicity, year), [indicator.periodicity, year]);
  const initial = useMemo(() => gridFromValues(units, periods, stored), [units, periods, stored]);
  const [grid, setGrid] = useState(initial.grid);
  const [notes, setNotes] = useState<Map<string, CellNote>>(initial.notes);
  const [active, setActive] = useState<{ row: number; col: number } | null>(null);
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [info, setInfo] = useState<string[]>([]);
  const [sentCells, setSentCells] = useState<string[]>([]);
  const alertRef = useRef<HTMLDivElement>(null);

  const mutation = useMutation({
    mutationFn: (rows: Parameters<typeof saveValues>[0]) => saveValues(rows),
    onSuccess: (result) => {
      setInfo([t.saved(result.created, result.updated)]);
      void queryClient.invalidateQueries({ queryKey: ['values', indicator.id, year] });
    },
  });
  useEffect(() => {
    if (mutation.isError) alertRef.current?.focus();
  }, [mutation.isError]);

  const apiErrors = mutation.error instanceof ApiError ? errorsByCell(mutation.error.fields, sentCells) : new Map<string, string[]>();
  const cellError = (key: string) => (invalid.has(key) ? t.notANumber : apiErrors.get(key)?.[0]);

  const setCell = (row: number, col: number, value: string) => {
    setGrid((g) => g.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r)));
    const key = cellKey(units[row]!.id, periods[col]!);
    if (invalid.has(key)) setInvalid((s) => new Set([...s].filter((k) => k !== key)));
  };

  const onPaste = (row: number, col: number) => (event: ClipboardEvent<HTMLInputElement>) => {
    const block = parseClipboardGrid(event.clipboardData.getData('text/plain'));
    // One cell: let the input paste it as usual.
    if (block.length <= 1 && (block[0]?.length ?? 0) <= 1) return;
    event.preventDefault();
    const { grid: next, dropped } = pasteInto(grid, row, col, block);
    setGrid(next);
    const pasted = block.reduce((n, r) => n + r.length, 0) - dropped;
    setInfo([t.pasted(pasted), ...(dropped > 0 ? [t.pasteDropped(dropped)] : [])]);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes = changedRows(indicator.id, units, periods, grid, notes, stored);
    setInvalid(new Set(changes.invalid));
    mutation.reset();
    if (changes.invalid.length > 0) {
      setInfo([]);
      return;
    }
    const emptiedNote = changes.emptied > 0 ? [t.emptyNotSaved] : [];
    if (changes.rows.length === 0) {
      setInfo([t.nothingToSave, ...emptiedNote]);
      return;
    }
    setInfo(emptiedNote);
    setSentCells(changes.cells);
    mutation.mutate(changes.rows);
  };

  const activeKey = active ? cellKey(units[active.row]!.id, periods[active.col]!) : null;
  const activeNote = activeKey ? (notes.get(activeKey) ?? { comment: '', referencePeriodKey: '' }) : null;
  const setNote = (patch: Partial<CellNote>) => {
    if (!activeKey) return;
    setNotes((n) => new Map(n).set(activeKey, { ...(n.get(activeKey) ?? { comment: '', referencePeriodKey: '' }), ...patch }));
  };
  const caption = t.caption(`${indicator.key} ${indicator.name}`, indicator.unit, year);
  const clientInvalid = invalid.size > 0;

  return (
    <form onSubmit={submit} aria-label={caption} noValidate>
      <Stack gap="md">
        {(mutation.isError || clientInvalid) && (
          <Alert ref={alertRef} tabIndex={-1} role="alert" color="red.9" variant="outline" title={t.saveFailed}>
            {clientInvalid ? t.fixCells : saveErrorText(mutation.error)}
            {mutation.error instanceof ApiError && apiErrors.size === 0 && mutation.error.message ? ` ${mutation.error.message}` : ''}
          </Alert>
        )}
        {info.length > 0 && (
          <Alert role="status" color="teal.9" variant="outline">
            {info.join(' ')}
          </Alert>
        )}
        <Table.ScrollContainer minWidth={160 + periods.length * 120}>
          <Table withTableBorder withColumnBorders>
            <caption style={{ textAlign: 'left', captionSide: 'top', paddingBottom: 4, fontWeight: 700 }}>{caption}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.unitColumn}</Table.Th>
                {periods.map((p) => (
                  <Table.Th key={p} scope="col">
                    {formatPeriodLabel(p)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {units.map((u, r) => (
                <Table.Tr key={u.id}>
                  <Table.Th scope="row" fw={400}>
                    {u.name}
                  </Table.Th>
                  {periods.map((p, c) => {
                    const key = cellKey(u.id, p);
                    const note = notes.get(key);
                    const hasNote = Boolean(note && (note.comment.trim() || note.referencePeriodKey.trim()));
                    return (
                      <Table.Td key={p}>
                        <TextInput
                          size="xs"
                          aria-label={t.cellLabel(u.name, formatPeriodLabel(p))}
                          description={hasNote ? t.hasNote : undefined}
                          inputMode="decimal"
                          autoComplete="off"
                          value={grid[r]![c]!}
                          onChange={(e) => setCell(r, c, e.currentTarget.value)}
                          onFocus={() => setActive({ row: r, col: c })}
                          onPaste={onPaste(r, c)}
                          error={cellError(key)}
                          styles={{ input: { textAlign: 'right' } }}
                        />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>

        <Paper withBorder p="md">
          {active && activeNote ? (
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t.detailsHeading(units[active.row]!.name, formatPeriodLabel(periods[active.col]!))}
              </Title>
              <Group grow align="flex-start">
                <TextInput label={t.comment} description={t.commentHelp} value={activeNote.comment} maxLength={2000} onChange={(e) => setNote({ comment: e.currentTarget.value })} />
                <TextInput label={t.referencePeriod} description={t.referencePeriodHelp} value={activeNote.referencePeriodKey} maxLength={20} onChange={(e) => setNote({ referencePeriodKey: e.currentTarget.value })} />
              </Group>
            </Stack>
          ) : (
            <Text size="sm">{t.detailsHelp}</Text>
          )}
        </Paper>
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function saveErrorText(error: unknown): string {
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 400 || status === 422) return t.fixCells;
  if (status === 403) return t.forbidden;
  if (status === 409) return t.conflict;
  return t.tryAgain;
}

function ImportForm({ indicator, onImported }: { indicator: IndicatorDto; onImported: () => void }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: (f: File) => importValues(indicator.id, f),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['values', indicator.id] });
      onImported();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!file);
    if (file) mutation.mutate(file);
  };
  const fields = mutation.error instanceof ApiError ? Object.entries(mutation.error.fields) : [];
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-labelledby="las-in-fil" noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="las-in-fil">
            {t.importHeading}
          </Title>
          <Text size="sm">{t.importIntro}</Text>
          {mutation.isError && (
            <Alert role="alert" color="red.9" variant="outline" title={t.importFailed}>
              {fields.length > 0 ? (
                <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
                  {fields.map(([key, messages]) => (
                    <li key={key}>
                      {key === 'fil' ? messages.join(' ') : `${t.rowError(key)}: ${messages.join(' ')}`}
                    </li>
                  ))}
                </ul>
              ) : (
                saveErrorText(mutation.error)
              )}
            </Alert>
          )}
          {mutation.isSuccess && (
            <Alert role="status" color="teal.9" variant="outline">
              {t.imported(mutation.data.rows, mutation.data.created, mutation.data.updated)}
            </Alert>
          )}
          <FileInput label={t.file} accept=".xlsx,.csv,text/csv" value={file} onChange={setFile} error={missing ? t.chooseFile : undefined} maw={420} clearable />
          <Group>
            <Button type="submit" variant="outline" loading={mutation.isPending}>
              {t.importButton}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
