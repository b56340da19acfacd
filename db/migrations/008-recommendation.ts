import type { Migration } from './types';

/**
 * 民主推荐 / 评选表优 / 赞成票 events (DOMAIN.md §7) are ballot events like the 述职测评's: they live in
 * eval_events with kind 'recommendation' and use its 票号, ballot and entry slots, kiosk session and
 * year-lock triggers unchanged. Their posts and candidates are part of the rules (config_json), since a
 * person may stand for several posts; eval_targets stays the 述职测评's. Existing events are 述职测评.
 */
export const migration008: Migration = {
  version: 8,
  name: 'recommendation',
  sql: `
    ALTER TABLE eval_events ADD COLUMN kind TEXT NOT NULL DEFAULT 'evaluation' CHECK (kind IN ('evaluation', 'recommendation'));
    CREATE INDEX eval_events_kind_year ON eval_events (kind, year);
  `,
};
