import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls, withForceLifted } from './support/tenant-rls.js';

/** The closure of a kommun's org tree, from its org_node rows (depth bounded: a cycle cannot loop forever). */
const CLOSURE_OF_TENANTS = (tenants: string) => `
  WITH RECURSIVE tree AS (
    SELECT n.tenant_id, n.id AS ancestor_id, n.id AS descendant_id, 0 AS depth
      FROM org_node n WHERE n.tenant_id IN (${tenants})
    UNION ALL
    SELECT n.tenant_id, t.ancestor_id, n.id, t.depth + 1
      FROM org_node n JOIN tree t ON n.parent_id = t.descendant_id AND n.tenant_id = t.tenant_id
     WHERE t.depth < 64)
  SELECT tenant_id, ancestor_id, descendant_id, min(depth) FROM tree GROUP BY tenant_id, ancestor_id, descendant_id`;

/**
 * org_node_closure: every (ancestor, descendant) pair of each kommun's org tree, so a roll-up over a subtree is one
 * join. Statement-level triggers rebuild the closure of the kommuner whose nodes were inserted or re-parented (a tree
 * is a few hundred nodes; the rebuild is a millisecond); deleting a node cascades. The triggers run as the caller,
 * under the same row-level security.
 */
export class OrgNodeClosure1796190753147 implements MigrationInterface {
  name = 'OrgNodeClosure1796190753147';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"org_node_closure\" (\"tenant_id\" uuid NOT NULL, \"ancestor_id\" uuid NOT NULL, \"descendant_id\" uuid NOT NULL, \"depth\" integer NOT NULL, CONSTRAINT \"PK_990673b4a8c1d2ae3b722d5bdfb\" PRIMARY KEY (\"tenant_id\", \"ancestor_id\", \"descendant_id\"))");
    await q.query("CREATE INDEX \"IDX_org_node_closure_descendant\" ON \"org_node_closure\"  (\"tenant_id\", \"descendant_id\") ");
    await q.query("ALTER TABLE \"org_node_closure\" ADD CONSTRAINT \"FK_08826a2d811190886540e4b8c56\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"org_node_closure\" ADD CONSTRAINT \"FK_09d5275363b67b83709cb2787b8\" FOREIGN KEY (\"ancestor_id\") REFERENCES \"org_node\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"org_node_closure\" ADD CONSTRAINT \"FK_08951e5ae098309ff7c1b85efbd\" FOREIGN KEY (\"descendant_id\") REFERENCES \"org_node\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await enableTenantRls(q, ['org_node_closure']);

    await q.query(`CREATE FUNCTION rk_org_closure_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM org_node_closure WHERE tenant_id IN (SELECT tenant_id FROM inserted_nodes);
        INSERT INTO org_node_closure (tenant_id, ancestor_id, descendant_id, depth)
          ${CLOSURE_OF_TENANTS('SELECT tenant_id FROM inserted_nodes')};
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION rk_org_closure_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM new_nodes n JOIN old_nodes o ON o.id = n.id WHERE o.parent_id IS DISTINCT FROM n.parent_id) THEN
          DELETE FROM org_node_closure WHERE tenant_id IN (SELECT tenant_id FROM new_nodes);
          INSERT INTO org_node_closure (tenant_id, ancestor_id, descendant_id, depth)
            ${CLOSURE_OF_TENANTS('SELECT tenant_id FROM new_nodes')};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER org_node_closure_insert AFTER INSERT ON org_node
      REFERENCING NEW TABLE AS inserted_nodes FOR EACH STATEMENT EXECUTE FUNCTION rk_org_closure_after_insert()`);
    await q.query(`CREATE TRIGGER org_node_closure_update AFTER UPDATE ON org_node
      REFERENCING OLD TABLE AS old_nodes NEW TABLE AS new_nodes FOR EACH STATEMENT EXECUTE FUNCTION rk_org_closure_after_update()`);

    await withForceLifted(q, ['org_node', 'org_node_closure'], () =>
      q.query(`INSERT INTO org_node_closure (tenant_id, ancestor_id, descendant_id, depth) ${CLOSURE_OF_TENANTS('SELECT DISTINCT tenant_id FROM org_node')}`).then(() => undefined),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER org_node_closure_update ON org_node`);
    await q.query(`DROP TRIGGER org_node_closure_insert ON org_node`);
    await q.query(`DROP FUNCTION rk_org_closure_after_update()`);
    await q.query(`DROP FUNCTION rk_org_closure_after_insert()`);
    await disableTenantRls(q, ['org_node_closure']);
    await q.query("ALTER TABLE \"org_node_closure\" DROP CONSTRAINT \"FK_08951e5ae098309ff7c1b85efbd\"");
    await q.query("ALTER TABLE \"org_node_closure\" DROP CONSTRAINT \"FK_09d5275363b67b83709cb2787b8\"");
    await q.query("ALTER TABLE \"org_node_closure\" DROP CONSTRAINT \"FK_08826a2d811190886540e4b8c56\"");
    await q.query("DROP INDEX \"public\".\"IDX_org_node_closure_descendant\"");
    await q.query("DROP TABLE \"org_node_closure\"");
  }
}
