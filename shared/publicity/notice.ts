import { z } from 'zod';
import { isoDate } from '../domain';
import { paperDayText } from '../date-text';
import { publicityEndDay, publicityRunning, type WorkCalendar } from './working-days';

/**
 * 优秀等次公示 (DOMAIN §9.1): the notice's words are data. A new 公示 starts from the year before's
 * (its texts, phone, address, 落款 and length), else from `publicityPreset`; the user edits them per
 * year. `{年度}` and `{人数}` in the texts are filled when the notice is shown, so refreshing the names
 * keeps 「拟确定以下N名同志」 right.
 */

const text = (label: string, max: number) => z.string().trim().max(max, `${label}不超过${max}字`);

export const workCalendar = z.object({
  holidays: z.array(isoDate).max(60).default([]),
  workdays: z.array(isoDate).max(30).default([]),
});

export const publicityFields = z.object({
  title: text('标题', 60).min(1, '请填写标题'),
  /** before the list of names */
  body: text('正文', 1000).min(1, '请填写正文'),
  /** after the period: how to object */
  objectionText: text('异议反映方式', 1000),
  phone: text('联系电话', 60),
  address: text('通信地址', 120),
  /** 落款 (the unit issuing the notice) */
  signer: text('落款', 60).min(1, '请填写落款单位'),
  signedOn: isoDate,
  start: isoDate,
  workingDays: z.number().int().min(1, '公示期至少1个工作日').max(30, '公示期不超过30个工作日'),
  calendar: workCalendar,
});
export type PublicityFields = z.infer<typeof publicityFields>;

export const publicityPreset = {
  title: '关于{年度}年度考核优秀等次人选的公示',
  body: '根据《公务员考核规定》《事业单位工作人员考核规定》和本单位年度考核工作安排，经个人总结、民主测评、主管领导审核、考核委员会研究，拟确定以下{人数}名同志为{年度}年度考核优秀等次人选，现予以公示。',
  objectionText: '公示期间，对公示人选有异议的，可通过来电、来信或当面反映等方式向考核委员会办公室反映。反映问题应实事求是、客观公正，提倡署真实姓名，我们将严格保密。',
  workingDays: 5,
} as const;

/** `{年度}`, `{人数}` filled in. */
export const fillNotice = (template: string, year: number, count: number): string =>
  template.replaceAll('{年度}', String(year)).replaceAll('{人数}', String(count));

/** 「公示时间：2027年1月4日至2027年1月8日（5个工作日）。」 */
export const periodSentence = (start: string, end: string, workingDays: number): string =>
  `公示时间：${paperDayText(start)}至${paperDayText(end)}（${workingDays}个工作日）。`;

export const publicityEndOf = (f: Pick<PublicityFields, 'start' | 'workingDays'> & { calendar: WorkCalendar }): string =>
  publicityEndDay(f.start, f.workingDays, f.calendar);

export const publicityStatuses = ['draft', 'published', 'ended'] as const;
export type PublicityStatus = (typeof publicityStatuses)[number];
export const publicityStatusLabels: Record<PublicityStatus, string> = { draft: '草稿', published: '公示中', ended: '已结束' };

/** What the 公示 is on `today`: a published one whose period is over has ended, recorded or not. */
export const effectiveStatus = (status: PublicityStatus, end: string, today: string): PublicityStatus =>
  status === 'published' && !publicityRunning(end, today) ? 'ended' : status;

export interface LockGateInput {
  readonly title: string;
  readonly status: PublicityStatus;
  readonly end: string;
  /** names the open objections concern (「匿名反映，涉及张三」 …), one per open objection */
  readonly openObjections: readonly string[];
}

/**
 * Why 「确认并锁定年度」 must wait for the 公示, in the words the lock refuses with and the button
 * explains (null: nothing in the way). A 公示 still in its period, or an objection without its
 * outcome, holds the year open; a draft never published does not.
 */
export function publicityLockRefusal(p: LockGateInput | null, today: string): string | null {
  if (!p) return null;
  const reasons: string[] = [];
  if (p.status === 'published' && publicityRunning(p.end, today)) reasons.push(`「${p.title}」正在公示中，公示期至${paperDayText(p.end)}，公示期满后方可锁定`);
  const open = p.openObjections.length;
  if (open > 0) {
    const shown = p.openObjections.slice(0, 3).join('；');
    reasons.push(`公示收到的异议还有${open}件未办结（${shown}${open > 3 ? '等' : ''}），请在「优秀公示」中登记处理结果和办结日期后再锁定`);
  }
  return reasons.length === 0 ? null : `不能锁定年度：${reasons.join('；')}`;
}
