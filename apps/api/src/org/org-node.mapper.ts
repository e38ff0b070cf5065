import type { OrgNodeDto } from '@resultatkedjan/contracts';
import type { OrgNode } from './org-node.entity.js';

export function toOrgNodeDto(node: OrgNode): OrgNodeDto {
  return {
    id: node.id,
    key: node.key,
    name: node.name,
    kind: node.kind,
    parentId: node.parentId,
    validFrom: node.validFrom,
    validTo: node.validTo,
    ownershipShare: node.ownershipShare,
    purpose: node.purpose,
    sortOrder: node.sortOrder,
  };
}
