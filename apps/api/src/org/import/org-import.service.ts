import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Action, type OrgNodeDto } from '@resultatkedjan/contracts';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { addFieldError, throwIfFieldErrors, type FieldErrors } from '../../common/errors/field-errors.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import type { UploadedFileData } from '../../reports/attachments/upload.interceptor.js';
import { readSheet, SheetError } from '../../reports/import/read-sheet.js';
import { toOrgNodeDto } from '../org-node.mapper.js';
import { orgNodeQueries } from '../org-node.queries.js';
import { assertMayWriteAt } from '../org-write-scope.js';
import { checkOrgImportRows, ORG_IMPORT_FILE_FIELD } from './org-import-rows.js';

export const MAX_ORG_IMPORT_ROWS = 2000;
const NOTHING_IMPORTED = 'Ingenting lästes in. Rätta raderna nedan och försök igen.';

/**
 * Builds (part of) the org tree from an XLSX or CSV file with the columns Nyckel, Namn, Typ, Överordnad nyckel and
 * Gäller från (Ägarandel, Ändamål for bolag): every row or none, errors by row. It only adds nodes; renaming, moving
 * and closing stay in the tree editor, so a file can never silently change history.
 */
@Injectable()
export class OrgImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  async import(auth: AuthContext, file: UploadedFileData | undefined): Promise<{ created: OrgNodeDto[] }> {
    const errors: FieldErrors = {};
    if (!file) {
      addFieldError(errors, ORG_IMPORT_FILE_FIELD, 'Välj en fil att läsa in.');
      throwIfFieldErrors(errors, 'Ingenting lästes in.');
    }
    const sheet = await readSheet(file!.buffer, MAX_ORG_IMPORT_ROWS).catch((error: unknown) => {
      if (!(error instanceof SheetError)) throw error;
      addFieldError(errors, ORG_IMPORT_FILE_FIELD, error.message);
      return null;
    });
    if (sheet && sheet.rows.length > MAX_ORG_IMPORT_ROWS) addFieldError(errors, ORG_IMPORT_FILE_FIELD, 'Filen har fler än 2 000 rader.');
    throwIfFieldErrors(errors, 'Ingenting lästes in.');

    return this.db.run(auth.tenantId, async (m) => {
      const existing = await orgNodeQueries.all(m);
      const rows = checkOrgImportRows(sheet!, existing, errors);
      throwIfFieldErrors(errors, NOTHING_IMPORTED);

      const idByKey = new Map(existing.map((node) => [node.key, node.id]));
      for (const parentKey of new Set(rows.map((row) => row.parentKey))) {
        const parentId = parentKey === null ? null : idByKey.get(parentKey);
        if (parentKey === null || parentId !== undefined) await assertMayWriteAt(m, auth, Action.orgWrite, parentId ?? null);
      }
      for (const row of rows) idByKey.set(row.key, randomUUID());
      const nodes = rows.map((row) =>
        orgNodeQueries.build(m, {
          id: idByKey.get(row.key)!,
          tenantId: auth.tenantId,
          key: row.key,
          name: row.name,
          kind: row.kind,
          parentId: row.parentKey === null ? null : idByKey.get(row.parentKey)!,
          ...(row.validFrom ? { validFrom: row.validFrom } : {}),
          validTo: null,
          ownershipShare: row.ownershipShare,
          purpose: row.purpose,
          sortOrder: 0,
        }),
      );
      // One statement: the closure trigger rebuilds once, and the foreign key to a parent in the same file holds at its end.
      await orgNodeQueries.insert(m, nodes);
      const createdIds = new Set(nodes.map((node) => node.id));
      const created = (await orgNodeQueries.all(m)).filter((node) => createdIds.has(node.id)).map(toOrgNodeDto);
      await this.audit.record(m, auth, created.map((node) => ({ action: 'import', entityType: 'org_node', entityId: node.id, after: node })));
      return { created };
    });
  }
}
