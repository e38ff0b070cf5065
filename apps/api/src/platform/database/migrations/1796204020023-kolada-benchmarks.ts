import type { MigrationInterface, QueryRunner } from 'typeorm';
import { unwatchDataChanges, watchDataChanges } from './support/data-version.js';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls.js';

const TENANT_TABLES = ['comparison_member', 'benchmark_value', 'benchmark_revision', 'kolada_sync_state'];
/** Benchmarks and the comparison set are shown in cached views. */
const WATCHED = ['comparison_member', 'benchmark_value'];
const REFERENCE_TABLES = ['kolada_municipality', 'kolada_municipality_group'];

/**
 * Kolada benchmarking: installation-wide reference tables (municipalities and groups, read-only to the app role and
 * written by the refresh job only through rk_store_kolada_reference) and per-kommun comparison sets, benchmark values,
 * revisions and sync state under row-level security.
 */
export class KoladaBenchmarks1796204020023 implements MigrationInterface {
  name = 'KoladaBenchmarks1796204020023';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"kolada_municipality\" (\"id\" text NOT NULL, \"title\" text NOT NULL, \"type\" text NOT NULL, \"kommungrupp_id\" text, \"refreshed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1ec5c52f2f63ffc5e1d75d33047\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_kolada_municipality_group\" ON \"kolada_municipality\"  (\"kommungrupp_id\") ");
    await q.query("CREATE TABLE \"kolada_municipality_group\" (\"id\" text NOT NULL, \"title\" text NOT NULL, \"member_ids\" text array NOT NULL DEFAULT '{}', \"refreshed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_75b2a148d0aaa7ae7d7640d61ef\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"comparison_member\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"municipality_id\" text NOT NULL, \"sort_order\" integer NOT NULL DEFAULT '0', CONSTRAINT \"UQ_comparison_member\" UNIQUE (\"tenant_id\", \"municipality_id\"), CONSTRAINT \"PK_02f4472dce2a230ca19518c5c8e\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"benchmark_value\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"kpi_id\" text NOT NULL, \"municipality_id\" text NOT NULL, \"year\" integer NOT NULL, \"gender\" text NOT NULL, \"value\" numeric, \"attributable\" boolean NOT NULL, \"fetched_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_benchmark_value\" UNIQUE (\"tenant_id\", \"kpi_id\", \"municipality_id\", \"year\", \"gender\"), CONSTRAINT \"PK_c10a933e4960a6b777d5eb99b35\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"benchmark_revision\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"kpi_id\" text NOT NULL, \"municipality_id\" text NOT NULL, \"year\" integer NOT NULL, \"gender\" text NOT NULL, \"old_value\" numeric, \"new_value\" numeric, CONSTRAINT \"PK_8877259242fad1cb0512e58c599\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_benchmark_revision_kpi\" ON \"benchmark_revision\"  (\"tenant_id\", \"kpi_id\") ");
    await q.query("CREATE TABLE \"kolada_sync_state\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tenant_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_synced_on\" date, \"scope\" text NOT NULL DEFAULT '', CONSTRAINT \"UQ_kolada_sync_state\" UNIQUE (\"tenant_id\"), CONSTRAINT \"PK_65b3b01c50d82f9e4b5d89ba282\" PRIMARY KEY (\"id\"))");
    await q.query("ALTER TABLE \"comparison_member\" ADD CONSTRAINT \"FK_8aa649b440b304d0f27331f86b8\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"benchmark_value\" ADD CONSTRAINT \"FK_c38bb2e933d584a6ea929b7017b\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"benchmark_revision\" ADD CONSTRAINT \"FK_2e88c34d1cd389480ea105efb54\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"kolada_sync_state\" ADD CONSTRAINT \"FK_4d76a61d52d120d81deeb85a05e\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await enableTenantRls(q, TENANT_TABLES);
    await watchDataChanges(q, WATCHED);
    for (const table of REFERENCE_TABLES) {
      await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${table} FROM resultatkedjan_app`);
      await q.query(`GRANT SELECT ON ${table} TO resultatkedjan_app`);
    }
    await q.query(`CREATE FUNCTION rk_store_kolada_reference(municipalities jsonb, groups jsonb) RETURNS void
      LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        INSERT INTO kolada_municipality (id, title, type, kommungrupp_id, refreshed_at)
          SELECT m->>'id', m->>'title', m->>'type', m->>'kommungruppId', now() FROM jsonb_array_elements(municipalities) m
          ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, type = EXCLUDED.type,
            kommungrupp_id = EXCLUDED.kommungrupp_id, refreshed_at = now();
        INSERT INTO kolada_municipality_group (id, title, member_ids, refreshed_at)
          SELECT g->>'id', g->>'title', ARRAY(SELECT jsonb_array_elements_text(g->'memberIds')), now() FROM jsonb_array_elements(groups) g
          ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, member_ids = EXCLUDED.member_ids, refreshed_at = now();
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION rk_store_kolada_reference(jsonb, jsonb) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION rk_store_kolada_reference(jsonb, jsonb) TO resultatkedjan_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION rk_store_kolada_reference(jsonb, jsonb)`);
    await unwatchDataChanges(q, WATCHED);
    await disableTenantRls(q, TENANT_TABLES);
    await q.query("ALTER TABLE \"kolada_sync_state\" DROP CONSTRAINT \"FK_4d76a61d52d120d81deeb85a05e\"");
    await q.query("ALTER TABLE \"benchmark_revision\" DROP CONSTRAINT \"FK_2e88c34d1cd389480ea105efb54\"");
    await q.query("ALTER TABLE \"benchmark_value\" DROP CONSTRAINT \"FK_c38bb2e933d584a6ea929b7017b\"");
    await q.query("ALTER TABLE \"comparison_member\" DROP CONSTRAINT \"FK_8aa649b440b304d0f27331f86b8\"");
    await q.query("DROP TABLE \"kolada_sync_state\"");
    await q.query("DROP INDEX \"public\".\"IDX_benchmark_revision_kpi\"");
    await q.query("DROP TABLE \"benchmark_revision\"");
    await q.query("DROP TABLE \"benchmark_value\"");
    await q.query("DROP TABLE \"comparison_member\"");
    await q.query("DROP TABLE \"kolada_municipality_group\"");
    await q.query("DROP INDEX \"public\".\"IDX_kolada_municipality_group\"");
    await q.query("DROP TABLE \"kolada_municipality\"");
  }
}
