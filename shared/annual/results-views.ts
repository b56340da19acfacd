import { z } from 'zod';
import { outcomeCode, vocabularyKey } from './codes';

/** What the 考核结果运用 channels of issue 13 §2 return (shared/contract/annual-results.ts). */

/** One 考核结果通知书, filled from the year's template (notice.ts). */
export const resultNotice = z.object({
  personId: z.number().int(),
  name: z.string(),
  unitName: z.string(),
  vocabulary: vocabularyKey,
  outcomeCode,
  /** the 等次 in the person's vocabulary, or 不定等次 */
  outcome: z.string(),
  /** what follows, as {结果运用} fills it */
  consequence: z.string(),
  title: z.string(),
  salutation: z.string(),
  paragraphs: z.array(z.string()),
});
export type ResultNotice = z.infer<typeof resultNotice>;

export const resultNotices = z.object({
  year: z.number().int(),
  /** the year is locked: the notices are final; otherwise they print as 样稿 */
  final: z.boolean(),
  /** 落款 and date as printed */
  office: z.string(),
  date: z.string(),
  /** the unit or group the batch is for, its one person, or 「N人」 (for the PDF's name) */
  label: z.string(),
  notices: z.array(resultNotice),
  /** participants in the scope without a confirmed 等次 (an open year): they get no notice */
  pending: z.object({ count: z.number().int(), names: z.array(z.string()) }),
});
export type ResultNotices = z.infer<typeof resultNotices>;
