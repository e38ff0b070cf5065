import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';

/**
 * One owner per table (STYLE.md §1): SQL and TypeORM data access live only in a feature's `*.queries.ts` (or
 * `*.repository.ts`), in database infrastructure (migrations, CLI, TenantDb, the embedded server), the demo seed
 * and the launcher. Everything else calls those modules. Proven by apps/api/test/data-layer-lint.int-spec.ts.
 */
const dataLayerOwners = [
  'apps/api/src/**/*.queries.ts',
  'apps/api/src/**/*.repository.ts',
  'apps/api/src/platform/database/**',
  'apps/api/src/platform/embedded/**',
  'apps/api/src/seed/**',
  'apps/api/src/launcher.ts',
];

/** TypeORM classes whose method calls reach the database. */
const DATA_ACCESS_CLASSES = new Set([
  'EntityManager', 'Repository', 'TreeRepository', 'DataSource', 'Connection', 'QueryRunner', 'QueryBuilder',
  'SelectQueryBuilder', 'InsertQueryBuilder', 'UpdateQueryBuilder', 'DeleteQueryBuilder', 'SoftDeleteQueryBuilder',
  'RelationQueryBuilder',
]);

/** The TypeORM data-access class `type` is (or extends, or a union includes), or null. */
function typeormClassOf(type, checker, seen = new Set()) {
  if (seen.has(type)) return null;
  seen.add(type);
  if (type.isUnion?.() || type.isIntersection?.()) {
    for (const t of type.types) {
      const name = typeormClassOf(t, checker, seen);
      if (name) return name;
    }
    return null;
  }
  const symbol = type.getSymbol() ?? type.aliasSymbol;
  const fromTypeorm = symbol?.getDeclarations()?.some((d) => /[\\/]node_modules[\\/]typeorm[\\/]/.test(d.getSourceFile().fileName));
  if (symbol && fromTypeorm && DATA_ACCESS_CLASSES.has(symbol.getName())) return symbol.getName();
  const target = type.target ?? type;
  if (target.isClassOrInterface?.() !== true) return null;
  for (const base of checker.getBaseTypes(target)) {
    const name = typeormClassOf(base, checker, seen);
    if (name) return name;
  }
  return null;
}

/** Fails on raw SQL (any `.query(` call) and on any method call on a TypeORM EntityManager, Repository, QueryBuilder, DataSource or QueryRunner. */
const dataAccessInQueriesModules = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      rawSql: 'Raw SQL belongs in the owning feature\'s *.queries.ts; call that module instead.',
      typeorm: '{{name}}.{{method}}() reaches the database: move it into the owning feature\'s *.queries.ts.',
    },
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    const checker = services.program.getTypeChecker();
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
        const method = callee.property.name;
        if (method === 'query') {
          context.report({ node, messageId: 'rawSql' });
          return;
        }
        const name = typeormClassOf(checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(callee.object)), checker);
        if (name) context.report({ node, messageId: 'typeorm', data: { name, method } });
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/.nx/**', 'bench/results/**', 'e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Project sources and tests; tool configs (jest/vite) may import workspace-level presets.
    files: ['apps/*/src/**/*.{ts,tsx}', 'apps/*/test/**/*.ts', 'libs/*/src/**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // Pure domain logic: no other project and no third-party package at all.
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [], bannedExternalImports: ['*'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'bullmq', 'ioredis', '@electric-sql/*', 'react', 'react-dom'] },
            { sourceTag: 'type:app-api', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
            // The web app never reaches into the API or the database layer.
            { sourceTag: 'type:app-web', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'bullmq', 'ioredis', '@electric-sql/*', 'nestjs-pino', 'class-validator'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: dataLayerOwners,
    languageOptions: { parserOptions: { project: ['apps/api/tsconfig.spec.json'], tsconfigRootDir: import.meta.dirname } },
    plugins: { 'data-layer': { rules: { 'queries-modules-only': dataAccessInQueriesModules } } },
    rules: { 'data-layer/queries-modules-only': 'error' },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'e2e/**/*.mjs', '.ci/**/*.mjs', '**/*.config.js', 'jest.preset.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', Buffer: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' } },
  },
);
