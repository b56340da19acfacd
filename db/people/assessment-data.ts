import { personHasCampaignRecords, unitCampaignUses } from '../campaigns';
import { personHasAnnualData, unitAnnualScoreYears } from '../annual';
import { personHasEvaluationBallots } from '../evaluation';
import { personHasInspections, unitInspectionCount } from '../inspections';
import { personHasRecommendationVotes } from '../recommendation';
import type { Db } from '../open';
import { personHasStarReviews, unitStarReviewSchemes } from '../stars';
import { personHasWeeklyItems, unitWeeklyWeeks } from '../weekly';
import { personHasTasks, unitTaskCount } from '../tasks';

/**
 * One check per feature that stores data about a person (述职测评 results, 双十星 awards, 年度考核
 * scores…). People with such data are never hard-deleted, only marked 调离/退休, so the history
 * stays whole. Each later feature appends its check here.
 */
const personDataChecks: readonly ((db: Db, personId: number) => boolean)[] = [
  // 述职测评: a 测评对象 of an event that has ballots (test or live)
  personHasEvaluationBallots,
  // 民主推荐 / 评选表优: a candidate of an event with ballots, or in its frozen results
  personHasRecommendationVotes,
  // 双十星: a target of a star review (claims, decisions, stars, 不得参评, evidence)
  personHasStarReviews,
  // 年度考核: a participant of any year, a 处分 record, or a 考核项目 score
  personHasAnnualData,
  // 周晒成绩: posted items as a person (DOMAIN §8)
  personHasWeeklyItems,
  // 工作任务清单: the 责任人 of a task
  personHasTasks,
  // 督查督办: named in a 督查记录 or a 通报 (DOMAIN §8.6)
  personHasInspections,
  // 专项活动: entries in a campaign's register (DOMAIN §8.2)
  personHasCampaignRecords,
];

export function hasAssessmentData(db: Db, personId: number): boolean {
  return personDataChecks.some((check) => check(db, personId));
}

/**
 * Where a unit is itself assessed (a 领导班子 as a 述职测评 target, later 十星级党组织 …): such a unit
 * cannot be deleted, or its results would lose their subject. Returns Chinese descriptions.
 */
const unitDataChecks: readonly ((db: Db, unitId: number) => string | null)[] = [
  (db, unitId) => {
    const { n } = db.prepare('SELECT count(DISTINCT event_id) AS n FROM eval_targets WHERE unit_id = ?').get(unitId) as { n: number };
    return n > 0 ? `${n} 次述职测评的测评对象` : null;
  },
  (db, unitId) => {
    const n = unitStarReviewSchemes(db, unitId);
    return n > 0 ? `${n} 个双十星评星方案的评星对象` : null;
  },
  (db, unitId) => {
    const n = unitAnnualScoreYears(db, unitId);
    return n > 0 ? `${n} 个考核年度的考核项目评分对象` : null;
  },
  (db, unitId) => {
    const n = unitWeeklyWeeks(db, unitId);
    return n > 0 ? `${n} 周的周晒成绩` : null;
  },
  (db, unitId) => {
    const n = unitTaskCount(db, unitId);
    return n > 0 ? `${n} 项工作任务的牵头或配合单位` : null;
  },
  (db, unitId) => {
    const n = unitInspectionCount(db, unitId);
    return n > 0 ? `${n} 条督查记录或通报` : null;
  },
  (db, unitId) => {
    const n = unitCampaignUses(db, unitId);
    return n > 0 ? `${n} 个专项活动的牵头、配合或适用单位` : null;
  },
];

export function unitAssessmentUses(db: Db, unitId: number): string[] {
  return unitDataChecks.map((check) => check(db, unitId)).filter((use): use is string => use !== null);
}
