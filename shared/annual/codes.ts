import { z } from 'zod';

/**
 * The codes every 等次 is stored as (DOMAIN.md §4). They live apart from the year's rules so that rule
 * sections kept in their own files (consequences.ts) can use them without an import cycle.
 */

/** 等次 by rank, best first. Stored as codes so that renaming a level in the rules keeps the data. */
export const levelCodes = ['excellent', 'competent', 'basic', 'fail'] as const;
export const levelCode = z.enum(levelCodes);
export type LevelCode = z.infer<typeof levelCode>;
/** a confirmed or suggested outcome: a level, or 不定等次 (comment only) */
export const outcomeCode = z.enum([...levelCodes, 'undetermined']);
export type OutcomeCode = z.infer<typeof outcomeCode>;
export const undeterminedLabel = '不定等次';
export const levelIndex = (code: LevelCode): number => levelCodes.indexOf(code);

/** 公务员/参公 use 优秀/称职/基本称职/不称职; 事业/工勤 use 优秀/合格/基本合格/不合格. */
export const vocabularyKeys = ['civil', 'institution'] as const;
export const vocabularyKey = z.enum(vocabularyKeys);
export type VocabularyKey = z.infer<typeof vocabularyKey>;
