import type { HistoryOutcome } from '../../../../shared/annual';
import type { VocabularyKey } from '../../../../shared/annual/codes';

/**
 * The 等次 a history year may hold, worded in a vocabulary (DOMAIN.md §9). The words of a person's own
 * year come from the service (the year's rules); these are for the hand-edit form's choices only.
 */
const words: Readonly<Record<VocabularyKey, Readonly<Record<HistoryOutcome, string>>>> = {
  civil: { excellent: '优秀', competent: '称职', basic: '基本称职', fail: '不称职', undetermined: '不定等次', absent: '未参加' },
  institution: { excellent: '优秀', competent: '合格', basic: '基本合格', fail: '不合格', undetermined: '不定等次', absent: '未参加' },
};

export const historyOutcomes: readonly HistoryOutcome[] = ['excellent', 'competent', 'basic', 'fail', 'undetermined', 'absent'];

export const historyOutcomeOptions = (vocabulary: VocabularyKey) => historyOutcomes.map((o) => ({ value: o, label: words[vocabulary][o] }));

/** Lower 等次 stand out in the table. */
export const outcomeTone = (outcome: HistoryOutcome): string =>
  outcome === 'excellent' ? 'history-excellent' : outcome === 'basic' || outcome === 'fail' ? 'history-low' : outcome === 'absent' || outcome === 'undetermined' ? 'history-none' : '';
