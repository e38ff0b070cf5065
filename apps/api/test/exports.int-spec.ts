import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import type request from 'supertest';
import { parseCsv, parseCsvNumber } from '@resultatkedjan/domain';
import {
  EXPORT_JSON_SCHEMA, QueueName, type ExportDocument, type ExportDto, type ExportFormat, type ExportPeriodDto, type GoalChainView,
} from '@resultatkedjan/contracts';
import { DEMO_PASSWORD, DEMO_TENANT_ID, seedDemoKommun } from '../src/seed/index.js';
import { eventually } from './support/helpers.js';
import { inDemoKommun } from './support/seed-demo.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Session } from './support/factory.js';

/** The seed lays out the calendar for this day: Helår 2025, Q1–Q3 and Delår 2026 are locked, Helår 2026 planned. */
const SEED_DAY = '2026-12-01';
const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));
const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/** A file body as bytes, whatever its content type. */
function binary(res: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** Cell values of a worksheet by address (shared strings resolved; a formula cell gives its cached result and formula). */
interface Cell { value: string | number | null; formula: string | null }
async function readSheets(xlsx: Buffer): Promise<Map<string, Map<string, Cell>>> {
  const zip = await JSZip.loadAsync(xlsx);
  const shared = [...(await zip.file('xl/sharedStrings.xml')!.async('string')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1]!)).join(''),
  );
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => unescapeXml(m[1]!));
  const sheets = new Map<string, Map<string, Cell>>();
  for (const [i, name] of names.entries()) {
    const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
    const cells = new Map<string, Cell>();
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const inner = m[3] ?? '';
      const formula = /<f>([^<]*)<\/f>/.exec(inner)?.[1] ?? null;
      const raw = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
      const isShared = /t="s"/.test(m[2]!);
      const inline = /<is><t[^>]*>([\s\S]*?)<\/t><\/is>/.exec(inner)?.[1];
      const value = raw === undefined ? (inline !== undefined ? unescapeXml(inline) : null) : isShared ? shared[Number(raw)]! : /t="str"/.test(m[2]!) ? raw : Number(raw);
      cells.set(m[1]!, { value, formula });
    }
    sheets.set(name, cells);
  }
  return sheets;
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** word/document.xml as text: one line per paragraph, a table row per line with its cells separated by " | ". */
async function docxText(docx: Buffer): Promise<{ xml: string; text: string }> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraph = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join('');
  const text = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>|<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map(([block]) => (block.startsWith('<w:tr') ? [...block.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => paragraph(cell)).join(' | ') : paragraph(block)))
    .join('\n');
  return { xml, text };
}

function golden(name: string, actual: string): void {
  const path = `${GOLDEN_DIR}${name}`;
  if (UPDATE_GOLDEN || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    if (!UPDATE_GOLDEN) throw new Error(`Golden file ${name} was missing and has been written; check it in and run again.`);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Dates that follow the run (the snapshot's and the generation's) replaced, so the golden holds only the content. */
const withoutRunDates = (text: string) => text.replace(/tagen \d{4}-\d{2}-\d{2}/g, 'tagen <datum>').replace(/Framtaget \d{4}-\d{2}-\d{2}/g, 'Framtaget <datum>');

describe('årsredovisning and delårsrapport exports from locked snapshots', () => {
  let app: TestApp;
  let factory: TestFactory;
  let ekonom: Session;
  let revisor: Session;
  let rektor: Session;
  let periods: ExportPeriodDto[];
  let helar: ExportPeriodDto;
  let delar: ExportPeriodDto;
  const files = new Map<ExportFormat, Buffer>();
  let document: ExportDocument;
  let chains: Map<string, GoalChainView>;

  const create = (session: Session, periodId: string, format: ExportFormat) => session.post('/api/v1/exports', { periodId, format });
  const download = async (session: Session, id: string) =>
    (await session.get(`/api/v1/exports/${id}/file`).buffer(true).parse(binary).expect(200)).body as Buffer;
  const finished = (session: Session, id: string) =>
    eventually(async () => {
      const body = (await session.get(`/api/v1/exports/${id}`).expect(200)).body as ExportDto;
      return body.status === 'klar' || body.status === 'misslyckad' ? body : null;
    }, 60_000, `export ${id}`);

  beforeAll(async () => {
    app = await startTestApp({ withWorker: true });
    factory = new TestFactory(app);
    await seedDemoKommun(app.database.ownerUrl, { today: SEED_DAY });
    ekonom = await factory.login('mikael.strand@exempelstad.se', DEMO_PASSWORD);
    revisor = await factory.login('lars.nystrom@exempelstad.se', DEMO_PASSWORD);
    rektor = await factory.login('omar.hassan@exempelstad.se', DEMO_PASSWORD);
  });
  afterAll(async () => app?.close());

  it('refuses periods without a snapshot, open or planned periods and quarters (422), and those who may not export (403)', async () => {
    const all: { id: string; period_key: string }[] = await inDemoKommun(app, (m) => m.query(`SELECT id, period_key FROM follow_up_period`));
    const id = (key: string) => all.find((p) => p.period_key === key)!.id;
    const noSnapshot = await create(ekonom, id('2025-H'), 'json').expect(422);
    expect(noSnapshot.body.fields.periodId[0]).toMatch(/ingen ögonblicksbild/);
    expect((await create(ekonom, id('2026-H'), 'json').expect(422)).body.fields.periodId[0]).toMatch(/inte låst/);
    expect((await create(ekonom, id('2026-Q3'), 'json').expect(422)).body.fields.periodId[0]).toMatch(/Bara helår/);
    await create(ekonom, id('2025-H'), 'pdf' as ExportFormat).expect(422);
    await create(rektor, id('2025-H'), 'json').expect(403);
    await create(revisor, id('2025-H'), 'json').expect(403);
    await rektor.get('/api/v1/exports').expect(403);

    // The worker's first run for the day locks nothing new and takes the locked periods' snapshots (as in the demo).
    await app.queue(QueueName.periods).add('kommun-run', { tenantId: DEMO_TENANT_ID, today: SEED_DAY }, { jobId: 'exports-first-run' });
    await eventually(async () => {
      const listed = (await ekonom.get('/api/v1/exports/periods').expect(200)).body as ExportPeriodDto[];
      return listed.length === 2 && listed.every((p) => p.exportable);
    }, 90_000, 'snapshots of the locked helår and delår');
  });

  it('lists the locked helår and delår, newest first, as exportable', async () => {
    periods = (await revisor.get('/api/v1/exports/periods').expect(200)).body;
    expect(periods.map((p) => [p.periodKey, p.reportKind, p.exportable])).toEqual([
      ['2026-D', 'delarsrapport', true],
      ['2025-H', 'arsredovisning', true],
    ]);
    [delar, helar] = periods as [ExportPeriodDto, ExportPeriodDto];
    expect(delar.coversTo).toBe('2026-08-31');
  });

  it('builds every format of the 2025 årsredovisning in the worker; the revisor downloads them; each is audited', async () => {
    const started: ExportDto[] = [];
    for (const format of ['xlsx', 'docx', 'csv', 'json'] as const) {
      const res = await create(ekonom, helar.id, format).expect(201);
      expect(res.body).toMatchObject({ status: 'koad', progress: 0, format, periodKey: '2025-H', createdByName: 'Mikael Strand' });
      started.push(res.body);
    }
    for (const e of started) {
      const done = await finished(revisor, e.id);
      expect([done.format, done.status, done.error, done.progress]).toEqual([e.format, 'klar', null, 100]);
      expect(done.fileName).toBe(`Årsredovisning 2025 – målavstämning.${e.format}`);
      const data = await download(revisor, e.id);
      expect(data.length).toBe(done.size);
      files.set(e.format, data);
    }
    document = JSON.parse(files.get('json')!.toString('utf8'));
    const listed = (await revisor.get(`/api/v1/exports?periodId=${helar.id}`).expect(200)).body;
    expect(listed.total).toBe(4);
    const audit = (await revisor.get(`/api/v1/audit-events?entityType=period_export&entityId=${started[0]!.id}`).expect(200)).body.items;
    expect(audit.map((a: { action: string; after: { status: string } }) => [a.action, a.after.status]).sort()).toEqual([['create', 'koad'], ['update', 'klar']]);
  });

  it('JSON follows the schema in libs/contracts and holds every decided goal of 2025 with the DOMAIN.md oracle', async () => {
    for (const key of EXPORT_JSON_SCHEMA.required) expect(document).toHaveProperty(key);
    expect(document).toMatchObject({ schemaVersion: 1, reportKind: 'arsredovisning', kommun: 'Exempelstad kommun', period: { key: '2025-H', coversFrom: '2025-01-01', coversTo: '2025-12-31' } });
    const goal = (key: string) => document.goals.find((g) => g.key === key)!;
    expect(document.goals.map((g) => g.key).sort()).toEqual(['BUN1', 'EV1', 'FM1', 'FM2', 'HEM-F', 'HEM1', 'HEM2', 'IM1', 'IM2', 'IM3', 'KFN1', 'SBN1', 'SN1', 'VON1'].sort());
    const share = goal('BUN1').indicators.find((i) => i.unit === '%' && i.target === 86)!;
    expect([Number(share.outcome!.toFixed(2)), share.label]).toEqual([84.02, 'Delvis uppfyllt']);
    expect(goal('FM1').indicators.map((i) => i.label)).toContain('Ej uppfyllt');
    // Nobody assessed the 2025 goals in the product (the demo's 2025 figures were imported): Ej bedömt, never a guess.
    expect(document.goals.every((g) => g.result.level === 0 && g.result.label === 'Ej bedömt' && g.assessments.length === 0)).toBe(true);
    expect(goal('BUN1').suggested.label).toBe('Delvis uppfyllt');
    expect([...document.geh.goalKeys].sort()).toEqual(['BUN1', 'EV1', 'FM1', 'FM2', 'HEM-F', 'HEM1', 'SN1', 'VON1']);
    const ejBedomt = (counts: { level: number; count: number }[]) => counts.find((c) => c.level === 0)!.count;
    expect([ejBedomt(document.geh.kommunen), ejBedomt(document.geh.kommunkoncern)]).toEqual([5, 8]);
    expect(document.geh.bolag.map((b) => [b.name, b.ownershipShare])).toEqual([
      ['Exempelstad Energi och Vatten AB', 100], ['Exempelstads Stadshus AB', 100], ['Exempelstadshem AB', 100],
    ]);
    const bun = document.bodies.find((b) => b.key === 'bun')!;
    expect(bun.grunduppdrag[0]).toMatch(/förskola|skola/i);
    expect([...document.reconciliation.find((r) => r.goalKey === 'IM1')!.childKeys].sort()).toEqual(['BUN1', 'KFN1']);
  });

  it('every ratio and level in JSON, CSV, XLSX and DOCX equals the chain view of 2025-H', async () => {
    const goals = (await revisor.get('/api/v1/goals?year=2025&pageSize=200').expect(200)).body.items as { id: string; key: string }[];
    chains = new Map();
    for (const g of goals) chains.set(g.key, (await revisor.get(`/api/v1/goals/${g.id}/chain?periods=2025-H`).expect(200)).body);

    const csv = parseCsv(files.get('csv')!.toString('utf8'));
    const header = csv[0]!;
    const col = (row: string[], name: string) => row[header.indexOf(name)]!;
    const sheets = await readSheets(files.get('xlsx')!);
    const { text: docx } = await docxText(files.get('docx')!);
    let ratios = 0;
    let levels = 0;
    for (const goal of document.goals) {
      const chain = chains.get(goal.key)!;
      const figures = chain.elements.flatMap((e) => e.indicators.map((i) => ({ indicator: i, figure: i.figures[0]! })));
      expect(goal.indicators.map((i) => i.key)).toEqual(figures.map((f) => f.indicator.key));
      for (const { indicator, figure } of figures) {
        const exported = goal.indicators.find((i) => i.key === indicator.key)!;
        expect([indicator.key, exported.outcome, exported.target, exported.level, exported.label]).toEqual([
          indicator.key, figure.value, figure.target, figure.assessment.level, figure.assessment.label,
        ]);
        const row = csv.find((r) => r[0] === 'indikator' && col(r, 'mal') === goal.key && col(r, 'namn') === indicator.name)!;
        expect([parseCsvNumber(col(row, 'varde')), col(row, 'enhet'), Number(col(row, 'niva')), col(row, 'bedomning')]).toEqual([
          figure.value, indicator.unit, figure.assessment.level, figure.assessment.label,
        ]);
        levels += 1;
      }
      for (const ratio of chain.ratios) {
        const result = ratio.results[0]!;
        const exported = goal.ratios.find((r) => r.name === ratio.name)!;
        expect([exported.value, exported.numerator, exported.denominator, exported.numeratorUnit, exported.denominatorUnit, exported.unit]).toEqual([
          result.value, result.numerator, result.denominator, result.numeratorUnit, result.denominatorUnit, result.unit,
        ]);
        const row = csv.find((r) => r[0] === 'nyckeltal' && col(r, 'mal') === goal.key && col(r, 'namn') === ratio.name)!;
        expect([parseCsvNumber(col(row, 'varde')), parseCsvNumber(col(row, 'taljare')), parseCsvNumber(col(row, 'namnare'))]).toEqual([
          result.value, result.numerator, result.denominator,
        ]);
        // XLSX: the ratio's row on its body's sheet; the value is a formula of the numerator and denominator cells.
        const isRatioRow = (cells: Map<string, Cell>, ref: string, c: Cell) =>
          /^C\d+$/.test(ref) && c.value === ratio.name && cells.get(`B${ref.slice(1)}`)?.value === goal.key && cells.get(`A${ref.slice(1)}`)?.value === 'Nyckeltal';
        const sheet = [...sheets.values()].find((cells) => [...cells.entries()].some(([ref, c]) => isRatioRow(cells, ref, c)))!;
        const ref = [...sheet.entries()].find(([r, c]) => isRatioRow(sheet, r, c))![0];
        const n = ref.slice(1);
        expect([sheet.get(`G${n}`)?.value ?? null, sheet.get(`I${n}`)?.value ?? null]).toEqual([result.numerator, result.denominator]);
        if (result.value !== null) {
          expect(sheet.get(`D${n}`)!.formula).toMatch(new RegExp(`^G${n}/I${n}(\\*[0-9.]+)?$`));
          expect(sheet.get(`D${n}`)!.value).toBeCloseTo(result.value, 9);
          const scale = exported.scale;
          expect((result.numerator! / result.denominator!) * scale).toBeCloseTo(result.value, 9);
        }
        expect(docx).toContain(ratio.name);
        ratios += 1;
      }
    }
    expect([ratios, levels]).toEqual([expect.any(Number), expect.any(Number)]);
    expect(ratios).toBeGreaterThanOrEqual(20);
    expect(levels).toBeGreaterThan(20);
    // XLSX: the kommunkoncern summary first, then one sheet per nämnd and bolag with goals.
    expect([...sheets.keys()][0]).toBe('Kommunkoncern');
    expect([...sheets.keys()]).toEqual([
      'Kommunkoncern', 'Kommunfullmäktige', 'Barn- och utbildningsnämnden', 'Kultur- och fritidsnämnden', 'Samhällsbyggnadsnämnden',
      'Socialnämnden', 'Vård- och omsorgsnämnden', 'Exempelstad Energi och Vatten A', 'Exempelstadshem AB',
    ]);
  });

  it('DOCX: a målavstämning chapter with marked header rows, table alt text and the sv-SE language', async () => {
    const { xml, text } = await docxText(files.get('docx')!);
    expect(text.split('\n')[0]).toBe('Målavstämning – årsredovisning Helår 2025');
    const tables = xml.match(/<w:tbl>/g)!.length;
    expect(xml.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/g)!.length).toBe(tables);
    expect(xml.match(/<w:tblCaption w:val="[^"]+"\/><w:tblDescription w:val="[^"]+"\/>/g)!.length).toBe(tables);
    const styles = await (await JSZip.loadAsync(files.get('docx')!)).file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:lang w:val="sv-SE"/);
    expect(text).toContain('Ingen har bedömt målet för perioden: Ej bedömt.');
    expect(text).toMatch(/84,02\u00A0%/);
  });

  it('golden text content of the 2025 årsredovisning (DOCX text and CSV)', () => {
    return (async () => {
      golden('export-2025-helar.docx.txt', withoutRunDates((await docxText(files.get('docx')!)).text) + '\n');
      golden('export-2025-helar.csv', files.get('csv')!.toString('utf8'));
    })();
  });

  it('the same snapshot gives the same content: only the generation time differs', async () => {
    const again = (await create(ekonom, helar.id, 'json').expect(201)).body as ExportDto;
    expect((await finished(ekonom, again.id)).status).toBe('klar');
    const second = JSON.parse((await download(ekonom, again.id)).toString('utf8')) as ExportDocument;
    const { generatedAt: a, ...first } = document;
    const { generatedAt: b, ...rest } = second;
    expect(rest).toEqual(first);
    expect(b >= a).toBe(true);
    const csvAgain = (await create(ekonom, helar.id, 'csv').expect(201)).body as ExportDto;
    await finished(ekonom, csvAgain.id);
    expect((await download(ekonom, csvAgain.id)).equals(files.get('csv')!)).toBe(true);
  });

  it('exports the latest delårsrapport (Jan–Aug 2026) from its own snapshot', async () => {
    const started = (await create(ekonom, delar.id, 'xlsx').expect(201)).body as ExportDto;
    const done = await finished(ekonom, started.id);
    expect([done.status, done.fileName]).toEqual(['klar', 'Delårsrapport 2026 (t.o.m. 2026-08-31) – målavstämning.xlsx']);
    const sheets = await readSheets(await download(revisor, started.id));
    expect(String(sheets.get('Kommunkoncern')!.get('A1')!.value)).toContain('delårsrapport Delår 2026');
    const listed = (await ekonom.get('/api/v1/exports/periods').expect(200)).body as ExportPeriodDto[];
    expect(listed.map((p) => [p.periodKey, p.exports.length])).toEqual([['2026-D', 1], ['2025-H', 6]]);
  });
});
