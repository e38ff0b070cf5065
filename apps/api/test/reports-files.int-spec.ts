import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { newReportWorld, type ReportWorld } from './support/scenarios.js';
import { fullAssessment, storedZip } from './support/helpers.js';

const R = '/api/v1/reports';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
const DOCX = storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });

async function workbook(rows: (string | number | null)[][], sheetName = 'Värden'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('reports: attachments and import', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let b: Kommun;
  let w: ReportWorld;
  let wb: ReportWorld;
  let rektor: Session;
  let controller: Session;
  const norr = () => `${R}/${w.reports['uf.norr.q3']}`;
  const upload = (s: Session, path: string, data: Buffer, filename: string) => s.agent.post(path).set('X-CSRF-Token', s.csrf).attach('file', data, filename);
  const valueOf = async (key: string) => {
    const { body } = await rektor.get(norr()).expect(200);
    return body.goals.flatMap((g: { indicators: { key: string }[] }) => g.indicators).find((i: { key: string }) => i.key === key);
  };

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      users: [
        { email: 'rektor@a.se', role: 'enhetschef', scope: 'uf.norr' },
        { email: 'soder@a.se', role: 'enhetschef', scope: 'uf.soder' },
        { email: 'controller@a.se', role: 'controller' },
        { email: 'revisor@a.se', role: 'revisor' },
      ],
    });
    b = await factory.newKommun({ users: [{ email: 'rektor@b.se', role: 'enhetschef' }] });
    w = await newReportWorld(factory, a);
    wb = await newReportWorld(factory, b, 'B');
    rektor = await factory.login('rektor@a.se');
    controller = await factory.login('controller@a.se');
  });
  afterAll(async () => app?.close());

  describe('attachments', () => {
    it('stores an allowed file, lists it and gives it back byte for byte with its name', async () => {
      const created = await upload(rektor, `${norr()}/attachments`, PDF, 'Analys Q3 – Norrskolan å.pdf').expect(201);
      expect(created.body).toMatchObject({ filename: 'Analys Q3 – Norrskolan å.pdf', contentType: 'application/pdf', sizeBytes: PDF.length, uploadedBy: { displayName: 'rektor' } });
      const list = await controller.get(`${norr()}/attachments`).expect(200);
      expect(list.body).toMatchObject({ total: 1, items: [{ id: created.body.id }] });
      const file = await controller.get(`${norr()}/attachments/${created.body.id}`).buffer(true).expect(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Analys Q3 – Norrskolan å.pdf')}`);
      expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
      for (const [data, name] of [[PNG, 'bild.PNG'], [DOCX, 'plan.docx'], [await workbook([['a']]), 'tabell.xlsx'], [Buffer.from('Hej på dig\n'), 'notering.txt']] as const) {
        await upload(rektor, `${norr()}/attachments`, data, name).expect(201);
      }
    });

    it('checks the type by content, not by name or header, and refuses empty and oversized files', async () => {
      const cases: [Buffer, string, string][] = [
        [PNG, 'rapport.pdf', 'Filens innehåll stämmer inte med filtypen .pdf.'],
        [Buffer.from('inte ett dokument'), 'plan.docx', 'Filens innehåll stämmer inte med filtypen .docx.'],
        [DOCX, 'tabell.xlsx', 'Filens innehåll stämmer inte med filtypen .xlsx.'],
        [Buffer.from([0x41, 0x00, 0x42]), 'binär.txt', 'Filens innehåll stämmer inte med filtypen .txt.'],
        [PDF, 'program.exe', 'Filtypen är inte tillåten. Tillåtna typer: PDF, Word (.docx), Excel (.xlsx), PNG, JPEG och text (.txt).'],
        [Buffer.alloc(0), 'tom.pdf', 'Filen är tom.'],
      ];
      for (const [data, name, message] of cases) {
        const res = await upload(rektor, `${norr()}/attachments`, data, name).expect(422);
        expect(res.body.fields).toEqual({ file: [message] });
      }
      const none = await rektor.post(`${norr()}/attachments`).expect(422);
      expect(none.body.fields).toEqual({ file: ['Välj en fil att ladda upp.'] });
      const big = await upload(rektor, `${norr()}/attachments`, Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]), 'stor.pdf').expect(413);
      expect(big.body.message).toBe('Filen är för stor. Största tillåtna storlek är 5 MB.');
      await upload(rektor, `${norr()}/attachments`, PDF, 'x.pdf').field('extra', '1').expect(201);
    });

    it('lets only the unit edit attachments, and 404s for another kommun', async () => {
      await upload(await factory.login('revisor@a.se'), `${norr()}/attachments`, PDF, 'x.pdf').expect(403);
      await upload(await factory.login('soder@a.se'), `${norr()}/attachments`, PDF, 'x.pdf').expect(403);
      await upload(rektor, `${R}/${wb.reports['uf.norr.q3']}/attachments`, PDF, 'x.pdf').expect(404);
      await rektor.get(`${R}/${wb.reports['uf.norr.q3']}/attachments`).expect(404);
      const [other] = await factory.asKommun(b, (m) =>
        m.query(`INSERT INTO report_attachment (tenant_id, report_id, filename, content_type, size_bytes, data) VALUES ($1, $2, 'b.pdf', 'application/pdf', 3, '\\x00'::bytea) RETURNING id`, [b.tenantId, wb.reports['uf.norr.q3']]),
      );
      await rektor.get(`${norr()}/attachments/${other.id}`).expect(404);
      await rektor.delete(`${norr()}/attachments/${other.id}`).expect(404);
    });

    it('deletes while the report is a draft, but not after submission', async () => {
      const list = (await rektor.get(`${norr()}/attachments?pageSize=200`).expect(200)).body.items;
      await rektor.delete(`${norr()}/attachments/${list[0].id}`).expect(204);
      await rektor.get(`${norr()}/attachments/${list[0].id}`).expect(404);
      const events = await factory.asKommun(a, (m) => m.query(`SELECT action FROM audit_event WHERE entity_id = $1`, [list[0].id]));
      expect(events.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'delete']);
    });
  });

  describe('import', () => {
    it('gives a template listing the enterable indicators with last value, target and Swedish instructions', async () => {
      const res = await rektor.get(`${norr()}/import-template.xlsx`).buffer(true).parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      }).expect(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body as never);
      const sheet = book.getWorksheet('Värden')!;
      expect(sheet.getRow(1).values).toEqual([undefined, 'Indikatornyckel', 'Indikator', 'Enhet', 'Organisationsenhet', 'Period', 'Föregående period', 'Föregående värde', 'Målvärde', 'Värde', 'Referensperiod', 'Kommentar']);
      const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).values as unknown[]);
      expect(rows.map((r) => r[1])).toEqual(['T.kostnad', 'T.elever', 'T.behoriga', 'T.nojda', 'T.lektioner']);
      expect(rows.find((r) => r[1] === 'T.elever')!.slice(4, 9)).toEqual(['Norrskolan', '2026-Q3', '2026-Q2', 450, undefined]);
      expect(rows.find((r) => r[1] === 'T.lektioner')![8]).toBe(1000);
      expect(String(book.getWorksheet('Instruktioner')!.getRow(2).values)).toContain('Så fyller du i mallen');
    });

    it('imports a filled XLSX and records the values as imported', async () => {
      const file = await workbook([
        ['Indikatornyckel', 'Indikator', 'Värde', 'Kommentar'],
        ['T.elever', 'elever', 470, null],
        ['T.behoriga', 'behöriga', '400', 'Preliminärt'],
        ['T.kostnad', 'kostnad', null, null],
      ]);
      const res = await upload(rektor, `${norr()}/import`, file, 'mall.xlsx').expect(200);
      expect(res.body).toMatchObject({ rows: 2, changed: 2 });
      expect(await valueOf('T.behoriga')).toMatchObject({ value: 400, comment: 'Preliminärt' });
      const [row] = await factory.asKommun(a, (m) => m.query(`SELECT source FROM indicator_value WHERE indicator_id = $1 AND period_key = '2026-Q3'`, [w.indicators.elever]));
      expect(row.source).toBe('import');
    });

    it('reads semicolon CSV with decimal comma, comma CSV with quotes, and Windows-1252', async () => {
      await upload(rektor, `${norr()}/import`, Buffer.from('\ufeffIndikatornyckel;Värde\nT.nojda;78,5\nT.kostnad;12 345,5\n'), 'v.csv').expect(200);
      expect((await valueOf('T.nojda')).value).toBe(78.5);
      expect((await valueOf('T.kostnad')).value).toBe(12345.5);
      await upload(rektor, `${norr()}/import`, Buffer.from('Indikatornyckel,Värde,Kommentar\r\nT.nojda,"79,25","Enkät, höst"\r\n'), 'v.csv').expect(200);
      expect(await valueOf('T.nojda')).toMatchObject({ value: 79.25, comment: 'Enkät, höst' });
      await upload(rektor, `${norr()}/import`, Buffer.from('Indikatornyckel;Värde\r\nT.nojda;80\r\n', 'latin1'), 'v.csv').expect(200);
      expect((await valueOf('T.nojda')).value).toBe(80);
    });

    it('validates every row, keys errors by row and column, and imports nothing when one row is wrong', async () => {
      const before = (await valueOf('T.elever')).value;
      const csv = [
        'Indikatornyckel;Värde;Referensperiod',
        'T.elever;999;',
        'T.nojda;många;',
        'T.kostnad;-5;2026-Q2',
        'T.okand;1;',
        'T.elever;5;',
        'T.andel;50;',
        'T.behoriga;140;',
        'T.lektioner;;',
        'T.nojda;140;',
      ].join('\n');
      const res = await upload(rektor, `${norr()}/import`, Buffer.from(csv), 'fel.csv').expect(422);
      expect(res.body.fields).toEqual({
        'rad 3.värde': ['Måste vara ett tal.'],
        'rad 4.referensperiod': ['Referensperioden måste ligga inom rapportens period (2026-07-01–2026-09-30).'],
        'rad 5.indikatornyckel': ['Indikatorn "T.okand" ingår inte i rapporten.'],
        'rad 6.indikatornyckel': ['Indikatorn finns redan på rad 2.'],
        'rad 7.värde': ['Värdet beräknas från täljare och nämnare och kan inte anges.'],
        'rad 10.indikatornyckel': ['Indikatorn finns redan på rad 3.'],
      });
      expect((await valueOf('T.elever')).value).toBe(before);
      const missing = await upload(rektor, `${norr()}/import`, Buffer.from('Nyckel;Värde\nT.elever;1\n'), 'v.csv').expect(422);
      expect(missing.body.fields).toEqual({ 'rad 1.indikatornyckel': ['Kolumnen "Indikatornyckel" saknas i rubrikraden.'] });
    });

    it('refuses files that are not a sheet, empty sheets and more than 5 000 rows', async () => {
      const notSheet = await upload(rektor, `${norr()}/import`, PNG, 'bild.png').expect(422);
      expect(notSheet.body.fields).toEqual({ fil: ['Filen måste vara en Excel-fil (.xlsx) eller en CSV-fil.'] });
      const docx = await upload(rektor, `${norr()}/import`, DOCX, 'plan.docx').expect(422);
      expect(docx.body.fields.fil).toEqual(['Filen är ett zip-arkiv men ingen Excel-fil (.xlsx).']);
      const empty = await upload(rektor, `${norr()}/import`, Buffer.from('Indikatornyckel;Värde\nT.elever;\n'), 'v.csv').expect(422);
      expect(empty.body.fields).toEqual({ fil: ['Filen innehåller inga värden att läsa in.'] });
      const many = ['Indikatornyckel;Värde', ...Array.from({ length: 5001 }, () => 'T.elever;1')].join('\n');
      const tooMany = await upload(rektor, `${norr()}/import`, Buffer.from(many), 'v.csv').expect(422);
      expect(tooMany.body.fields).toEqual({ fil: ['Filen har fler än 5 000 rader.'] });
    });

    it('lets only the unit import, and not into a submitted report or another kommun', async () => {
      const csv = Buffer.from('Indikatornyckel;Värde\nT.elever;1\n');
      await upload(controller, `${norr()}/import`, csv, 'v.csv').expect(403);
      await upload(rektor, `${R}/${wb.reports['uf.norr.q3']}/import`, csv, 'v.csv').expect(404);
      await rektor.get(`${R}/${wb.reports['uf.norr.q3']}/import-template.xlsx`).expect(404);
      const { body } = await rektor.get(norr()).expect(200);
      await rektor.put(norr(), { version: body.version, assessments: [fullAssessment(w.goals.bun), fullAssessment(w.goals.norr)] }).expect(200);
      await rektor.post(`${norr()}/submit`).expect(200);
      expect((await upload(rektor, `${norr()}/import`, csv, 'v.csv').expect(409)).body.message).toMatch(/inlämnad/);
      await upload(rektor, `${norr()}/attachments`, PDF, 'sen.pdf').expect(409);
    });
  });
});
