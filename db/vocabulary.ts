import type { Db } from './open';

/** The kinds of vocabulary the people forms use; the values live in the `vocabulary` table. */
export type VocabularyKind = 'political' | 'category';

export function listVocabulary(db: Db, kind: VocabularyKind): string[] {
  return (db.prepare('SELECT value FROM vocabulary WHERE kind = ? ORDER BY sort_order, value').all(kind) as { value: string }[]).map((r) => r.value);
}
