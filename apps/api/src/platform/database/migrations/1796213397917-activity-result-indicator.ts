import type { MigrationInterface, QueryRunner } from 'typeorm';

/** an aktivitet names the resultat indicator it is meant to move. */
export class ActivityResultIndicator1796213397917 implements MigrationInterface {
  name = 'ActivityResultIndicator1796213397917';

  async up(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"chain_element\" ADD \"result_indicator_id\" uuid");
    await q.query("ALTER TABLE \"chain_element\" ADD CONSTRAINT \"FK_41aa15c522b19a54c2412b24952\" FOREIGN KEY (\"result_indicator_id\") REFERENCES \"indicator\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"chain_element\" DROP CONSTRAINT \"FK_41aa15c522b19a54c2412b24952\"");
    await q.query("ALTER TABLE \"chain_element\" DROP COLUMN \"result_indicator_id\"");
  }
}
