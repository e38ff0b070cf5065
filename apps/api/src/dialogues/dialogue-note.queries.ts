import type { EntityManager } from 'typeorm';

/** Every query on dialogue_note. */
export const dialogueNoteQueries = {
  /** The dialogue's notes by item key. */
  async ofDialogue(m: EntityManager, dialogueId: string): Promise<Map<string, string>> {
    const rows: { item_key: string; text: string }[] = await m.query(`SELECT item_key, text FROM dialogue_note WHERE dialogue_id = $1`, [dialogueId]);
    return new Map(rows.map((r) => [r.item_key, r.text]));
  },

  /** Writes the item's note (an empty text removes it); returns the text before. */
  async save(m: EntityManager, tenantId: string, dialogueId: string, itemKey: string, text: string): Promise<string | null> {
    const [before]: { text: string }[] = await m.query(`SELECT text FROM dialogue_note WHERE dialogue_id = $1 AND item_key = $2 FOR UPDATE`, [dialogueId, itemKey]);
    if (text === '') {
      await m.query(`DELETE FROM dialogue_note WHERE dialogue_id = $1 AND item_key = $2`, [dialogueId, itemKey]);
    } else {
      await m.query(
        `INSERT INTO dialogue_note (tenant_id, dialogue_id, item_key, text) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT "UQ_dialogue_note_item" DO UPDATE SET text = EXCLUDED.text, updated_at = now()`,
        [tenantId, dialogueId, itemKey, text],
      );
    }
    return before?.text ?? null;
  },
};
