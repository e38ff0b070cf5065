import { randomUUID } from 'node:crypto';
import { addDays, type IsoDate } from '@resultatkedjan/domain';

type Row = Record<string, unknown>;

export interface DialogueRowsInput {
  tenantId: string;
  today: IsoDate;
  /** follow_up_period rows as the seed builds them. */
  periods: readonly Row[];
  nodeId(key: string): string;
  goalId(key: string): string;
  userId(email: string): string;
}

export interface DialogueRows {
  goal_assessment: Row[];
  dialogue: Row[];
  dialogue_action: Row[];
}

const EVA = 'eva.berg@exempelstad.se';
const KARIN = 'karin.lindqvist@exempelstad.se';
const OMAR = 'omar.hassan@exempelstad.se';

/**
 * BUN's analysis dialogues: one held on the last locked quarter (protocol justerat, the nämnd's assessment of BUN1
 * beside Norrskolan's, two actions of which one is closed and one open, carried into Norrskolan's open report), and
 * one planned for the open quarter. Nothing when the calendar has no such quarters (the seed day decides).
 */
export function buildDialogueRows(input: DialogueRowsInput): DialogueRows {
  const empty: DialogueRows = { goal_assessment: [], dialogue: [], dialogue_action: [] };
  const quarters = input.periods.filter((p) => p.kind === 'kvartal');
  const locked = quarters.filter((p) => p.status === 'last').sort((a, b) => String(b.covers_to).localeCompare(String(a.covers_to)))[0];
  const open = quarters.find((p) => p.status === 'oppen');
  if (!locked || !open) return empty;
  const t = { tenant_id: input.tenantId };
  const bun = input.nodeId('bun');
  const heldOn = minDate(addDays(String(locked.locks_on), 14), input.today);
  const held = randomUUID();
  const participants = [
    { userId: input.userId(KARIN), name: 'Karin Lindqvist', role: 'Ordförande' },
    { userId: input.userId('johan.ek@exempelstad.se'), name: 'Johan Ek', role: 'Ledamot' },
    { userId: input.userId(EVA), name: 'Eva Berg', role: 'Controller' },
    { userId: null, name: 'Anna Ek', role: 'Förvaltningschef' },
    { userId: input.userId(OMAR), name: 'Omar Hassan', role: 'Rektor, Norrskolan' },
  ];
  const dialogue = (id: string, period: Row, status: string, on: string, people: typeof participants) => ({
    id, ...t, org_node_id: bun, period_id: period.id, kind: 'analysdialog', title: `Analysdialog Barn- och utbildningsnämnden ${String(period.period_key)}`,
    held_on: on, status, participants: people, convener_user_id: input.userId(EVA), version: 1,
  });
  return {
    goal_assessment: [{
      id: randomUUID(), ...t, goal_id: input.goalId('BUN1'), period_id: locked.id, tier: 'namnd', org_node_id: bun, level: 2,
      justification: 'Behörigheten ökar men ligger under målvärdet; nämnden delar skolornas analys av lärarbristen.', proposed_level: 2,
      assessed_by_user_id: input.userId(KARIN), assessed_at: `${heldOn}T15:00:00Z`,
    }],
    dialogue: [
      dialogue(held, locked, 'protokoll_justerat', heldOn, participants),
      dialogue(randomUUID(), open, 'planerad', addDays(String(open.review_deadline), 7), participants.slice(0, 4)),
    ],
    dialogue_action: [
      {
        id: randomUUID(), ...t, dialogue_id: held, title: 'Kartlägg behovet av behöriga lärare inför nästa läsår', owner_node_id: input.nodeId('uf'),
        owner_user_id: null, due_on: minDate(addDays(heldOn, 30), input.today), goal_id: input.goalId('BUN1'), status: 'stangd',
        closed_at: `${minDate(addDays(heldOn, 28), input.today)}T12:00:00Z`, version: 2,
      },
      {
        id: randomUUID(), ...t, dialogue_id: held, title: 'Inför fasta lärarlag i åk 7–9 och följ upp behörigheten', owner_node_id: input.nodeId('uf.gr.norr'),
        owner_user_id: input.userId(OMAR), due_on: addDays(String(open.deadline), 30), goal_id: input.goalId('BUN1'), status: 'oppen',
        closed_at: null, version: 1,
      },
    ],
  };
}

const minDate = (a: string, b: string) => (a < b ? a : b);
