import type { Db } from '../open';

/** The kinds of vocabulary the people forms use; the values live in the `vocabulary` table. */
export type VocabularyKind = 'political' | 'category' | 'education';
/** Every kind `listVocabulary` reads: the people forms' and 年度考核's 加减分类别. */
export type ListedVocabularyKind = VocabularyKind | 'annual-adjustment';

export function listVocabulary(db: Db, kind: ListedVocabularyKind): string[] {
  return (db.prepare('SELECT value FROM vocabulary WHERE kind = ? ORDER BY sort_order, value').all(kind) as { value: string }[]).map((r) => r.value);
}
