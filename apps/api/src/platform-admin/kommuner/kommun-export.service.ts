import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import JSZip from 'jszip';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { tenantQueries } from '../../tenancy/tenant.queries.js';
import { kommunDataQueries as kommunData } from './kommun-data.queries.js';
import type { OperatorContext } from '../operator-context.js';
import { OPERATOR_SETTING, platformOperatorQueries } from '../platform-operator.queries.js';

/** Version of the export's layout, in its manifest. */
const EXPORT_FORMAT = 1;

/**
 * Closing a kommun's account: the export a customer leaves with (a ZIP: manifest.json, one JSON file per table,
 * the report attachments as files) and the delete that removes every row of that kommun and nothing else. Both
 * run with the kommun set, so row-level security limits them to its rows; both are in the platform trail.
 */
@Injectable()
export class KommunExportService {
  constructor(private readonly db: TenantDb) {}

  async export(operator: OperatorContext, tenantId: string): Promise<{ filename: string; zip: Buffer }> {
    const zip = new JSZip();
    const kommunkod = await this.db.withSettings(this.settings(operator, tenantId), async (m) => {
      const tenant = await tenantQueries.find(m, tenantId);
      if (!tenant) throw new NotFoundException('Kommunen finns inte.');
      const tables = await kommunData.tables(m);
      const counts: Record<string, number> = {};
      for (const table of tables) {
        const rows = await kommunData.rows(m, table);
        counts[table] = rows.length;
        zip.file(`tables/${table}.json`, JSON.stringify(rows, null, 1));
      }
      const files = await kommunData.attachments(m);
      for (const file of files) zip.file(`attachments/${file.id}/${file.filename.replace(/[\\/]/g, '_')}`, file.data);
      zip.file(
        'manifest.json',
        JSON.stringify({ format: EXPORT_FORMAT, kommun: { id: tenant.id, namn: tenant.name, kommunkod: tenant.kommunkod }, exportedAt: new Date().toISOString(), tables: counts, attachments: files.length }, null, 2),
      );
      await this.trail(m, operator, 'kommun.export', tenantId, { kommunkod: tenant.kommunkod, tables: counts });
      return tenant.kommunkod;
    });
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
    return { filename: `resultatkedjan-${kommunkod}-${new Date().toISOString().slice(0, 10)}.zip`, zip: buffer };
  }

  /** Only a deactivated kommun can be deleted, so a delete is always the second, deliberate step. */
  async delete(operator: OperatorContext, tenantId: string): Promise<void> {
    await this.db.withSettings(this.settings(operator, tenantId), async (m) => {
      const tenant = await tenantQueries.find(m, tenantId);
      if (!tenant) throw new NotFoundException('Kommunen finns inte.');
      if (tenant.active) throw new ConflictException('Inaktivera kommunen innan den tas bort.');
      await tenantQueries.deleteInactive(m, tenantId);
      await this.trail(m, operator, 'kommun.delete', tenantId, { kommunkod: tenant.kommunkod, namn: tenant.name });
    });
  }

  private settings(operator: OperatorContext, tenantId: string): Record<string, string> {
    return { [OPERATOR_SETTING]: operator.operatorId, 'app.tenant_id': tenantId };
  }

  private async trail(m: Parameters<typeof platformOperatorQueries.recordEvent>[0], operator: OperatorContext, action: string, tenantId: string, details: Record<string, unknown>) {
    await platformOperatorQueries.recordEvent(m, { operatorId: operator.operatorId, action, targetTenantId: tenantId, details, requestId: operator.requestId ?? null });
  }
}
