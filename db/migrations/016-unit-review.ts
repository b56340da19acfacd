import type { Migration } from './types';

/**
 * 科室评议 (DOMAIN.md §8.4): a 述职测评 event whose 测评对象 are units carries its 评议周期, the month
 * ('2026-05') or quarter ('2026-Q2') of the event's own year whose work is rated. The 月度通报 and the
 * 年度考核 read the scores of closed events by it. NULL for every other event. The year-lock
 * triggers of eval_events (migration 004) cover the new column as they cover the row.
 */
export const migration016: Migration = {
  version: 16,
  name: 'unit-review',
  sql: `
    ALTER TABLE eval_events ADD COLUMN review_period TEXT CHECK (
      review_period IS NULL OR (
        kind = 'evaluation'
        AND (review_period GLOB '[0-9][0-9][0-9][0-9]-0[1-9]' OR review_period GLOB '[0-9][0-9][0-9][0-9]-1[0-2]'
             OR review_period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]')
        AND CAST(substr(review_period, 1, 4) AS INTEGER) = year
      )
    );
    CREATE INDEX eval_events_review ON eval_events (year, review_period) WHERE review_period IS NOT NULL;
  `,
};
