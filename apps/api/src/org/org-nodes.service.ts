import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Action, type OrgNodeDto, type OrgTreeNode } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { AuditService } from '../audit/audit.service.js';
import { orNotFound } from '../common/errors/not-found.js';
import { pageWindow, type Page } from '../common/pagination/page-query.dto.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { assertNoRuleViolations, ruleViolation } from '../common/errors/field-errors.js';
import { FOREIGN_KEY_VIOLATION, pgErrorCode, UNIQUE_VIOLATION } from '../common/errors/db-errors.js';
import type { CloseOrgNodeDto } from './dto/close-org-node.dto.js';
import type { CreateOrgNodeDto } from './dto/create-org-node.dto.js';
import type { OrgNodeQueryDto } from './dto/org-node-query.dto.js';
import type { UpdateOrgNodeDto } from './dto/update-org-node.dto.js';
import type { OrgNode } from './org-node.entity.js';
import { orgNodeQueries } from './org-node.queries.js';
import { toOrgNodeDto } from './org-node.mapper.js';
import { findNodeReferences, describeReferences } from './org-node-references.js';
import { bolagOnlyFields, parentKindProblem } from './org-node-rules.js';
import { nestOrgNodes } from './org-tree.js';
import { orgTreeQueries } from './org-tree.queries.js';
import { assertMayWriteAt } from './org-write-scope.js';

const NODE = 'Organisationsenheten';

/** The kommunkoncern's responsibility tree: read, build, move and close nodes without losing history. */
@Injectable()
export class OrgNodesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext, query: OrgNodeQueryDto): Promise<Page<OrgNodeDto>> {
    const { skip, take, page, pageSize } = pageWindow(query);
    return this.db.run(auth.tenantId, async (m) => {
      const { rows, total } = await orgNodeQueries.page(m, query, { skip, take });
      return { items: rows.map(toOrgNodeDto), page, pageSize, total };
    });
  }

  /** The whole tree in one query, nested in memory. */
  tree(auth: AuthContext, date?: string): Promise<OrgTreeNode[]> {
    return this.db.run(auth.tenantId, async (m) => nestOrgNodes((await orgNodeQueries.all(m, date)).map(toOrgNodeDto)));
  }

  get(auth: AuthContext, id: string): Promise<OrgNodeDto> {
    return this.db.run(auth.tenantId, async (m) => toOrgNodeDto(orNotFound(await orgNodeQueries.find(m, id), NODE)));
  }

  create(auth: AuthContext, body: CreateOrgNodeDto): Promise<OrgNodeDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const parent = body.parentId ? await findParent(m, body.parentId) : null;
      await assertMayWriteAt(m, auth, Action.orgWrite, parent?.id ?? null);
      const fields = bolagOnlyFields(body.kind, body);
      const kindProblem = parentKindProblem(body.kind, parent?.kind ?? null);
      if (kindProblem) fields.parentId = [kindProblem];
      else if (parent?.validTo) fields.parentId = [`Den överordnade enheten är avslutad (sista dag ${parent.validTo}).`];
      if (body.kind === 'kf' && (await orgNodeQueries.countOfKind(m, 'kf')) > 0) {
        fields.kind = ['Kommunen har redan ett kommunfullmäktige; det kan bara finnas en rot.'];
      }
      assertNoRuleViolations(fields);
      await assertKeyFree(m, body.key);

      const node = orgNodeQueries.build(m, {
        tenantId: auth.tenantId,
        key: body.key,
        name: body.name,
        kind: body.kind,
        parentId: parent?.id ?? null,
        ...(body.validFrom ? { validFrom: body.validFrom } : {}),
        validTo: null,
        ownershipShare: body.ownershipShare ?? null,
        purpose: body.purpose ?? null,
        sortOrder: body.sortOrder ?? 0,
      });
      try {
        await orgNodeQueries.insert(m, node);
      } catch (error) {
        if (pgErrorCode(error) === UNIQUE_VIOLATION) throw keyTaken(body.key);
        throw error;
      }
      const saved = orNotFound(await orgNodeQueries.find(m, node.id), NODE);
      await this.audit.record(m, auth, { action: 'create', entityType: 'org_node', entityId: saved.id, after: toOrgNodeDto(saved) });
      return toOrgNodeDto(saved);
    });
  }

  update(auth: AuthContext, id: string, body: UpdateOrgNodeDto): Promise<OrgNodeDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const node = await lockNode(m, id);
      await assertMayWriteAt(m, auth, Action.orgWrite, node.id);
      const before = toOrgNodeDto(node);
      const fields = bolagOnlyFields(node.kind, body);

      if (body.parentId !== undefined && body.parentId !== node.parentId) {
        const parent = await findParent(m, body.parentId);
        await assertMayWriteAt(m, auth, Action.orgWrite, parent.id);
        const kindProblem = parentKindProblem(node.kind, parent.kind);
        if (kindProblem) fields.parentId = [kindProblem];
        else if (parent.validTo) fields.parentId = [`Den nya överordnade enheten är avslutad (sista dag ${parent.validTo}).`];
        else if (await isSelfOrDescendant(m, node.id, parent.id)) {
          fields.parentId = ['Enheten kan inte flyttas under sig själv eller någon av sina underenheter.'];
        }
        node.parentId = parent.id;
      }
      assertNoRuleViolations(fields);

      if (body.name !== undefined) node.name = body.name;
      if (body.sortOrder !== undefined) node.sortOrder = body.sortOrder;
      if (body.ownershipShare !== undefined) node.ownershipShare = body.ownershipShare;
      if (body.purpose !== undefined) node.purpose = body.purpose;
      await orgNodeQueries.update(m, node.id, {
        name: node.name,
        parentId: node.parentId,
        sortOrder: node.sortOrder,
        ownershipShare: node.ownershipShare,
        purpose: node.purpose,
      });
      const after = toOrgNodeDto(node);
      await this.audit.record(m, auth, { action: 'update', entityType: 'org_node', entityId: node.id, before, after });
      return after;
    });
  }

  /** Sets the last day; the row, its values and goals stay for history. Children must be closed (or moved) first. */
  close(auth: AuthContext, id: string, body: CloseOrgNodeDto): Promise<OrgNodeDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const node = await lockNode(m, id);
      await assertMayWriteAt(m, auth, Action.orgWrite, node.id);
      if (node.validTo) throw ruleViolation({ validTo: [`Enheten är redan avslutad (sista dag ${node.validTo}).`] });
      if (body.validTo < node.validFrom) {
        throw ruleViolation({ validTo: [`Sista dagen kan inte ligga före första dagen (${node.validFrom}).`] });
      }
      const openChildren = await orgNodeQueries.openChildrenAfter(m, node.id, body.validTo);
      if (openChildren > 0) {
        throw ruleViolation({
          validTo: [`Enheten har ${openChildren} underenhet(er) som finns kvar efter ${body.validTo}. Avsluta eller flytta dem först.`],
        });
      }
      const before = toOrgNodeDto(node);
      await orgNodeQueries.update(m, node.id, { validTo: body.validTo });
      const after = { ...before, validTo: body.validTo };
      await this.audit.record(m, auth, { action: 'close', entityType: 'org_node', entityId: node.id, before, after });
      return after;
    });
  }

  /** Only a node nothing refers to may go; otherwise 409 suggesting close. */
  remove(auth: AuthContext, id: string): Promise<void> {
    return this.db.run(auth.tenantId, async (m) => {
      const node = await lockNode(m, id);
      await assertMayWriteAt(m, auth, Action.orgWrite, node.id);
      const references = await findNodeReferences(m, node.id);
      if (references.length > 0) throw new ConflictException(inUseMessage(describeReferences(references)));
      try {
        await orgNodeQueries.delete(m, node.id);
      } catch (error) {
        // A table of another feature that refers to org_node.
        if (pgErrorCode(error) === FOREIGN_KEY_VIOLATION) throw new ConflictException(inUseMessage('data som hänvisar till den'));
        throw error;
      }
      await this.audit.record(m, auth, { action: 'delete', entityType: 'org_node', entityId: node.id, before: toOrgNodeDto(node) });
    });
  }
}

async function lockNode(m: EntityManager, id: string): Promise<OrgNode> {
  return orNotFound(await orgNodeQueries.lock(m, id), NODE);
}

async function findParent(m: EntityManager, parentId: string): Promise<OrgNode> {
  const parent = await orgNodeQueries.find(m, parentId);
  if (!parent) throw ruleViolation({ parentId: ['Den överordnade enheten finns inte.'] });
  return parent;
}

async function assertKeyFree(m: EntityManager, key: string): Promise<void> {
  if (await orgNodeQueries.keyTaken(m, key)) throw keyTaken(key);
}

function keyTaken(key: string): ConflictException {
  return new ConflictException(`Nyckeln "${key}" används redan av en annan enhet i kommunen.`);
}

/** Would `candidateParentId` lie in the subtree of `nodeId` (or be the node)? One recursive query upward. */
async function isSelfOrDescendant(m: EntityManager, nodeId: string, candidateParentId: string): Promise<boolean> {
  return orgTreeQueries.isWithin(m, candidateParentId, [nodeId]);
}

function inUseMessage(what: string): string {
  return `Enheten kan inte tas bort eftersom den har ${what}. Avsluta enheten i stället (ange sista dag), så finns historiken kvar.`;
}
