import { pointsText } from '../../../shared/annual/item-points';
import { itemSourceLabels, type ItemSource } from '../../../shared/annual/item-sources';
import { componentLabels, type AnnualRules } from '../../../shared/annual/rules';
import type { EvaluationConfig } from '../../../shared/evaluation';
import type { CompositeEventRecord, CompositeEventResults } from '../../../db/annual/composite';

/**
 * The lines of 「数据来源」 under the 综合评定 table (`view.sources`): what each component drew on,
 * for everybody at once. Pure texts, so each wording is tested without a database.
 */

const eventStatusLabels = { setup: '尚未开始', test: '测试中', live: '正在测评，按当前计票', closed: '已结束' } as const;

export const percentText = (share: number) => `${Math.round(share * 10000) / 100}%`;

/** 「述职测评称职及以上率偏低（58.33%，应不低于66.67%）」, in the event's own words for the rates. */
export function redLineTexts(config: EvaluationConfig, result: CompositeEventResults['targets'][number]): string[] {
  const out: string[] = [];
  const { approvalRate, failRate } = result.total;
  if (result.redLines.lowApproval) {
    out.push(`述职测评${config.rateLabels.approval}偏低（${approvalRate == null ? '' : `${percentText(approvalRate)}，`}应不低于${percentText(config.redLines.minApprovalRate)}）`);
  }
  if (result.redLines.highFail) {
    out.push(`述职测评${config.rateLabels.fail}偏高（${failRate == null ? '' : `${percentText(failRate)}，`}应不高于${percentText(config.redLines.maxFailRate)}）`);
  }
  return out;
}

/** 「述职测评：2026年度述职测评（已结束）」, with the quorum when it was not met. */
export const evaluationEventLine = (event: Pick<CompositeEventRecord, 'name' | 'status'>, quorumMet: boolean) =>
  `述职测评：${event.name}（${eventStatusLabels[event.status]}${quorumMet ? '' : '，实到人数未达到规定比例'}）`;

export const quartersLine = (graded: number, required: number) =>
  graded > 0 ? `平时考核：${graded}人已录入季度等次（按${required}个季度计）` : '平时考核：尚未录入季度等次';

export const leaderLine = (scored: number) => (scored > 0 ? `领导评价：${scored}人已录入评价分` : '领导评价：尚未录入');

/** 考核项目: how many items count for a person, and the full marks the 指标体系 gives (null: none). */
export function itemsLine(counts: { readonly person: number; readonly unitPassed: number }, fullMarks: number | null): string {
  if (counts.person + counts.unitPassed === 0) return '考核项目：本年度未设置计入个人的考核项目';
  const full = fullMarks === null ? '' : `，满分${pointsText(fullMarks)}分（按指标体系各项目分值合计）`;
  return `考核项目：${counts.person}个个人考核项目，${counts.unitPassed}个单位考核项目计入单位人员${full}`;
}

/** 「考核项目自动取数：任务按时完成率（工作落实），周晒参与率（周晒成绩），点击考核项目得分可查看取数明细」 */
export function autoItemsLine(items: readonly { name: string; source: ItemSource }[]): string {
  return `考核项目自动取数：${items.map((i) => `${i.name}（${itemSourceLabels[i.source]}）`).join('，')}；点击考核项目得分可查看取数明细`;
}

export const adjustmentsLine = (records: number, cap: number | null) => `加减分：${records}条记录${cap == null ? '' : `，每人合计不超过±${cap}分`}`;

/** The closing lines: each component the year leaves out, then the 处分 that reach into the year. */
export function closingLines(rules: AnnualRules, sanctioned: number): string[] {
  const lines = rules.components.filter((c) => !c.enabled).map((c) => `${componentLabels[c.key]}：本年度不计入综合评定`);
  if (sanctioned > 0) lines.push(`处分：${sanctioned}人有处分期间涉及本年度的处分记录`);
  return lines;
}
