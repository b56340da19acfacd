import type { Migration } from './types';

/**
 * 双十星: which 公示 each star's 支部评定 result was published in.
 *
 * A period has one 公示 at a time (star_publicity); a star decided after it was posted is not in it,
 * and 授星 must not award it until a 重新公示 includes it. The review-level step dates cannot tell
 * this apart when one person has a star decided before the 公示 and another after, so each star
 * keeps the start date of the 公示 that published its current decision (NULL: not yet published;
 * a new decision clears it). 授星 takes only stars published in the period's current 公示.
 *
 * Existing rows: a decided star counts as published in its review's 公示 when the review's decision
 * was dated on or before that 公示 began (what 授星 checked until now). Rows of a locked (归档) year
 * are left alone: the year-lock triggers of migration 004 refuse any write to them, and nothing in a
 * locked year is awarded any more.
 */
export const migration006: Migration = {
  version: 6,
  name: 'star-publication',
  sql: `
    ALTER TABLE star_states ADD COLUMN published_on TEXT
      CHECK (published_on IS NULL OR (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND decision IS NOT NULL));

    UPDATE star_states SET published_on = (
        SELECT p.date FROM star_steps p WHERE p.review_id = star_states.review_id AND p.step = 'publicity')
      WHERE decision IS NOT NULL
        AND EXISTS (
          SELECT 1 FROM star_steps p JOIN star_steps d ON d.review_id = p.review_id AND d.step = 'decision'
          WHERE p.review_id = star_states.review_id AND p.step = 'publicity' AND d.date <= p.date)
        AND scheme_id NOT IN (
          SELECT s.id FROM star_schemes s JOIN annual_years y ON y.year = s.year WHERE y.status = 'locked');
  `,
};
