import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Kolada's municipalities (290 kommuner, 21 regioner and Riket `0000`), installation-wide: no kommun owns them, the
 * app role only reads them, and the refresh job writes them through rk_store_kolada_reference.
 */
@Entity('kolada_municipality')
@Index('IDX_kolada_municipality_group', ['kommungruppId'])
export class KoladaMunicipality {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  /** K kommun, L region or Riket. */
  @Column({ type: 'text' })
  type!: string;

  /** The SKR kommungrupp (G92786–G92794) the kommun belongs to. */
  @Column({ type: 'text', nullable: true })
  kommungruppId!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  refreshedAt!: Date;
}
