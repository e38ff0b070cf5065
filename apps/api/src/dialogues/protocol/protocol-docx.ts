import { ASSESSMENT_TIER_LABELS, DIALOGUE_STATUS_LABELS, type AgendaFigure } from '@resultatkedjan/contracts';
import { formatPeriodLabel } from '@resultatkedjan/domain';
import type { ProtocolData } from './protocol-data.js';

const number = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const fmt = (value: number | null) => (value === null ? '–' : number.format(value));

/** A ratio as the product always shows it: the value with its numerator and denominator and their units. */
export function figureText(f: AgendaFigure): string {
  return `${formatPeriodLabel(f.periodKey)}: ${fmt(f.value)} ${f.unit} (${fmt(f.numerator)} ${f.numeratorUnit} / ${fmt(f.denominator)} ${f.denominatorUnit})`;
}

/** The protocol as DOCX: participants, agenda with figures and narratives, assessments side by side, decisions and actions. */
export async function protocolDocx(data: ProtocolData): Promise<Buffer> {
  // Loaded on first use, like exceljs: most API processes never write a protocol.
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
  const d = data.dialogue;
  const p = (text: string, options: { bold?: boolean; italics?: boolean } = {}) => new Paragraph({ children: [new TextRun({ text, ...options })] });
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
  const table = (header: string[], rows: string[][]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [header, ...rows].map(
        (cells, i) => new TableRow({ tableHeader: i === 0, children: cells.map((text) => new TableCell({ children: [p(text, { bold: i === 0 })] })) }),
      ),
    });

  const body = [
    new Paragraph({ text: d.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT }),
    p(`${d.kind === 'agardialog' ? 'Ägardialog' : 'Analysdialog'} med ${d.orgNodeName} om ${formatPeriodLabel(d.periodKey)}, jämfört med ${formatPeriodLabel(data.comparedWith)}.`),
    p(`Datum: ${d.heldOn}. Status: ${DIALOGUE_STATUS_LABELS[d.status]}.${d.convenerName ? ` Sammankallande: ${d.convenerName}.` : ''}`),
    heading('Deltagare', HeadingLevel.HEADING_1),
    d.participants.length ? table(['Namn', 'Roll'], d.participants.map((x) => [x.name, x.role])) : p('Inga deltagare registrerade.', { italics: true }),
    heading('Dagordning', HeadingLevel.HEADING_1),
  ];
  data.items.forEach((item, i) => {
    const about = [item.goalTitle, item.indicatorName, item.ratioName, item.orgNodeName].filter(Boolean).join(' – ');
    body.push(heading(`${i + 1}. ${item.reasonLabel}${about ? `: ${about}` : ''}`, HeadingLevel.HEADING_2));
    for (const n of item.narratives) {
      body.push(p(`${n.orgNodeName} (självvärdering: ${n.label})`, { bold: true }));
      if (n.whatHappened) body.push(p(`Vad hände: ${n.whatHappened}`));
      if (n.why) body.push(p(`Varför: ${n.why}`));
      if (n.nextSteps) body.push(p(`Nästa steg: ${n.nextSteps}`));
    }
    if (item.current) body.push(p(figureText(item.current)));
    if (item.previous) body.push(p(figureText(item.previous)));
    body.push(p(`Anteckningar och beslut: ${item.note || '–'}`, { italics: !item.note }));
  });

  body.push(heading('Bedömningar sida vid sida', HeadingLevel.HEADING_1));
  if (data.assessments.length === 0) body.push(p('Inga mål på dagordningen.', { italics: true }));
  for (const a of data.assessments) {
    body.push(heading(a.goalTitle, HeadingLevel.HEADING_2));
    const rows = [
      ...a.units.map((u) => [`Självvärdering ${u.orgNodeName}`, u.label, u.justification]),
      ...a.tiers.map((t) => [`${ASSESSMENT_TIER_LABELS[t.tier]} (${t.orgNodeName})`, t.label, t.justification]),
    ];
    body.push(rows.length ? table(['Vem', 'Bedömning', 'Motivering'], rows) : p('Inga bedömningar registrerade.', { italics: true }));
  }

  body.push(heading('Åtgärder', HeadingLevel.HEADING_1));
  body.push(
    data.actions.length
      ? table(
          ['Åtgärd', 'Ansvarig', 'Klar senast', 'Status'],
          data.actions.map((x) => [x.title, [x.ownerNodeName, x.ownerUserName].filter(Boolean).join(', '), x.dueOn, x.status === 'oppen' ? 'Öppen' : 'Stängd']),
        )
      : p('Inga åtgärder beslutades.', { italics: true }),
  );

  const doc = new Document({ creator: 'Resultatkedjan', title: d.title, sections: [{ children: body }] });
  return Packer.toBuffer(doc);
}
