import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A Kolada municipality group (kommungrupp, liknande kommuner …), installation-wide like kolada_municipality. */
@Entity('kolada_municipality_group')
export class KoladaMunicipalityGroup {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  memberIds!: string[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  refreshedAt!: Date;
}
