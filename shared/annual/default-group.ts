import type { AnnualRules, VocabularyKey } from './rules';

/**
 * Where a person goes when they join a 考核年度 without a chosen group, and which 等次 vocabulary
 * they use. Pure; the words matched are the office's own group names, so renaming 「机关科室」 to
 * 「机关干部」 keeps working.
 */

/** The vocabulary of a 人员类别 under the year's rules (公务员 -> 优秀/称职/…, 事业 -> 优秀/合格/…). */
export const vocabularyFor = (rules: Pick<AnnualRules, 'categoryVocabulary' | 'defaultVocabulary'>, category: string | null): VocabularyKey =>
  (category != null ? rules.categoryVocabulary[category.trim()] : undefined) ?? rules.defaultVocabulary;

export interface GroupChoice {
  readonly id: number;
  readonly name: string;
}

const leaderWord = '班子';
const institutionWord = '事业';
const officeWord = '机关';

/**
 * A 领导班子成员 goes to the first group whose name contains 「班子」; an 'institution' person to the
 * first containing 「事业」; others (and anyone whose word matched no group) to the first containing
 * 「机关」. If none of those exist: the first group, except that a non-leader skips a 「班子」 group
 * when there is another, so ordinary staff never land among the leaders by accident.
 */
export function defaultGroupFor<G extends GroupChoice>(groups: readonly G[], person: { readonly isLeader: boolean }, vocabulary: VocabularyKey): G | undefined {
  const containing = (word: string) => groups.find((g) => g.name.includes(word));
  const preferred = [person.isLeader ? leaderWord : null, vocabulary === 'institution' ? institutionWord : null, officeWord];
  for (const word of preferred) {
    const match = word == null ? undefined : containing(word);
    if (match) return match;
  }
  if (!person.isLeader) return groups.find((g) => !g.name.includes(leaderWord)) ?? groups[0];
  return groups[0];
}
