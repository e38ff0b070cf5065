import ExcelJS from 'exceljs';
import type { OrgNodeDto, OrgTreeNode } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { KONCERN_NODES } from './support/scenarios.js';

const keysOf = (nodes: { key: string }[]) => nodes.map((n) => n.key);

describe('the org tree of the kommunkoncern (/org-nodes)', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let b: Kommun;
  let admin: Session;
  let controller: Session;
  let bunController: Session;
  let rektor: Session;
  let adminB: Session;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      nodes: KONCERN_NODES,
      users: [
        { email: 'admin@a.se', role: 'admin' },
        { email: 'controller@a.se', role: 'controller' },
        { email: 'bun.controller@a.se', role: 'controller', scope: 'bun' },
        { email: 'rektor@a.se', role: 'enhetschef', scope: 'uf.gr.norr' },
      ],
    });
    b = await factory.newKommun({ users: [{ email: 'admin@b.se', role: 'admin' }] });
    [admin, controller, bunController, rektor, adminB] = await Promise.all(
      ['admin@a.se', 'controller@a.se', 'bun.controller@a.se', 'rektor@a.se', 'admin@b.se'].map((e) => factory.login(e)),
    );
  });
  afterAll(async () => app?.close());

  describe('reading', () => {
    it('lists the nodes flat, paginated and filtered, for any role', async () => {
      const all = await rektor.get('/api/v1/org-nodes').expect(200);
      expect(all.body.total).toBe(KONCERN_NODES.length);
      expect(all.body.items[0]).toEqual({
        id: a.nodes.kf,
        key: 'kf',
        name: 'Kommunfullmäktige',
        kind: 'kf',
        parentId: null,
        validFrom: '1900-01-01',
        validTo: null,
        ownershipShare: null,
        purpose: null,
        sortOrder: 0,
      });
      const page2 = await rektor.get('/api/v1/org-nodes?page=2&pageSize=5').expect(200);
      expect(page2.body).toMatchObject({ page: 2, pageSize: 5, total: KONCERN_NODES.length });
      expect(keysOf(page2.body.items)).toEqual(keysOf(KONCERN_NODES.slice(5, 10)));

      const namnder = await rektor.get('/api/v1/org-nodes?kind=namnd').expect(200);
      expect(keysOf(namnder.body.items)).toEqual(['bun', 'von']);
      const children = await rektor.get(`/api/v1/org-nodes?parentId=${a.nodes['uf.gr']}`).expect(200);
      expect(keysOf(children.body.items)).toEqual(['uf.gr.norr', 'uf.gr.soder']);
    });

    it('rejects bad filters with field keys', async () => {
      const res = await rektor.get('/api/v1/org-nodes?kind=skola&activeOn=2026-02-30&parentId=x&pageSize=500&extra=1').expect(422);
      expect(Object.keys(res.body.fields).sort()).toEqual(['activeOn', 'extra', 'kind', 'pageSize', 'parentId']);
      expect(res.body.fields.activeOn).toEqual(['Måste vara ett datum i formatet ÅÅÅÅ-MM-DD.']);
    });

    it('returns the whole tree nested, children by sortOrder then name', async () => {
      const res = await rektor.get('/api/v1/org-nodes/tree').expect(200);
      const roots = res.body as OrgTreeNode[];
      expect(keysOf(roots)).toEqual(['kf']);
      expect(keysOf(roots[0].children)).toEqual(['ks', 'bun', 'von', 'stadshus']);
      const bun = roots[0].children[1];
      expect(bun.children[0].children[0].children.map((n) => n.name)).toEqual(['Norrskolan', 'Söderskolan']);
      expect(roots[0].children[3].children.map((n) => n.key)).toEqual(['hem']);
    });

    it('gets one node; another kommun\'s id and a malformed id are 404', async () => {
      const res = await rektor.get(`/api/v1/org-nodes/${a.nodes.hem}`).expect(200);
      expect(res.body).toMatchObject({ key: 'hem', kind: 'bolag', parentId: a.nodes.stadshus });
      const foreign = await adminB.get(`/api/v1/org-nodes/${a.nodes.hem}`).expect(404);
      expect(foreign.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Organisationsenheten finns inte.' });
      await rektor.get('/api/v1/org-nodes/not-a-uuid').expect(404);
      await app.http().get('/api/v1/org-nodes').expect(401);
    });
  });

  describe('creating', () => {
    it('creates a unit under a förvaltning and a bolag under a stadshus, and audits it', async () => {
      const res = await controller.post('/api/v1/org-nodes', { key: 'uf.gr.vaster', name: 'Västerskolan', kind: 'enhet', parentId: a.nodes['uf.gr'], validFrom: '2026-01-01', sortOrder: 3 }).expect(201);
      expect(res.body).toMatchObject({ key: 'uf.gr.vaster', kind: 'enhet', parentId: a.nodes['uf.gr'], validFrom: '2026-01-01', validTo: null, sortOrder: 3 });
      const events = await factory.auditEvents(a, 'org_node', res.body.id);
      expect(events).toEqual([expect.objectContaining({ action: 'create', actor_user_id: a.users['controller@a.se'], after: expect.objectContaining({ key: 'uf.gr.vaster' }) })]);

      const ev = await admin.post('/api/v1/org-nodes', { key: 'ev', name: 'Exempelstad Energi och Vatten AB', kind: 'bolag', parentId: a.nodes.stadshus, ownershipShare: 100, purpose: 'Vatten och avlopp' }).expect(201);
      expect(ev.body).toMatchObject({ kind: 'bolag', ownershipShare: 100, purpose: 'Vatten och avlopp' });
    });

    it('enforces the parent/kind rules with field keys', async () => {
      const cases: [object, string, RegExp][] = [
        [{ key: 'x1', name: 'X', kind: 'enhet', parentId: a.nodes.bun }, 'parentId', /enhet kan bara ligga under förvaltning, verksamhet eller enhet, inte under nämnd/],
        [{ key: 'x2', name: 'X', kind: 'namnd', parentId: a.nodes.ks }, 'parentId', /nämnd kan bara ligga under kommunfullmäktige/],
        [{ key: 'x3', name: 'X', kind: 'forvaltning', parentId: a.nodes.kf }, 'parentId', /förvaltning kan bara ligga under nämnd eller kommunstyrelse/],
        [{ key: 'x4', name: 'X', kind: 'bolag', parentId: a.nodes.bun }, 'parentId', /bolag kan bara ligga under kommunfullmäktige eller bolag/],
        [{ key: 'x5', name: 'X', kind: 'kf' }, 'kind', /redan ett kommunfullmäktige/],
        [{ key: 'x6', name: 'X', kind: 'kf', parentId: a.nodes.kf }, 'parentId', /roten/],
        [{ key: 'x7', name: 'X', kind: 'enhet', parentId: a.nodes.uf, ownershipShare: 50 }, 'ownershipShare', /Gäller bara bolag/],
        [{ key: 'x8', name: 'X', kind: 'bolag', parentId: a.nodes.kf, ownershipShare: 150 }, 'ownershipShare', /mellan 0 och 100/],
        [{ key: 'x9', name: 'X', kind: 'ks' }, 'parentId', /måste ligga under en överordnad enhet/],
        [{ key: 'x10', name: 'X', kind: 'skola', parentId: a.nodes.uf }, 'kind', /tillåtna/],
        [{ key: 'X 11', name: 'X', kind: 'enhet', parentId: a.nodes.uf }, 'key', /a–z/],
        [{ key: 'x12', name: 'X', kind: 'enhet', parentId: b.nodes.uf }, 'parentId', /finns inte/],
        [{ key: 'x13', name: 'X', kind: 'enhet', parentId: a.nodes.uf, sortOrder: null }, 'sortOrder', /heltal/],
      ];
      for (const [body, field, message] of cases) {
        const res = await admin.post('/api/v1/org-nodes', body);
        expect({ body, status: res.status }).toEqual({ body, status: 422 });
        expect(res.body.fields[field]?.join(' ')).toMatch(message);
      }
      expect(await factory.count(a, 'org_node', `key LIKE 'x%'`)).toBe(0);
    });

    it('answers 409 for a key already used in the kommun, but allows it in another kommun', async () => {
      const res = await admin.post('/api/v1/org-nodes', { key: 'uf.gr.norr', name: 'Dubblett', kind: 'enhet', parentId: a.nodes['uf.gr'] }).expect(409);
      expect(res.body.message).toMatch(/uf\.gr\.norr.*används redan/);
      await adminB.post('/api/v1/org-nodes', { key: 'uf.gr.norr', name: 'Norrskolan B', kind: 'enhet', parentId: b.nodes.uf }).expect(201);
    });

    it('checks the role and the scope', async () => {
      const body = { key: 'uf.gr.ny', name: 'Nyskolan', kind: 'enhet', parentId: a.nodes['uf.gr'] };
      await rektor.post('/api/v1/org-nodes', body).expect(403);
      await bunController.post('/api/v1/org-nodes', { ...body, key: 'von.x', parentId: a.nodes.vof }).expect(403);
      await bunController.post('/api/v1/org-nodes', { key: 'kfn', name: 'Kultur- och fritidsnämnden', kind: 'namnd', parentId: a.nodes.kf }).expect(403);
      await bunController.post('/api/v1/org-nodes', body).expect(201);
    });
  });

  describe('changing, closing and deleting', () => {
    let unit: OrgNodeDto;

    beforeAll(async () => {
      unit = (await admin.post('/api/v1/org-nodes', { key: 'vof.ht.norr', name: 'Hemtjänst Norr', kind: 'enhet', parentId: a.nodes['vof.ht'] }).expect(201)).body;
    });

    it('renames and moves a unit, auditing before and after', async () => {
      const res = await controller.patch(`/api/v1/org-nodes/${unit.id}`, { name: 'Hemtjänst Norra', parentId: a.nodes.vof, sortOrder: 9 }).expect(200);
      expect(res.body).toMatchObject({ name: 'Hemtjänst Norra', parentId: a.nodes.vof, sortOrder: 9 });
      expect((await rektor.get(`/api/v1/org-nodes/${unit.id}`).expect(200)).body.parentId).toBe(a.nodes.vof);
      const [, update] = await factory.auditEvents(a, 'org_node', unit.id);
      expect(update).toMatchObject({ action: 'update', before: { name: 'Hemtjänst Norr', parentId: a.nodes['vof.ht'] }, after: { name: 'Hemtjänst Norra', parentId: a.nodes.vof } });
    });

    it('rejects a move into its own subtree, to a wrong kind of parent, and bolag fields on a unit', async () => {
      const sub = await admin.post('/api/v1/org-nodes', { key: 'uf.gr.norr.f3', name: 'Norrskolan F–3', kind: 'enhet', parentId: a.nodes['uf.gr.norr'] }).expect(201);
      const cycle = await admin.patch(`/api/v1/org-nodes/${a.nodes['uf.gr.norr']}`, { parentId: sub.body.id }).expect(422);
      expect(cycle.body.fields).toEqual({ parentId: ['Enheten kan inte flyttas under sig själv eller någon av sina underenheter.'] });
      const self = await admin.patch(`/api/v1/org-nodes/${a.nodes['uf.gr.norr']}`, { parentId: a.nodes['uf.gr.norr'] }).expect(422);
      expect(self.body.fields.parentId[0]).toMatch(/sig själv/);
      const hem = await admin.patch(`/api/v1/org-nodes/${a.nodes.stadshus}`, { parentId: a.nodes.hem }).expect(422);
      expect(hem.body.fields.parentId[0]).toMatch(/underenheter/);
      const kind = await admin.patch(`/api/v1/org-nodes/${unit.id}`, { parentId: a.nodes.von }).expect(422);
      expect(kind.body.fields.parentId[0]).toMatch(/inte under nämnd/);
      const share = await admin.patch(`/api/v1/org-nodes/${unit.id}`, { ownershipShare: 10, purpose: 'x' }).expect(422);
      expect(Object.keys(share.body.fields).sort()).toEqual(['ownershipShare', 'purpose']);
      const fixed = await admin.patch(`/api/v1/org-nodes/${unit.id}`, { kind: 'bolag', key: 'y', name: null }).expect(422);
      expect(Object.keys(fixed.body.fields).sort()).toEqual(['key', 'kind', 'name']);
      expect((await rektor.get(`/api/v1/org-nodes/${a.nodes['uf.gr.norr']}`).expect(200)).body.parentId).toBe(a.nodes['uf.gr']);
    });

    it('updates a bolag\'s ownership share and purpose', async () => {
      const res = await admin.patch(`/api/v1/org-nodes/${a.nodes.hem}`, { ownershipShare: 91.5, purpose: 'Bostadsförsörjning' }).expect(200);
      expect(res.body).toMatchObject({ ownershipShare: 91.5, purpose: 'Bostadsförsörjning' });
      const cleared = await admin.patch(`/api/v1/org-nodes/${a.nodes.hem}`, { purpose: null }).expect(200);
      expect(cleared.body).toMatchObject({ ownershipShare: 91.5, purpose: null });
    });

    it('keeps the scope on moves: both the node and the new parent', async () => {
      await bunController.patch(`/api/v1/org-nodes/${a.nodes['uf.gr.soder']}`, { parentId: a.nodes.vof }).expect(403);
      await bunController.patch(`/api/v1/org-nodes/${unit.id}`, { name: 'Nej' }).expect(403);
      await rektor.patch(`/api/v1/org-nodes/${a.nodes['uf.gr.norr']}`, { name: 'Nej' }).expect(403);
      await adminB.patch(`/api/v1/org-nodes/${unit.id}`, { name: 'Nej' }).expect(404);
    });

    it('refuses to close a node with open children, closes a leaf without losing it', async () => {
      const open = await admin.post(`/api/v1/org-nodes/${a.nodes.vof}/close`, { validTo: '2026-06-30' }).expect(422);
      expect(open.body.fields.validTo[0]).toMatch(/underenhet\(er\) som finns kvar/);

      const closed = await admin.post(`/api/v1/org-nodes/${unit.id}/close`, { validTo: '2026-06-30' }).expect(200);
      expect(closed.body.validTo).toBe('2026-06-30');
      await admin.post(`/api/v1/org-nodes/${unit.id}/close`, { validTo: '2026-07-31' }).expect(422);
      await admin.post(`/api/v1/org-nodes/${a.nodes['vof.ht']}/close`, { validTo: '1800-01-01' }).expect(422);
      await admin.post(`/api/v1/org-nodes/${a.nodes['vof.ht']}/close`, { validTo: '30/6' }).expect(422);

      const onJune = await rektor.get('/api/v1/org-nodes/tree?activeOn=2026-06-30').expect(200);
      const vof = (onJune.body as OrgTreeNode[])[0].children.find((n) => n.key === 'von')!.children[0];
      expect(keysOf(vof.children)).toEqual(['vof.ht', 'vof.ht.norr']);
      const onJuly = await rektor.get('/api/v1/org-nodes/tree?activeOn=2026-07-01').expect(200);
      const vofJuly = (onJuly.body as OrgTreeNode[])[0].children.find((n) => n.key === 'von')!.children[0];
      expect(keysOf(vofJuly.children)).toEqual(['vof.ht']);
      const activeList = await rektor.get('/api/v1/org-nodes?kind=enhet&activeOn=2026-07-01').expect(200);
      expect(keysOf(activeList.body.items)).not.toContain('vof.ht.norr');
      // Closed, not gone.
      expect((await rektor.get(`/api/v1/org-nodes/${unit.id}`).expect(200)).body.validTo).toBe('2026-06-30');
      expect((await factory.auditEvents(a, 'org_node', unit.id)).map((e) => e.action)).toContain('close');
    });

    it('refuses to place a node under a closed parent', async () => {
      const res = await admin.post('/api/v1/org-nodes', { key: 'under.closed', name: 'X', kind: 'enhet', parentId: unit.id }).expect(422);
      expect(res.body.fields.parentId[0]).toMatch(/avslutad/);
    });

    it('deletes only a node nothing refers to, and otherwise suggests closing it', async () => {
      const children = await admin.delete(`/api/v1/org-nodes/${a.nodes.uf}`).expect(409);
      expect(children.body.message).toMatch(/underenheter.*Avsluta enheten i stället/);

      const goal = await factory.newGoal(a, { key: 'HT1', level: 'verksamhetsmal', owner: 'vof.ht' }, controller);
      expect(goal.status).toBe('forslag');
      const [indicatorId] = await factory.newIndicators(a, { goalId: goal.id, count: 1 });
      await factory.newValues(a, [{ indicatorId: indicatorId!, orgNodeId: a.nodes['vof.ht']!, periodKey: '2026-Q1', value: 1 }]);
      const many = await admin.delete(`/api/v1/org-nodes/${a.nodes['vof.ht']}`).expect(409);
      expect(many.body.message).toBe(
        'Enheten kan inte tas bort eftersom den har mål och inrapporterade värden. Avsluta enheten i stället (ange sista dag), så finns historiken kvar.',
      );
      const grants = await admin.delete(`/api/v1/org-nodes/${a.nodes['uf.gr.norr']}`).expect(409);
      expect(grants.body.message).toMatch(/behörigheter/);

      await rektor.delete(`/api/v1/org-nodes/${unit.id}`).expect(403);
      await adminB.delete(`/api/v1/org-nodes/${unit.id}`).expect(404);
      await admin.delete(`/api/v1/org-nodes/${unit.id}`).expect(204);
      await rektor.get(`/api/v1/org-nodes/${unit.id}`).expect(404);
      expect((await factory.auditEvents(a, 'org_node', unit.id)).at(-1)).toMatchObject({ action: 'delete', before: { key: 'vof.ht.norr' } });
      expect(await factory.asKommun(a, (m) => m.query('SELECT count(*)::int AS n FROM org_node WHERE id = $1', [unit.id]))).toEqual([{ n: 0 }]);
    });
  });

  describe('importing from XLSX or CSV', () => {
    const upload = (s: Session, data: Buffer, filename: string) =>
      s.agent.post('/api/v1/org-nodes/import').set('X-CSRF-Token', s.csrf).attach('file', data, filename);
    const csv = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');

    it('adds a nämnd, its förvaltning and units from an XLSX, parents after children in the file, in one statement', async () => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Organisation');
      sheet.addRow(['Nyckel', 'Namn', 'Typ', 'Överordnad nyckel', 'Gäller från']);
      sheet.addRow(['kfn.forv.bib', 'Stadsbiblioteket', 'enhet', 'kfn.forv', '2027-01-01']);
      sheet.addRow(['kfn.forv', 'Kultur- och fritidsförvaltningen', 'förvaltning', 'kfn', '2027-01-01']);
      sheet.addRow(['KFN', 'Kultur- och fritidsnämnden', 'Nämnd', 'kf', '2027-01-01']);
      const res = await upload(admin, Buffer.from(await book.xlsx.writeBuffer()), 'org.xlsx').expect(200);
      expect(keysOf(res.body.created)).toEqual(['kfn', 'kfn.forv', 'kfn.forv.bib']);
      const tree = (await rektor.get('/api/v1/org-nodes/tree').expect(200)).body as OrgTreeNode[];
      const kfn = tree[0]!.children.find((n) => n.key === 'kfn')!;
      expect(kfn).toMatchObject({ kind: 'namnd', validFrom: '2027-01-01' });
      expect(kfn.children[0]!.children.map((n) => n.name)).toEqual(['Stadsbiblioteket']);
      const bib = res.body.created[2] as OrgNodeDto;
      expect(await factory.asKommun(a, (m) => m.query('SELECT count(*)::int AS n FROM org_node_closure WHERE descendant_id = $1', [bib.id]))).toEqual([{ n: 4 }]);
      expect(await factory.auditEvents(a, 'org_node', bib.id)).toEqual([expect.objectContaining({ action: 'import', actor_user_id: a.users['admin@a.se'] })]);
    });

    it('reads a semicolon CSV with a bolag and its ownership share', async () => {
      const res = await upload(admin, csv(['nyckel;namn;typ;överordnad nyckel;gäller från;ägarandel;ändamål', 'parkering;Exempelstad Parkering AB;bolag;stadshus;;51,5;Parkering']), 'org.csv').expect(200);
      expect(res.body.created[0]).toMatchObject({ key: 'parkering', kind: 'bolag', ownershipShare: 51.5, purpose: 'Parkering', parentId: a.nodes.stadshus });
    });

    it('is all or nothing, with every error keyed by row and column', async () => {
      const before = await factory.count(a, 'org_node');
      const res = await upload(admin, csv([
        'Nyckel;Namn;Typ;Överordnad nyckel;Gäller från;Ägarandel',
        'ok.unit;Bra enhet;enhet;uf.gr;2027-01-01;',
        'uf.gr.norr;Dubblett;enhet;uf.gr;;',
        'Fel nyckel;X;enhet;uf.gr;;',
        'x.kind;X;skola;uf.gr;;',
        'x.parent;X;enhet;finns.inte;;',
        'x.rule;X;enhet;bun;;',
        'x.date;X;enhet;uf.gr;1 januari;',
        'x.share;X;enhet;uf.gr;;10',
        'ok.unit;Dubblett i filen;enhet;uf.gr;;',
        'c1;Cirkel 1;enhet;c2;;',
        'c2;Cirkel 2;enhet;c1;;',
      ]), 'org.csv').expect(422);
      expect(Object.keys(res.body.fields).sort()).toEqual([
        'rad 10.nyckel', 'rad 3.nyckel', 'rad 4.nyckel', 'rad 5.typ', 'rad 6.överordnad nyckel', 'rad 7.överordnad nyckel', 'rad 8.gäller från', 'rad 9.ägarandel',
      ]);
      expect(res.body.fields['rad 7.överordnad nyckel'].join(' ')).toMatch(/enhet kan bara ligga under förvaltning/);
      expect(await factory.count(a, 'org_node')).toBe(before);

      const cycle = await upload(admin, csv(['Nyckel;Namn;Typ;Överordnad nyckel', 'c1;Cirkel 1;enhet;c2', 'c2;Cirkel 2;enhet;c1']), 'org.csv').expect(422);
      expect(Object.keys(cycle.body.fields).sort()).toEqual(['rad 2.överordnad nyckel', 'rad 3.överordnad nyckel']);
      const columns = await upload(admin, csv(['Namn;Typ', 'X;enhet']), 'org.csv').expect(422);
      expect(columns.body.fields.fil.join(' ')).toMatch(/Kolumner saknas: Nyckel, Överordnad nyckel/);
      const notSheet = await upload(admin, Buffer.from([0x00, 0x01, 0x02]), 'org.xlsx').expect(422);
      expect(notSheet.body.fields.fil).toBeDefined();
      const none = await admin.agent.post('/api/v1/org-nodes/import').set('X-CSRF-Token', admin.csrf).expect(422);
      expect(none.body.fields.fil).toEqual(['Välj en fil att läsa in.']);
    });

    it('checks the role and the scope of every parent', async () => {
      const file = csv(['Nyckel;Namn;Typ;Överordnad nyckel', 'bun.import;Importerad;enhet;uf.gr']);
      await upload(rektor, file, 'org.csv').expect(403);
      await upload(bunController, csv(['Nyckel;Namn;Typ;Överordnad nyckel', 'von.import;X;enhet;vof']), 'org.csv').expect(403);
      await upload(bunController, file, 'org.csv').expect(200);
      await upload(adminB, csv(['Nyckel;Namn;Typ;Överordnad nyckel', 'b.import;X;enhet;kfn']), 'org.csv').expect(422);
    });
  });
});
