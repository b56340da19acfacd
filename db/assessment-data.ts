import type { Db } from './open';

/**
 * One check per feature that stores data about a person (述职测评 results, 双十星 awards, 年度考核
 * scores…). People with such data are never hard-deleted, only marked 调离/退休, so the history
 * stays whole. Each later feature appends its check here; none exists yet.
 */
const personDataChecks: readonly ((db: Db, personId: number) => boolean)[] = [];

export function hasAssessmentData(db: Db, personId: number): boolean {
  return personDataChecks.some((check) => check(db, personId));
}
