import { upsertImportedHistory, yearParticipantOutcomes, type ImportedHistoryRow } from '../../../db/annual';
import type { HistoryOutcome, VocabularyKey } from '../../../shared/annual';
import { getPersonRow } from '../../../db/people';
import { abilityOf, demoYear } from './annual-step';
import type { DemoEnv, DemoStep } from './steps';

/**
 * 历年等次 of the demo office (DOMAIN.md §9): the two years before the demo's 考核年度, as if imported
 * from the office's Excel, so that once the year's 等次 are confirmed 「奖励与结果运用」 has names on
 * every list — the ablest (who tend to be 优秀 again) were 优秀 both years, so 优秀 this year makes
 * three running (记三等功); the weakest had a 基本称职 last year. Recruits on probation have no
 * earlier years. Drawn from the same ability as the 年度考核 step: the same on every machine.
 */

const words: Readonly<Record<VocabularyKey, Readonly<Record<'excellent' | 'competent' | 'basic', string>>>> = {
  civil: { excellent: '优秀', competent: '称职', basic: '基本称职' },
  institution: { excellent: '优秀', competent: '合格', basic: '基本合格' },
};

export const demoHistoryStep: DemoStep = {
  label: '历年等次',
  run(env: DemoEnv) {
    const { db, now } = env;
    const year = demoYear(now);
    const people = yearParticipantOutcomes(db, year)
      .filter((p) => getPersonRow(db, p.personId)?.probationEnd == null)
      .map((p) => ({ ...p, ability: abilityOf(getPersonRow(db, p.personId)!.name) }))
      .sort((a, b) => b.ability - a.ability || a.personId - b.personId);
    const top = Math.ceil(people.length * 0.25);
    const rows: ImportedHistoryRow[] = [];
    people.forEach((p, rank) => {
      const outcome = (y: number): 'excellent' | 'competent' | 'basic' =>
        rank < top ? 'excellent' : rank === people.length - 1 && y === year - 1 ? 'basic' : 'competent';
      for (const y of [year - 2, year - 1]) {
        const o: HistoryOutcome = outcome(y);
        rows.push({ personId: p.personId, year: y, outcome: o, outcomeText: words[p.vocabulary][outcome(y)], note: '' });
      }
    });
    upsertImportedHistory(db, rows, '演示数据', now.toISOString());
    return `${year - 2}—${year - 1}年度等次（${people.length} 人）`;
  },
};
