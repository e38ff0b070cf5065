import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The lint rule of eslint.config.mjs that keeps SQL and TypeORM calls in queries modules (STYLE.md §1), run as
 * `npm run lint` runs it: which files it covers, and that it fails on each kind of data access in a service.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RULE = 'data-layer/queries-modules-only';

interface LintOutcome {
  /** Severity of the rule per file (0 = off). */
  severity: Record<string, number>;
  /** Per snippet: the rule's messages. */
  messages: { line: number; message: string }[][];
}

/** ESLint's API in a child process (it loads eslint.config.mjs and builds the TypeScript program itself). */
function lint(files: string[], snippets: { filePath: string; code: string }[]): LintOutcome {
  const script = `
    import { ESLint } from 'eslint';
    const { files, snippets, rule } = JSON.parse(process.argv[1]);
    const eslint = new ESLint();
    const severity = {};
    for (const file of files) {
      const setting = (await eslint.calculateConfigForFile(file)).rules?.[rule];
      severity[file] = Array.isArray(setting) ? setting[0] : (setting ?? 0);
    }
    const messages = [];
    for (const { filePath, code } of snippets) {
      const [result] = await eslint.lintText(code, { filePath });
      messages.push(result.messages.filter((m) => m.ruleId === rule || m.fatal).map((m) => ({ line: m.line, message: m.message })));
    }
    console.log('LINT-OUTCOME ' + JSON.stringify({ severity, messages }));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify({ files, snippets, rule: RULE })], {
    cwd: ROOT,
    // With CI=true typescript-eslint builds its program once from the files on disk and would ignore the snippets.
    env: { ...process.env, TSESTREE_SINGLE_RUN: 'false' },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  // Other rules may print to stdout (Nx's boundary rule warns when it has no cached project graph yet).
  const line = output.split('\n').find((l) => l.startsWith('LINT-OUTCOME '));
  if (!line) throw new Error(`ESLint printed no outcome:\n${output}`);
  return JSON.parse(line.slice('LINT-OUTCOME '.length)) as LintOutcome;
}

const DATA_ACCESS = `import type { DataSource, EntityManager, Repository } from 'typeorm';
import { OrgNode } from './org-node.entity.js';
import { orgNodeQueries } from './org-node.queries.js';

export const rawSql = (m: EntityManager) => m.query('SELECT 1');
export const entityManager = (m: EntityManager) => m.findOneBy(OrgNode, { id: 'x' });
export const repository = (r: Repository<OrgNode>) => r.find();
export const queryBuilder = (m: EntityManager) => m.createQueryBuilder(OrgNode, 'n').getMany();
export const dataSource = (ds: DataSource) => ds.transaction(async () => undefined);
export const maybeManager = (m: EntityManager | undefined) => m?.save(OrgNode, {});
export const throughQueries = (m: EntityManager) => orgNodeQueries.find(m, 'x');
`;

describe('lint: data access only in queries modules', () => {
  let outcome: LintOutcome;
  const checked = [
    'apps/api/src/org/org-nodes.service.ts',
    'apps/api/src/follow-up/kommun-run.service.ts',
    'apps/api/src/auth/oidc/oidc-account.service.ts',
    'apps/api/src/reports/content/report-view.ts',
    'apps/api/src/chain/indicators/indicators.service.ts',
    'apps/api/src/values/values.service.ts',
    'apps/api/src/auth/auth.service.ts',
    'apps/api/src/auth/access-scope.ts',
  ];
  const exempt = [
    'apps/api/src/org/org-tree.queries.ts',
    'apps/api/src/values/value.queries.ts',
    'apps/api/src/somewhere/thing.repository.ts',
    'apps/api/src/platform/database/tenant/tenant-db.service.ts',
    'apps/api/src/platform/database/migrations/1700000000000-any.ts',
    'apps/api/src/platform/embedded/embedded-postgres.ts',
    'apps/api/src/seed/insert-rows.ts',
    'apps/api/src/launcher.ts',
  ];

  beforeAll(() => {
    outcome = lint([...checked, ...exempt], [
      { filePath: 'apps/api/src/org/org-nodes.service.ts', code: DATA_ACCESS },
      { filePath: 'apps/api/src/org/org-node.queries.ts', code: DATA_ACCESS },
    ]);
  }, 120_000);

  it('covers feature code and exempts queries modules, database infrastructure, the seed and the launcher', () => {
    for (const file of checked) expect([file, outcome.severity[file]]).toEqual([file, 2]);
    for (const file of exempt) expect([file, outcome.severity[file]]).toEqual([file, 0]);
  });

  it('fails on raw SQL and on EntityManager, Repository, QueryBuilder and DataSource calls outside a queries module', () => {
    const lineOf = (needle: string) => DATA_ACCESS.split('\n').findIndex((line) => line.includes(needle)) + 1;
    const found = outcome.messages[0]!.map((m) => `${m.line}: ${m.message}`);
    expect(found).toEqual([
      `${lineOf('rawSql')}: Raw SQL belongs in the owning feature's *.queries.ts; call that module instead.`,
      `${lineOf('entityManager')}: EntityManager.findOneBy() reaches the database: move it into the owning feature's *.queries.ts.`,
      `${lineOf('repository')}: Repository.find() reaches the database: move it into the owning feature's *.queries.ts.`,
      `${lineOf('queryBuilder')}: SelectQueryBuilder.getMany() reaches the database: move it into the owning feature's *.queries.ts.`,
      `${lineOf('queryBuilder')}: EntityManager.createQueryBuilder() reaches the database: move it into the owning feature's *.queries.ts.`,
      `${lineOf('dataSource')}: DataSource.transaction() reaches the database: move it into the owning feature's *.queries.ts.`,
      `${lineOf('maybeManager')}: EntityManager.save() reaches the database: move it into the owning feature's *.queries.ts.`,
    ]);
  });

  it('lets the same code through in a queries module', () => {
    expect(outcome.messages[1]).toEqual([]);
  });
});
