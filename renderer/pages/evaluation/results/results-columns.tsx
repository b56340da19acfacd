import type { TableColumnsType } from 'antd';
import type { EvaluationConfig } from '../../../../shared/evaluation/config';
import type { TallyCell, TargetResult } from '../../../../shared/evaluation/results';
import { redLineNotes, suggestionText } from '../../../../shared/evaluation/red-lines';
import { formatRate, formatScore } from '../evaluation-labels';

/** The cell of a result row for the chosen view: one 评委类别, or 合计 (null). */
export const cellOf = (t: TargetResult, category: string | null): TallyCell | undefined =>
  category === null ? t.total : t.byCategory.find((c) => c.category === category);

/** Columns of the per-测评对象 table for the chosen view (votes, rates, scores; overall and rank on 合计). */
export function resultColumns(
  config: EvaluationConfig,
  category: string | null,
  target: { readonly nameHead: string; readonly postHead: string; readonly postOf: (t: TargetResult) => string; readonly grouped: boolean },
): TableColumnsType<TargetResult> {
  const showLevels = config.form !== 'score';
  const showScores = config.form !== 'level';
  const cell = (t: TargetResult) => cellOf(t, category);
  const total = category === null;
  const columns: TableColumnsType<TargetResult> = [
    ...(target.grouped ? [{ title: '分组', dataIndex: 'group', render: (g: string) => g || '—' }] : []),
    { title: target.nameHead, dataIndex: 'name' },
    { title: target.postHead, key: 'post', width: 84, ellipsis: true, render: (_v, t) => target.postOf(t) },
    { title: '有效票', key: 'valid', align: 'right', render: (_v, t) => cell(t)?.valid ?? 0 },
  ];
  if (showLevels) {
    columns.push({
      title: '票数',
      key: 'votes',
      children: [
        ...config.levels.map((l) => ({ title: l.name, key: `v-${l.code}`, align: 'right' as const, render: (_v: unknown, t: TargetResult) => cell(t)?.votes[l.code] ?? 0 })),
        { title: '弃权', key: 'abstain', align: 'right' as const, render: (_v: unknown, t: TargetResult) => cell(t)?.abstain ?? 0 },
      ],
    });
    columns.push({
      title: '比率',
      key: 'rates',
      children: [
        { title: config.rateLabels.excellent, key: 'r-ex', align: 'right' as const, render: (_v: unknown, t: TargetResult) => formatRate(cell(t)?.excellentRate) },
        {
          title: config.rateLabels.approval,
          key: 'r-ap',
          align: 'right' as const,
          render: (_v: unknown, t: TargetResult) => <span className={total && t.redLines.lowApproval ? 'red-line' : undefined}>{formatRate(cell(t)?.approvalRate)}</span>,
        },
        {
          title: config.rateLabels.fail,
          key: 'r-fail',
          align: 'right' as const,
          render: (_v: unknown, t: TargetResult) => <span className={total && t.redLines.highFail ? 'red-line' : undefined}>{formatRate(cell(t)?.failRate)}</span>,
        },
      ],
    });
  }
  const scoreChildren: TableColumnsType<TargetResult> = [];
  if (config.form === 'both') scoreChildren.push({ title: '等次得分', key: 's-level', align: 'right', render: (_v, t) => formatScore(cell(t)?.levelScore) });
  if (showScores) {
    for (const ind of config.indicators) {
      scoreChildren.push({ title: ind.name, key: `s-${ind.code}`, align: 'right', render: (_v, t) => formatScore(cell(t)?.indicatorMeans[ind.code]) });
    }
    if (config.form === 'both') scoreChildren.push({ title: '评分得分', key: 's-ind', align: 'right', render: (_v, t) => formatScore(cell(t)?.indicatorScore) });
  }
  scoreChildren.push({ title: total ? '全体得分' : '得分', key: 's-cell', align: 'right', render: (_v, t) => formatScore(cell(t)?.score) });
  if (scoreChildren.length === 1) columns.push(scoreChildren[0]!);
  else columns.push({ title: '分数', key: 'scores', children: scoreChildren });
  if (total) {
    columns.push({ title: '综合得分', key: 'overall', align: 'right', render: (_v, t) => <b>{formatScore(t.overall)}</b> });
    if (config.normalize.enabled) columns.push({ title: '折算分', key: 'normalized', width: 80, align: 'right', render: (_v, t) => formatScore(t.normalized) });
    columns.push({ title: '组内排名', key: 'rank', align: 'center', render: (_v, t) => t.rank ?? '—' });
    columns.push({
      title: '建议等次',
      key: 'suggested',
      align: 'center',
      render: (_v, t) => <span className={t.decidedBy.length > 0 ? 'red-line' : undefined}>{suggestionText(t) ?? '—'}</span>,
    });
    // the red lines crossed, in the ballot's words, with the rule that decided the suggestion (as in the 统计表)
    columns.push({
      title: '红线提示',
      key: 'red-lines',
      width: 240,
      render: (_v, t) =>
        redLineNotes(config, t).map((note) => (
          <div key={note} className="red-line red-line-flag">
            {note}
          </div>
        )),
    });
  }
  return columns;
}
