import type { RegisterForm } from './views';

/**
 * The words printed on the 年度考核登记表, shared by the .xlsx (electron/services/reports/register-workbook.ts)
 * and the print view (renderer/pages/reports/register/RegisterSheet.tsx), so both forms read the same.
 * A label's lines are how it is broken in the narrow label column, as on the paper form.
 */
export const registerLabels = {
  name: ['姓名'],
  gender: ['性别'],
  birth: ['出生年月'],
  political: ['政治面貌'],
  postSince: ['任现职', '时间'],
  ethnicity: ['民族'],
  workStart: ['参加工作', '时间'],
  partySince: ['入党时间'],
  unitAndPost: ['单位及', '职务职级'],
  work: ['从事或', '分管工作'],
  summary: ['个', '人', '总', '结'],
  leaderComment: ['主管领导', '评语和考核', '等次建议'],
  committee: ['考核', '委员会', '意见'],
  own: ['本人', '意见'],
  remark: ['备注'],
} as const satisfies Record<string, readonly string[]>;

/**
 * The 学历 box's label: the 公务员 form (2020) says 学历, the 事业单位工作人员 form keeps the older 文化程度.
 */
export const registerEducationLabel = (form: Pick<RegisterForm, 'vocabulary'>): readonly string[] => (form.vocabulary === 'institution' ? ['文化程度'] : ['学历']);

/** The lines at the foot of the boxes, filled in by hand. */
export const registerSignLines = {
  signature: '签名：　　　　　年　　月　　日',
  seal: '（盖章）　　　　年　　月　　日',
} as const;

/** The title: 「（未确定）」 while the year is not locked, since the 等次 may still change. */
export const registerTitleText = (form: Pick<RegisterForm, 'title'>, final: boolean): string => (final ? form.title : `${form.title}（未确定）`);

/** What the 考核委员会意见 box says: the confirmed 等次, nothing before the committee has decided. */
export const committeeOpinionText = (form: Pick<RegisterForm, 'outcome' | 'recent'>): string =>
  [form.outcome ? `确定为：${form.outcome}` : '', form.recent ? `近三年考核等次：${form.recent}` : ''].filter((t) => t !== '').join('；');

/** 备注 of a 不定等次 person when the office wrote none: the reason the 等次 was not determined. */
export const undeterminedRemark = (reason: string): string => `未确定等次原因：${reason}`;

/** About as many characters as one line of the 备注 box holds at 12 pt (the five value columns, ~15 cm). */
const remarkLineChars = 34;

/**
 * Lines the 备注 takes beyond its first. A long one (a 不定等次 reason may run to 500 characters) grows its
 * row; the 个人总结 box gives up the same height, so the form stays on one A4 page. At most 8.
 */
export const remarkExtraLines = (remark: string): number => Math.min(8, Math.max(0, Math.ceil([...remark].length / remarkLineChars) - 1));
