import { figureText, formatDate } from '@resultatkedjan/domain';
import type { ExportContent, ExportGoal } from '@resultatkedjan/contracts';
import { reasonText, reportKindLabel } from './labels.js';

const LANGUAGE = 'sv-SE';

/**
 * The målavstämning chapter for the förvaltningsberättelse as DOCX: GEH first (levels for kommunen and
 * kommunkoncernen, the bolag's ownership shares, each GEH goal), then each fullmäktige goal with the goals under it,
 * their indicators, ratios, assessments and narratives. Headings are real heading styles, every table's first row
 * is a repeated header row, every table has a caption and description (alt text), and the language is sv-SE.
 */
export async function exportDocx(content: ExportContent, generatedAt: Date): Promise<Buffer> {
  // Loaded on first use, like exceljs.
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
  const goals = new Map(content.goals.map((g) => [g.key, g]));
  const bodies = new Map(content.bodies.map((b) => [b.key, b]));
  const captions: { caption: string; description: string }[] = [];
  const p = (text: string, options: { bold?: boolean; italics?: boolean } = {}) => new Paragraph({ children: [new TextRun({ text, ...options })] });
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
  const table = (caption: string, description: string, head: string[], rows: string[][]) => {
    captions.push({ caption, description });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [head, ...rows].map(
        (cells, i) => new TableRow({ tableHeader: i === 0, children: cells.map((text) => new TableCell({ children: [p(text, { bold: i === 0 })] })) }),
      ),
    });
  };
  const kind = reportKindLabel(content.reportKind);
  const body: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [
    heading(`Målavstämning – ${kind.toLowerCase()} ${content.period.label}`, HeadingLevel.HEADING_1),
    p(
      `${content.kommun}. Underlaget kommer från den låsta ögonblicksbilden av perioden ${content.period.coversFrom} – ${content.period.coversTo}, ` +
        `tagen ${formatDate(new Date(content.snapshotTakenAt))}. Framtaget ${formatDate(generatedAt)}.`,
    ),
    heading('God ekonomisk hushållning', HeadingLevel.HEADING_2),
    p('Måluppfyllelse för de mål fullmäktige angett som betydelsefulla för god ekonomisk hushållning, för kommunen och för hela kommunkoncernen (kommunen och bolagen).'),
    table(
      'God ekonomisk hushållning per nivå',
      'Antal mål för god ekonomisk hushållning per bedömd nivå, för kommunen och för kommunkoncernen.',
      ['Nivå', 'Kommunen', 'Kommunkoncernen'],
      content.geh.kommunen.map((l, i) => [l.label, String(l.count), String(content.geh.kommunkoncern[i]?.count ?? 0)]),
    ),
  ];
  if (content.geh.bolag.length > 0) {
    body.push(
      table(
        'Bolag i kommunkoncernen',
        'Kommunens bolag med kommunens ägarandel i procent.',
        ['Bolag', 'Ägarandel'],
        content.geh.bolag.map((b) => [b.name, figureText(b.ownershipShare, '%')]),
      ),
    );
  }
  const gehGoals = content.geh.goalKeys.map((k) => goals.get(k)!);
  body.push(
    gehGoals.length
      ? table(
          'Mål för god ekonomisk hushållning',
          'Varje mål för god ekonomisk hushållning med ansvarig nämnd eller bolag, bedömning, motivering och indikatorernas förslag.',
          ['Mål', 'Ansvarig', 'Bedömning', 'Motivering', 'Förslag enligt indikatorerna'],
          gehGoals.map((g) => [`${g.key} ${g.title}`, g.ownerName, g.result.label, justificationOf(g), g.suggested.label]),
        )
      : p('Inga mål är markerade som betydelsefulla för god ekonomisk hushållning.', { italics: true }),
  );

  for (const group of content.reconciliation) {
    const top = group.goalKey ? goals.get(group.goalKey) : undefined;
    body.push(heading(top ? `${top.key} ${top.title}` : group.title, HeadingLevel.HEADING_2));
    if (top) body.push(...goalBlock(top));
    for (const key of group.childKeys) {
      const g = goals.get(key)!;
      body.push(heading(`${g.key} ${g.title} (${g.ownerName})`, HeadingLevel.HEADING_3));
      const missions = bodies.get(g.bodyKey)?.grunduppdrag ?? [];
      for (const text of missions) body.push(p(`Grunduppdrag: ${text}`, { italics: true }));
      body.push(...goalBlock(g));
    }
  }

  function goalBlock(g: ExportGoal) {
    const out: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [
      p(`${g.levelLabel}${g.geh ? ', betydelsefullt för god ekonomisk hushållning' : ''}. Bedömning: ${g.result.label}. Förslag enligt indikatorerna: ${g.suggested.label}.`),
    ];
    if (g.indicators.length > 0) {
      out.push(
        table(
          `Indikatorer för ${g.key}`,
          `Utfall, målvärde och måluppfyllelse för målet ${g.title}.`,
          ['Indikator', 'Utfall', 'Målvärde', 'Måluppfyllelse'],
          g.indicators.map((i) => [i.name, figureText(i.outcome, i.unit), figureText(i.target, i.unit), i.label]),
        ),
      );
    }
    if (g.ratios.length > 0) {
      out.push(
        table(
          `Nyckeltal för ${g.key}`,
          `Nyckeltal med täljare och nämnare för målet ${g.title}.`,
          ['Nyckeltal', 'Värde', 'Täljare', 'Nämnare'],
          g.ratios.map((r) => [
            r.name, r.value === null ? `– (${reasonText(r.reason)})` : figureText(r.value, r.unit), figureText(r.numerator, r.numeratorUnit),
            figureText(r.denominator, r.denominatorUnit),
          ]),
        ),
      );
    }
    out.push(
      g.assessments.length
        ? table(
            `Bedömningar av ${g.key}`,
            `Bedömningar av målet ${g.title} från enheterna och uppåt i kedjan, med motivering.`,
            ['Vem', 'Bedömning', 'Motivering'],
            g.assessments.map((a) => [`${a.tierLabel} (${a.orgNodeName})`, a.label, a.justification]),
          )
        : p(`Ingen har bedömt målet för perioden: ${g.result.label}.`, { italics: true }),
    );
    for (const n of g.narratives) {
      out.push(p(n.orgNodeName, { bold: true }));
      if (n.whatHappened) out.push(p(`Vad hände: ${n.whatHappened}`));
      if (n.why) out.push(p(`Varför: ${n.why}`));
      if (n.nextSteps) out.push(p(`Nästa steg: ${n.nextSteps}`));
    }
    return out;
  }

  const doc = new Document({
    creator: 'Resultatkedjan',
    title: `Målavstämning ${kind.toLowerCase()} ${content.period.label}`,
    description: `${content.kommun}, ${kind.toLowerCase()} ${content.period.label}`,
    styles: { default: { document: { run: { language: { value: LANGUAGE } } } } },
    sections: [{ children: body }],
  });
  return withTableAltText(await Packer.toBuffer(doc), captions);
}

function justificationOf(g: ExportGoal): string {
  const deciding = g.assessments.find((a) => a.tier === g.result.tier && a.level === g.result.level);
  return deciding?.justification || '–';
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The docx library cannot set a table's alt text (w:tblCaption, w:tblDescription); they go last in each table's
 * w:tblPr, in document order (tables are not nested here).
 */
async function withTableAltText(docx: Buffer, captions: readonly { caption: string; description: string }[]): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  let i = 0;
  const patched = xml.replace(/<\/w:tblPr>/g, (end) => {
    const alt = captions[i++];
    return alt ? `<w:tblCaption w:val="${escapeXml(alt.caption)}"/><w:tblDescription w:val="${escapeXml(alt.description)}"/>${end}` : end;
  });
  zip.file('word/document.xml', patched);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
