import { Column, Entity, JoinColumn, ManyToOne, Unique, UpdateDateColumn, type Relation } from 'typeorm';
import { TenantOwned } from '../platform/database/columns/tenant-owned.js';
import { Dialogue } from './dialogue.entity.js';

/** What was said and decided about one agenda item (the item's key: reason and ids). */
@Entity('dialogue_note')
@Unique('UQ_dialogue_note_item', ['dialogueId', 'itemKey'])
export class DialogueNote extends TenantOwned {
  @Column({ type: 'uuid' })
  dialogueId!: string;

  @Column({ type: 'text' })
  itemKey!: string;

  @Column({ type: 'text' })
  text!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => Dialogue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dialogue_id' })
  private readonly dialogue?: Relation<Dialogue>;
}
