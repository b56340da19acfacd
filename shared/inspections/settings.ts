import { z } from 'zod';
import { pointsText } from '../annual';

/**
 * A 考核年度's 督查 rules (DOMAIN §8.6), kept as data per year and edited on the 督查督办 page: the
 * points a 通报表扬 / 通报批评 gives in the 年度考核's 加减分, and whether a 通报 of a unit passes on
 * to the unit's people who are the year's participants. A year without saved rules uses the defaults.
 */
export const passOnRule = z.enum(['none', 'leaders', 'all']);
export type PassOnRule = z.infer<typeof passOnRule>;
export const passOnLabels: Readonly<Record<PassOnRule, string>> = {
  none: '不计入个人（只计单位）',
  leaders: '计入该单位的班子成员',
  all: '计入该单位的全体参加考核人员',
};

export const inspectionSettings = z.object({
  praisePoints: z.number().gt(0, '通报表扬的分值应大于0').max(100, '分值应在-100～100之间'),
  criticismPoints: z.number().lt(0, '通报批评的分值应小于0').min(-100, '分值应在-100～100之间'),
  passOn: passOnRule,
});
export type InspectionSettings = z.infer<typeof inspectionSettings>;

export const defaultInspectionSettings: InspectionSettings = { praisePoints: 1, criticismPoints: -1, passOn: 'none' };

export const noticeKind = z.enum(['praise', 'criticism']);
export type NoticeKind = z.infer<typeof noticeKind>;
/** the words of the 通报 and of its 加减分 kind (the 加减分 vocabulary's 通报表扬 / 通报批评) */
export const noticeKindLabels: Readonly<Record<NoticeKind, string>> = { praise: '通报表扬', criticism: '通报批评' };

/** 「+1分」「-0.5分」: a 通报's points as the 通报 and its 加减分 read */
export const pointsWord = (points: number): string => `${points > 0 ? '+' : ''}${pointsText(points)}分`;

export const noticePoints = (settings: InspectionSettings, kind: NoticeKind): number => (kind === 'praise' ? settings.praisePoints : settings.criticismPoints);

/**
 * Who of a unit gets a unit 通报's 加减分 under the rule: the unit's people (its own and its
 * sub-units') filtered by the rule; the caller reports those who are not participants of the year.
 */
export function passOnPeople<P extends { isLeader: boolean }>(rule: PassOnRule, unitPeople: readonly P[]): P[] {
  if (rule === 'none') return [];
  return rule === 'leaders' ? unitPeople.filter((p) => p.isLeader) : [...unitPeople];
}
