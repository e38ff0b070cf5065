import ExcelJS from 'exceljs';
import type { IndicatorValueDto } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { KONCERN_NODES } from './support/scenarios.js';

/**
 * Economic outcome from a file (issue 14, R-24): one indicator's values from CSV or XLSX, all rows or none, errors
 * keyed by the file's row and column, through the same rules as PUT /values (ekonom: resurs only; scope; audit).
 */
describe('value import from XLSX and CSV', () => {
  let app: TestApp;
  let factory: TestFactory;
  let k: Kommun;
  let other: Kommun;
  let ekonom: Session;
  let omar: Session;
  let outsider: Session;
  let cost: string;
  let quality: string;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    k = await factory.newKommun({
      nodes: KONCERN_NODES,
      users: [
        { email: 'mikael@v.se', role: 'ekonom' },
        { email: 'omar@v.se', role: 'enhetschef', scope: 'uf.gr.norr' },
      ],
    });
    other = await factory.newKommun({ nodes: KONCERN_NODES, users: [{ email: 'ek@vo.se', role: 'ekonom' }] });
    [ekonom, omar, outsider] = await Promise.all(['mikael@v.se', 'omar@v.se', 'ek@vo.se'].map((e) => factory.login(e)));
    const goal = await factory.newGoal(k, { key: 'BUN1', owner: 'bun' });
    const resurs = await factory.newChainElement(k, { goalId: goal.id, link: 'resurs', name: 'Nettokostnad' });
    const resultat = await factory.newChainElement(k, { goalId: goal.id, link: 'resultat', name: 'Behörighet' });
    cost = await factory.newIndicator(k, { chainElementId: resurs, key: 'BUN1.R1', name: 'Nettokostnad', unit: 'tkr', purpose: 'Kostnad' });
    quality = await factory.newIndicator(k, { chainElementId: resultat, key: 'BUN1.E1', name: 'Behöriga', unit: '%', purpose: 'Resultat', orgAggregation: 'NONE' });
  });
  afterAll(async () => app?.close());

  const upload = (s: Session, data: Buffer, filename: string, indicatorId = cost) =>
    s.agent.post('/api/v1/values/import').set('X-CSRF-Token', s.csrf).field('indicatorId', indicatorId).attach('file', data, filename);
  const csv = (text: string) => Buffer.from(text, 'utf8');
  const values = async (): Promise<IndicatorValueDto[]> => (await ekonom.get(`/api/v1/values?indicatorId=${cost}&pageSize=200`).expect(200)).body.items;

  it('reads a Swedish CSV (semicolons, decimal comma, spaces) with comment and reference period, audited', async () => {
    const res = await upload(ekonom, csv('Enhet;Period;Värde;Kommentar;Referensperiod\nNorrskolan;2026-Q1;"1 234,5";Vikarier under influensan;\nuf.gr.soder;2026-Q1;980;;2025-Q4\n;;;;\n'), 'q1.csv').expect(200);
    expect(res.body).toEqual({ rows: 2, written: 2, created: 2, updated: 0, unchanged: 0 });
    const stored = (await values()).map((v) => [v.orgNodeId, v.periodKey, v.value, v.comment, v.referencePeriodKey, v.source]);
    expect(stored).toEqual(expect.arrayContaining([
      [k.nodes['uf.gr.norr'], '2026-Q1', 1234.5, 'Vikarier under influensan', null, 'import'],
      [k.nodes['uf.gr.soder'], '2026-Q1', 980, null, '2025-Q4', 'import'],
    ]));
    expect(await factory.count(k, 'audit_event', `entity_type = 'indicator_value'`)).toBeGreaterThanOrEqual(2);
  });

  it('reads XLSX and updates what changed', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Värden');
    sheet.addRows([['Enhet', 'Period', 'Värde'], ['Norrskolan', '2026-Q1', 1300], ['Söderskolan', '2026-Q1', 980], ['Norrskolan', '2026-Q2', 1250.25]]);
    const data = Buffer.from(await book.xlsx.writeBuffer());
    // Söderskolan's value is the same, but its reference period is gone now: an update too.
    expect((await upload(ekonom, data, 'q.xlsx').expect(200)).body).toMatchObject({ rows: 3, created: 1, updated: 2, unchanged: 0 });
    expect((await upload(ekonom, data, 'q.xlsx').expect(200)).body).toMatchObject({ rows: 3, written: 0, unchanged: 3 });
  });

  it('writes nothing when any row is wrong, naming each row and column', async () => {
    const before = await factory.count(k, 'indicator_value');
    const res = await upload(ekonom, csv('Enhet;Period;Värde\nNorrskolan;2026-Q3;12\nOkänd skola;2026-Q3;5\nSöderskolan;2026-Q3;tolv\nSöderskolan;;7\n'), 'bad.csv').expect(422);
    expect(res.body.fields).toEqual({
      'rad 3.enhet': ['Enheten "Okänd skola" finns inte; ange dess namn eller nyckel.'],
      'rad 4.värde': ['"tolv" är inte ett tal; skriv till exempel 1 234,5.'],
      'rad 5.period': ['Ange perioden, till exempel 2026-Q1.'],
    });
    // The batch's own rules come back on the file's rows too.
    const period = await upload(ekonom, csv('Enhet;Period;Värde\nNorrskolan;2026-Q3;12\nNorrskolan;2026-13;5\n'), 'p.csv').expect(422);
    expect(Object.keys(period.body.fields)).toEqual(['rad 3.period']);
    const header = await upload(ekonom, csv('Skola;Period;Belopp\nNorrskolan;2026-Q3;1\n'), 'h.csv').expect(422);
    expect(Object.keys(header.body.fields)).toEqual(['fil']);
    const noFile = await ekonom.agent.post('/api/v1/values/import').set('X-CSRF-Token', ekonom.csrf).field('indicatorId', cost).expect(422);
    expect(Object.keys(noFile.body.fields)).toEqual(['fil']);
    const noIndicator = await ekonom.agent.post('/api/v1/values/import').set('X-CSRF-Token', ekonom.csrf).field('indicatorId', 'x').attach('file', csv('Enhet;Period;Värde\n'), 'x.csv').expect(422);
    expect(Object.keys(noIndicator.body.fields)).toEqual(['indicatorId']);
    expect(await factory.count(k, 'indicator_value')).toBe(before);
  });

  it('keeps the ekonom to economic indicators, units to their scope, and kommuner apart', async () => {
    const resultat = await upload(ekonom, csv('Enhet;Period;Värde\nNorrskolan;2026-Q1;88\n'), 'r.csv', quality).expect(403);
    expect(Object.keys(resultat.body.fields)).toEqual(['indicatorId']);
    await upload(omar, csv('Enhet;Period;Värde\nSöderskolan;2026-Q1;1\n'), 's.csv').expect(403);
    await upload(omar, csv('Enhet;Period;Värde\nNorrskolan;2026-Q4;1\n'), 'n.csv').expect(200);
    const foreign = await upload(outsider, csv('Enhet;Period;Värde\nNorrskolan;2026-Q1;1\n'), 'o.csv').expect(422);
    expect(Object.keys(foreign.body.fields)).toEqual(['indicatorId']);
    expect(await factory.count(other, 'indicator_value')).toBe(0);
  });
});
