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
  postSince: ['任现职时间'],
  unitAndPost: ['单位及', '职务职级'],
  work: ['从事或', '分管工作'],
  summary: ['个', '人', '总', '结'],
  leaderComment: ['主管领导', '评语和考核', '等次建议'],
  committee: ['考核', '委员会', '意见'],
  own: ['本人', '意见'],
} as const satisfies Record<string, readonly string[]>;

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
