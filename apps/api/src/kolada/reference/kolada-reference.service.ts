import { Injectable } from '@nestjs/common';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import { KoladaClient } from '../client/kolada-client.js';
import { koladaReferenceQueries, type ReferenceGroup } from './kolada-reference.queries.js';

/** SKR's nine kommungrupper (2023 classification); every kommun belongs to exactly one. */
export const SKR_KOMMUNGRUPPER = ['G92786', 'G92787', 'G92788', 'G92789', 'G92790', 'G92791', 'G92792', 'G92793', 'G92794'];

/**
 * Groups offered for comparison besides the kommungrupper: the storstadsregioner and "liknande kommuner" groups
 * (Kolada has about 3600 groups; a kommun can pick any of these, or single kommuner).
 */
export const OFFERED_GROUPS = [
  ...SKR_KOMMUNGRUPPER, 'G128681', 'G128683', 'G128684', 'G35973', 'G36557', 'G37425', 'G37433', 'G176013', 'G176199', 'G176303', 'G176593',
];

/** Refreshes the installation-wide municipalities and groups from Kolada (the nightly job, or at first start). */
@Injectable()
export class KoladaReferenceService {
  constructor(
    private readonly db: TenantDb,
    private readonly client: KoladaClient,
  ) {}

  async refresh(): Promise<{ municipalities: number; groups: number }> {
    const [municipalities, groups] = await Promise.all([this.client.municipalities(), this.client.municipalityGroups(OFFERED_GROUPS)]);
    if (municipalities.length === 0) return { municipalities: 0, groups: 0 };
    const kommungrupp = new Map<string, string>();
    for (const group of groups.filter((g) => SKR_KOMMUNGRUPPER.includes(g.id))) {
      for (const member of group.members ?? []) kommungrupp.set(member.member_id, group.id);
    }
    const rows = municipalities.map((m) => ({ id: m.id, title: m.title, type: m.type, kommungruppId: kommungrupp.get(m.id) ?? null }));
    const groupRows: ReferenceGroup[] = groups.map((g) => ({ id: g.id, title: g.title, memberIds: (g.members ?? []).map((x) => x.member_id) }));
    // Installation-wide rows: no kommun is set; the owner's function does the writing.
    await this.db.withSettings({}, (m) => koladaReferenceQueries.store(m, rows, groupRows));
    return { municipalities: rows.length, groups: groupRows.length };
  }

  async isEmpty(): Promise<boolean> {
    return this.db.withSettings({}, async (m) => (await koladaReferenceQueries.municipalities(m)).length === 0);
  }
}
