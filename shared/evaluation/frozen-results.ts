import type { EvaluationConfig } from './config';
import { suggestLevel } from './red-lines';
import type { EvaluationResults, LegacyAdjustment, TallyCell } from './results';

/**
 * How a closed event's frozen results (eval_events.results_json) are shown. A closed event is never
 * tallied again: its ballots are not read, its counts (有效, votes per level, scores, rates, rank, red
 * flags) are shown as frozen. Results frozen by the tally before version 2 had two faults, and
 * both are put right from the frozen figures alone, never by a recount:
 * - 弃权 on a ballot with levels and scores left out lines with scores but no level, so a row read
 *   0 + 13 + 19 + 7 + 0 = 39 with 有效 45. The level part's 弃权 is by definition 有效 − Σ 等次票,
 *   both of which are frozen, so it is shown as that.
 * - the 建议等次 came from the score alone. The frozen one is kept as 「按得分」 (scoreLevel), and the
 *   red lines (frozen flags) apply as the event's rules say. Events of that time have no red-line
 *   effect in their rules (their ballots promised none), which reads as 'committee': a red-flagged
 *   person gets no suggested level, the 考核委员会 decides.
 * What was put right is listed in `legacyAdjustments`, and the page and the 统计表 say so
 * (legacyResultsNote). Results of version 2 and later are returned as they are.
 */
export function frozenResultsView(config: EvaluationConfig, frozen: EvaluationResults): EvaluationResults {
  if (frozen.tallyVersion !== undefined) return frozen;
  const adjusted = new Set<LegacyAdjustment>();
  const hasLevels = config.form !== 'score' && config.levels.length > 0;

  const cell = (c: TallyCell): TallyCell => {
    if (!hasLevels) return c;
    let cast = 0;
    for (const level of config.levels) cast += c.votes[level.code] ?? 0;
    const abstain = c.valid - cast;
    if (abstain === c.abstain) return c;
    adjusted.add('abstain');
    return { ...c, abstain };
  };

  const targets = frozen.targets.map((t) => {
    // the frozen suggestion was the score's band, before any red line
    const scoreLevel = t.suggestedLevel;
    const { level, decidedBy } = suggestLevel(config, scoreLevel, t.redLines);
    if (level !== scoreLevel || decidedBy.length > 0) adjusted.add('suggestion');
    return { ...t, byCategory: t.byCategory.map(cell), total: cell(t.total), scoreLevel, suggestedLevel: level, decidedBy };
  });
  return { ...frozen, targets, legacyAdjustments: [...adjusted].sort() };
}

/** The sentence under results frozen by the earlier tally; '' when nothing had to be put right. */
export function legacyResultsNote(results: Pick<EvaluationResults, 'legacyAdjustments'>): string {
  const adjustments = results.legacyAdjustments ?? [];
  if (adjustments.length === 0) return '';
  const parts: string[] = [];
  if (adjustments.includes('abstain')) parts.push('“弃权”按有效票减去各等次票数列示（原记录未计只评分、未划等次的票）');
  if (adjustments.includes('suggestion')) parts.push('原建议等次仅按得分得出，现标为“按得分”，触及红线者按本测评规则由考核委员会研究确定');
  return `本测评在计票规则更新前已结束，结果按结束时冻结的票数列示，未重新计票；其中${parts.join('；')}。`;
}
