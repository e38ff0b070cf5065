import { Anchor, List, Stack, Table, Text, Title } from '@mantine/core';
import { savedAnalysesQuery } from '../../api/analyses';
import { svGoalAnalysis } from '../../i18n/sv-goal-analysis';
import { SavedAnalyses } from '../analysis/saved-analyses';
import { Action, type AgendaFigure, type DialogueDto } from '@resultatkedjan/contracts';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { actionsQuery, agendaQuery, dialogueQuery, protocolUrl } from '../../api/dialogues';
import { useAuth } from '../../auth/use-auth';
import { svDialogues as t } from '../../i18n/sv-dialogues';
import { PageLoader } from '../../layout/page-loader';
import { useDocumentTitle } from '../../lib/use-document-title';
import { goalPaths, paths } from '../../paths';
import { QueryError } from '../goals/query-error';
import { ActionForm, ActionToggle, NoteForm, StatusStep } from './dialogue-controls';

const number = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const fmt = (v: number | null) => (v === null ? '–' : number.format(v));

/** A ratio always with its parts and units. */
function figureText(f: AgendaFigure): string {
  return `${formatPeriodLabel(f.periodKey)}: ${fmt(f.value)} ${f.unit} (${fmt(f.numerator)} ${f.numeratorUnit} / ${fmt(f.denominator)} ${f.denominatorUnit})`;
}

/** One dialogue: participants, the agenda made from the data (links to the chain view), the actions, the protocol. */
export function DialoguePage() {
  const { dialogueId = '' } = useParams();
  const dialogue = useQuery(dialogueQuery(dialogueId));
  useDocumentTitle(dialogue.data?.title ?? t.title);
  if (dialogue.isPending) return <PageLoader />;
  if (dialogue.isError) {
    return <QueryError title={t.detailError} error={dialogue.error} retry={() => void dialogue.refetch()} retrying={dialogue.isFetching} />;
  }
  const d = dialogue.data;
  return <DialogueView d={d} />;
}

function DialogueView({ d }: { d: DialogueDto }) {
  const { can } = useAuth();
  const writer = can(Action.dialogueWrite);
  return (
    <Stack gap="md">
      <Anchor component={Link} to={paths.dialogues}>
        {t.back}
      </Anchor>
      <Title order={1}>{d.title}</Title>
      <Text>{t.meta(formatPeriodLabel(d.periodKey), d.heldOn, t.status[d.status])}</Text>
      <Protocol dialogue={d} />
      {writer && <StatusStep dialogue={d} />}
      <Title order={2}>{t.participants}</Title>
      {d.participants.length === 0 ? (
        <Text>{t.noParticipants}</Text>
      ) : (
        <List>
          {d.participants.map((p, i) => (
            <List.Item key={`${p.userId ?? p.name}-${i}`}>{p.role ? `${p.name}, ${p.role}` : p.name}</List.Item>
          ))}
        </List>
      )}
      <Agenda id={d.id} noteWriter={writer && d.status !== 'protokoll_justerat'} />
      <Actions id={d.id} writer={writer} />
      <SharedAnalyses dialogueId={d.id} />
      {writer && d.status !== 'protokoll_justerat' && <ActionForm dialogue={d} />}
    </Stack>
  );
}

/** The controller's analyses shared with the dialogue, read before the meeting beside the agenda. */
function SharedAnalyses({ dialogueId }: { dialogueId: string }) {
  const shared = useQuery(savedAnalysesQuery({ dialogueId }));
  return (
    <Stack gap="sm" component="section" aria-labelledby="delade-analyser">
      <Title order={2} id="delade-analyser">
        {svGoalAnalysis.dialogueSection}
      </Title>
      {shared.isPending ? <PageLoader /> : shared.isError ? <Text>{shared.error.message}</Text> : <SavedAnalyses items={shared.data.items} empty={svGoalAnalysis.dialogueNone} />}
    </Stack>
  );
}

function Protocol({ dialogue }: { dialogue: DialogueDto }) {
  const { can } = useAuth();
  if (dialogue.status !== 'protokoll_justerat' && !can(Action.dialogueWrite)) return <Text>{t.protocolLater}</Text>;
  return (
    <Anchor href={protocolUrl(dialogue.id)} download>
      {t.protocol}
    </Anchor>
  );
}

function Agenda({ id, noteWriter }: { id: string; noteWriter: boolean }) {
  const agenda = useQuery(agendaQuery(id));
  if (agenda.isPending) return <PageLoader />;
  if (agenda.isError) return <QueryError title={t.agendaError} error={agenda.error} retry={() => void agenda.refetch()} retrying={agenda.isFetching} />;
  return (
    <Stack gap="sm">
      <Title order={2}>{t.agenda}</Title>
      <Text>{t.comparedWith(formatPeriodLabel(agenda.data.periodKey), formatPeriodLabel(agenda.data.comparedWith))}</Text>
      {agenda.data.items.length === 0 && <Text>{t.agendaEmpty}</Text>}
      {agenda.data.items.map((item, i) => (
        <Stack key={item.key} gap={4} component="section" aria-labelledby={`punkt-${i}`}>
          <Title order={3} id={`punkt-${i}`}>
            {`${i + 1}. ${item.reasonLabel}`}
          </Title>
          <Text>{[item.goalTitle, item.indicatorName, item.ratioName, item.orgNodeName].filter(Boolean).join(' – ')}</Text>
          {item.narratives.length > 0 && (
            <>
              <Text fw={700}>{t.narratives}</Text>
              {item.narratives.map((n) => (
                <Text key={n.orgNodeId}>{`${n.orgNodeName} (${n.label}): ${[n.whatHappened, n.why].filter(Boolean).join(' ')}`}</Text>
              ))}
            </>
          )}
          {item.current && <Text>{figureText(item.current)}</Text>}
          {item.previous && <Text>{figureText(item.previous)}</Text>}
          {noteWriter ? (
            <NoteForm dialogueId={id} itemKey={item.key} number={i + 1} note={item.note ?? ''} />
          ) : (
            item.note && <Text>{`${t.note}: ${item.note}`}</Text>
          )}
          {item.goalId && (
            <Anchor component={Link} to={goalPaths.chain(item.goalId)}>
              {`${t.chainLink}: ${item.goalTitle ?? ''}`}
            </Anchor>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

function Actions({ id, writer }: { id: string; writer: boolean }) {
  const actions = useQuery(actionsQuery(id));
  if (actions.isPending) return <PageLoader />;
  if (actions.isError) return <QueryError title={t.actionsError} error={actions.error} retry={() => void actions.refetch()} retrying={actions.isFetching} />;
  return (
    <Stack gap="sm">
      <Title order={2}>{t.actions}</Title>
      {actions.data.length === 0 ? (
        <Text>{t.noActions}</Text>
      ) : (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              {Object.values(t.actionCols).map((c) => (
                <Table.Th scope="col" key={c}>
                  {c}
                </Table.Th>
              ))}
              {writer && <Table.Th scope="col">{t.change}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {actions.data.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.title}</Table.Td>
                <Table.Td>{[a.ownerNodeName, a.ownerUserName].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td>{a.dueOn}</Table.Td>
                <Table.Td>{t.actionStatus[a.status]}</Table.Td>
                {writer && (
                  <Table.Td>
                    <ActionToggle action={a} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
