import { Alert, Anchor, Button, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { Action, type ChainIndicatorView, type ChainRatioView, type GoalChainView, type SavedAnalysisDto } from '@resultatkedjan/contracts';
import { formatPeriodLabel, whatIfResources } from '@resultatkedjan/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { createSavedAnalysis, savedAnalysesQuery } from '../../api/analyses';
import { ApiError } from '../../api/client';
import { dialoguesQuery } from '../../api/dialogues';
import { goalQuery } from '../../api/goals';
import { useAuth } from '../../auth/use-auth';
import { svGoalAnalysis } from '../../i18n/sv-goal-analysis';
import { PageLoader } from '../../layout/page-loader';
import { formatValue } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { goalPaths } from '../../paths';
import { chainViewQuery, orgTreeQuery } from '../chain/chain-api';
import { formatRatioValue, RatioFigure } from '../chain/ratio-figure';
import { QueryError } from '../goals/query-error';
import { currentYear } from '../goals/use-year-param';
import { analysisPeriods, changeLabel, groupOptions, unitsOf } from './goal-analysis-model';
import { SavedAnalyses } from './saved-analyses';

const t = svGoalAnalysis;

/**
 * /mal/:goalId/analys: the controller prepares a dialogue. Cost per output (or any ratio of the goal) beside a quality
 * indicator for the units of a like-for-like group, side by side by name; the ratio's trend over the year with
 * numerator and denominator; a what-if on the resources (libs/domain whatIfResources); and a saved, shareable text.
 */
export function GoalAnalysisPage() {
  const { goalId = '' } = useParams();
  const goal = useQuery(goalQuery(goalId));
  const tree = useQuery(orgTreeQuery);
  useDocumentTitle(goal.data ? t.title(goal.data.key) : t.open);
  if (goal.isPending || tree.isPending) return <PageLoader />;
  if (goal.isError) return <QueryError title={t.open} error={goal.error} retry={() => void goal.refetch()} retrying={goal.isFetching} />;
  if (tree.isError) return <QueryError title={t.open} error={tree.error} retry={() => void tree.refetch()} retrying={tree.isFetching} />;
  return <AnalysisView goalId={goalId} goalKey={goal.data.key} goalTitle={goal.data.title} ownerNodeId={goal.data.ownerNodeId} tree={tree.data} />;
}

interface ViewProps {
  goalId: string;
  goalKey: string;
  goalTitle: string;
  ownerNodeId: string;
  tree: Parameters<typeof groupOptions>[0];
}

function AnalysisView({ goalId, goalKey, goalTitle, ownerNodeId, tree }: ViewProps) {
  const { can } = useAuth();
  const groups = useMemo(() => groupOptions(tree, ownerNodeId), [tree, ownerNodeId]);
  const [year, setYear] = useState(currentYear());
  const [groupId, setGroupId] = useState<string>(groups[0]?.id ?? ownerNodeId);
  const units = useMemo(() => unitsOf(tree, groupId), [tree, groupId]);
  const chain = useQuery(chainViewQuery(goalId, year, [groupId, ...units.map((u) => u.id)]));
  const [period, setPeriod] = useState(String(year));
  const [ratioId, setRatioId] = useState<string | null>(null);
  const [qualityId, setQualityId] = useState<string | null>(null);
  const [changePct, setChangePct] = useState<number | string>(0);
  const resourceChange = (Number(changePct) || 0) / 100;

  const view = chain.data;
  const ratio = view ? (view.ratios.find((r) => r.id === ratioId) ?? defaultRatio(view)) : undefined;
  const qualityOptions = view ? resultIndicators(view) : [];
  const quality = qualityId === null ? qualityOptions[0] : qualityOptions.find((i) => i.id === qualityId);
  const groupName = groups.find((g) => g.id === groupId)?.name ?? '';

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t.title(goalKey)}</Title>
        <Text c="gray.7">{goalTitle}</Text>
        <Anchor component={Link} to={goalPaths.chain(goalId)} size="sm">
          {t.back}
        </Anchor>
      </div>
      <Text>{t.intro}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <Select
          label={t.year}
          data={[currentYear() - 2, currentYear() - 1, currentYear(), currentYear() + 1].map(String)}
          value={String(year)}
          onChange={(v) => {
            if (!v) return;
            setYear(Number(v));
            setPeriod(v);
          }}
          allowDeselect={false}
        />
        <Select
          label={t.period}
          data={analysisPeriods(year).map((p) => ({ value: p, label: formatPeriodLabel(p) }))}
          value={period}
          onChange={(v) => v && setPeriod(v)}
          allowDeselect={false}
        />
        <Select
          label={t.group}
          description={t.groupHint}
          data={groups.map((g) => ({ value: g.id, label: `${'\u2003'.repeat(g.depth)}${g.name}` }))}
          value={groupId}
          onChange={(v) => v && setGroupId(v)}
          allowDeselect={false}
        />
        {view && view.ratios.length > 0 && (
          <Select
            label={t.ratio}
            data={view.ratios.map((r) => ({ value: r.id, label: r.name }))}
            value={ratio?.id ?? null}
            onChange={(v) => v && setRatioId(v)}
            allowDeselect={false}
          />
        )}
        {qualityOptions.length > 0 && (
          <Select
            label={t.quality}
            data={qualityOptions.map((i) => ({ value: i.id, label: `${i.key} ${i.name}` }))}
            value={quality?.id ?? null}
            onChange={(v) => v && setQualityId(v)}
            allowDeselect={false}
          />
        )}
        <NumberInput label={t.whatIf} description={t.whatIfHint} min={-90} max={200} step={5} suffix=" %" value={changePct} onChange={setChangePct} />
      </SimpleGrid>

      {chain.isPending ? (
        <PageLoader />
      ) : chain.isError ? (
        <QueryError title={t.open} error={chain.error} retry={() => void chain.refetch()} retrying={chain.isFetching} />
      ) : !ratio ? (
        <Text>{t.noRatios}</Text>
      ) : (
        <>
          <UnitTable view={chain.data} ratio={ratio} quality={quality} period={period} groupId={groupId} groupName={groupName} units={units} change={resourceChange} />
          <Trend ratio={ratio} groupId={groupId} groupName={groupName} periods={analysisPeriods(year)} />
        </>
      )}

      {can(Action.dialogueWrite) && ratio && (
        <SaveAnalysis
          goalId={goalId}
          period={period}
          settings={{ ratioIds: [ratio.id], qualityIndicatorId: quality?.id ?? null, groupNodeId: groupId, resourceChange }}
        />
      )}
      <SavedList goalId={goalId} />
    </Stack>
  );
}

/** Cost per output first when the goal has one (the question the dialogue usually starts from). */
function defaultRatio(view: GoalChainView): ChainRatioView | undefined {
  return view.ratios.find((r) => r.kind === 'kostnad_per_prestation') ?? view.ratios[0];
}

function resultIndicators(view: GoalChainView): ChainIndicatorView[] {
  return view.elements.filter((e) => e.link === 'resultat').flatMap((e) => e.indicators);
}

function UnitTable(props: {
  view: GoalChainView;
  ratio: ChainRatioView;
  quality: ChainIndicatorView | undefined;
  period: string;
  groupId: string;
  groupName: string;
  units: { id: string; name: string }[];
  change: number;
}) {
  const { ratio, quality, period, change } = props;
  const resultAt = (nodeId: string) => ratio.results.find((r) => r.orgNodeId === nodeId && r.periodKey === period);
  const qualityAt = (nodeId: string) => quality?.figures.find((f) => f.orgNodeId === nodeId && f.periodKey === period);
  if (props.units.length === 0) return <Text>{t.noUnits}</Text>;
  const rows = [...props.units.map((u) => ({ ...u, total: false })), { id: props.groupId, name: t.total(props.groupName), total: true }];
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table withTableBorder striped data-testid="analysis-units">
        <caption style={{ captionSide: 'top', textAlign: 'left' }}>{t.tableCaption(ratio.name, formatPeriodLabel(period))}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.cols.unit}</Table.Th>
            <Table.Th scope="col">{t.cols.ratio}</Table.Th>
            {change !== 0 && <Table.Th scope="col">{t.cols.whatIf(changeLabel(change))}</Table.Th>}
            {quality && <Table.Th scope="col">{`${t.cols.quality}: ${quality.name}`}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const result = resultAt(row.id);
            const whatIf = result && change !== 0 ? whatIfResources({ ...result, kind: ratio.kind, scale: ratio.scale ?? undefined }, change) : null;
            const q = qualityAt(row.id);
            return (
              <Table.Tr key={row.id} fw={row.total ? 700 : undefined}>
                <Table.Th scope="row" fw={row.total ? 700 : 'normal'}>
                  {row.name}
                </Table.Th>
                <Table.Td>{result ? <RatioFigure result={result} /> : '–'}</Table.Td>
                {change !== 0 && (
                  <Table.Td data-testid="what-if">
                    {whatIf && result ? <RatioFigure result={{ ...result, ...whatIf }} /> : '–'}
                  </Table.Td>
                )}
                {quality && <Table.Td>{q ? formatValue(q.value, q.unit) : '–'}</Table.Td>}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Trend({ ratio, groupId, groupName, periods }: { ratio: ChainRatioView; groupId: string; groupName: string; periods: string[] }) {
  return (
    <section aria-labelledby="trend-title">
      <Title order={2} id="trend-title" mb="xs">
        {t.trendTitle}
      </Title>
      <Table withTableBorder data-testid="analysis-trend">
        <caption style={{ captionSide: 'top', textAlign: 'left' }}>{t.trendCaption(ratio.name, groupName)}</caption>
        <Table.Thead>
          <Table.Tr>
            {Object.values(t.trendCols).map((c) => (
              <Table.Th scope="col" key={c}>
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {periods.map((p) => {
            const r = ratio.results.find((x) => x.orgNodeId === groupId && x.periodKey === p);
            return (
              <Table.Tr key={p}>
                <Table.Th scope="row" fw="normal">
                  {formatPeriodLabel(p)}
                </Table.Th>
                <Table.Td>{r ? formatRatioValue(r.value, r.unit) : '–'}</Table.Td>
                <Table.Td>{r ? formatValue(r.numerator, r.numeratorUnit) : '–'}</Table.Td>
                <Table.Td>{r ? formatValue(r.denominator, r.denominatorUnit) : '–'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function SaveAnalysis({ goalId, period, settings }: { goalId: string; period: string; settings: SavedAnalysisDto['settings'] }) {
  const queryClient = useQueryClient();
  const dialogues = useQuery(dialoguesQuery);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [dialogueId, setDialogueId] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => createSavedAnalysis({ goalId, periodKey: period, title: title.trim(), body, settings, dialogueId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['analyses'] }),
  });
  const fieldError = (field: string) => (save.error instanceof ApiError ? save.error.fields[field]?.[0] : undefined);
  const open = (dialogues.data?.items ?? []).filter((d) => d.status !== 'protokoll_justerat');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <section aria-labelledby="save-title">
      <Title order={2} id="save-title" mb="xs">
        {t.saveTitle}
      </Title>
      {save.isSuccess && (
        <Alert role="status" color="blue.9" variant="outline" mb="sm">
          {t.saved}
        </Alert>
      )}
      {save.isError && !(save.error instanceof ApiError && Object.keys(save.error.fields).length > 0) && (
        <Alert role="alert" color="red.9" variant="outline" mb="sm">
          {save.error.message}
        </Alert>
      )}
      <form onSubmit={onSubmit} aria-label={t.saveTitle}>
        <Stack gap="sm" maw={640}>
          <TextInput label={t.analysisTitle} required maxLength={200} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fieldError('title')} />
          <Textarea label={t.body} autosize minRows={4} maxLength={10000} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={fieldError('body')} />
          <Select
            label={t.dialogue}
            placeholder={t.noDialogue}
            data={open.map((d) => ({ value: d.id, label: d.title }))}
            value={dialogueId}
            onChange={setDialogueId}
            clearable
            error={fieldError('dialogueId')}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}

function SavedList({ goalId }: { goalId: string }) {
  const saved = useQuery(savedAnalysesQuery({ goalId }));
  return (
    <section aria-labelledby="saved-title">
      <Title order={2} id="saved-title" mb="xs">
        {t.savedTitle}
      </Title>
      {saved.isPending ? <PageLoader /> : saved.isError ? <Text>{saved.error.message}</Text> : <SavedAnalyses items={saved.data.items} empty={t.noneSaved} />}
    </section>
  );
}
