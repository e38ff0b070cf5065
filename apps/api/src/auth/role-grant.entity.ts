import { Column, Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import type { Role } from '@resultatkedjan/contracts';
import { AppUser } from './app-user.entity.js';
import { OrgNode } from '../org/org-node.entity.js';

/** A role granted to a user in one kommun, scoped to an org subtree (null = the whole kommun). */
@Entity('role_grant')
export class RoleGrant extends TenantOwned {
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'uuid', nullable: true })
  orgNodeId!: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  private readonly user?: Relation<AppUser>;

  @ManyToOne(() => OrgNode, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_node_id' })
  private readonly orgNode?: Relation<OrgNode>;
}
