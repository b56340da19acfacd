import { itemEntryPoints, pointsText, type ItemRule, outcomeLabel, quarterGradeLabels, type AnnualRules, type OutcomeCode, type QuarterGrade, type VocabularyKey } from '../../../shared/annual';
import type { AuditChange, AuditWrite } from '../../../db/audit/audit-log';
import { quarterName } from '../../../shared/annual';

/**
 * How the audit log words what it records (issue 10 §7): the values as the office's forms write
 * them (等次 称职, 平时考核 较好, 完成（20分）), never the stored codes, and the people by name. Every
 * service words its audit rows with these, so one value reads the same in every row.
 */

/** 「张三、李四、王五」, or 「张三、李四……等12人」 past `limit`. */
export function namesText(names: readonly string[], limit = 10): string {
  return names.length <= limit ? names.join('、') : `${names.slice(0, limit).join('、')}等${names.length}人`;
}

/** Whom a row concerns: 「2026年度考核：张三、李四」 (every name: the column is searched). */
export const subjectsText = (context: string, names: readonly string[] = []): string =>
  names.length === 0 ? context : `${context}：${names.join('、')}`;

/** A value not given yet. */
export const emptyWord = '未填';

export { quarterName };

export const quarterGradeText = (grade: QuarterGrade | null): string => (grade === null ? emptyWord : quarterGradeLabels[grade]);

/** A confirmed or suggested 等次 in the person's vocabulary; null reads as `none`. */
export const outcomeText = (rules: AnnualRules, vocabulary: VocabularyKey, outcome: OutcomeCode | null, none = '未确定'): string =>
  outcome == null ? none : outcomeLabel(rules.vocabularies[vocabulary], outcome);

export const signedPoints = (p: number): string => (p > 0 ? `+${pointsText(p)}` : pointsText(p));

/**
 * A score entry as the 考核项目 form reads it: 「18.5分」, 「完成（20分）」, 「未完成（0分）」,
 * 「3次（+6分）」, 「2次（-4分）」; no entry reads 未填.
 */
export function itemEntryText(item: ItemRule, value: number | null | undefined): string {
  if (value == null) return emptyWord;
  const points = itemEntryPoints(item, value);
  switch (item.method) {
    case 'score':
      return `${pointsText(value)}分`;
    case 'done':
      return `${value === 1 ? '完成' : '未完成'}（${pointsText(points)}分）`;
    case 'bonus':
    case 'deduct':
      return `${pointsText(value)}次（${signedPoints(points)}分）`;
  }
}

/** A 支部评定 decision on one star. */
export const starDecisionText = (decision: 'award' | 'refuse' | null | undefined): string =>
  decision === 'award' ? '评定通过' : decision === 'refuse' ? '不通过' : '未评定';

/** A set of stars: 「文明星、奉献星」, or 无. */
export const starsText = (names: readonly string[]): string => (names.length === 0 ? '无' : names.join('、'));

/** 「理由：…」 parts joined, skipping empty ones. */
export const joinReasons = (parts: readonly string[]): string => parts.filter((p) => p.trim() !== '').join('；');

/**
 * The audit fields of one keyboard-grid cell write: 「2026年度平时考核 张三 第二季度：较好 → 好」.
 * Repeated keystrokes on the cell continue one row (db/audit/audit-log.ts), whose summary is reworded here.
 */
export function cellAudit(prefix: string, key: string, change: AuditChange): Pick<AuditWrite, 'summary' | 'changes' | 'cell'> {
  const summary = (c: AuditChange, unchanged: boolean) => `${prefix} ${c.field}：${c.before} → ${c.after}${unchanged ? '（改后又改回，未变化）' : ''}`;
  return { summary: summary(change, false), changes: [change], cell: { key, summary } };
}

/** 民主测评 of one star: 「同意12票，不同意3票，得分85」, or 未录入. */
export function votesText(v: { agree: number | null; disagree: number | null; score: number | null } | undefined): string {
  if (!v) return '未录入';
  const parts = [v.agree == null ? '' : `同意${v.agree}票`, v.disagree == null ? '' : `不同意${v.disagree}票`, v.score == null ? '' : `得分${pointsText(v.score)}`];
  return parts.filter(Boolean).join('，') || '未录入';
}
