import type { Migration } from './types';

/**
 * 自动取数 of a 考核项目 (DOMAIN §4, §8.7): an item of the 指标体系 may take its value from a 能力作风建设
 * figure instead of typed scores — 任务按时完成率 ('tasks'), 周晒参与率 ('weekly'), 科室评议平均得分
 * ('review') or a 专项活动's 任务完成率 ('campaign', with the campaign) — and says how the figure
 * becomes points: the figure that earns the 满分 (source_full) and the one at or below which it earns
 * nothing (source_zero); the preset 100 / 0 gives points = rate × 满分. Only a 直接评分 item can take
 * a source. A deleted campaign leaves the item without one (shown as 「缺」 with the reason). The
 * table keeps migration 004's year-lock triggers, which cover the new columns.
 */
export const migration018: Migration = {
  version: 18,
  name: 'item-sources',
  sql: `
    ALTER TABLE annual_items ADD COLUMN source TEXT NOT NULL DEFAULT 'none'
      CHECK (source IN ('none', 'tasks', 'weekly', 'review', 'campaign') AND (source = 'none' OR method = 'score'));
    ALTER TABLE annual_items ADD COLUMN source_campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL
      CHECK (source_campaign_id IS NULL OR source = 'campaign');
    ALTER TABLE annual_items ADD COLUMN source_full REAL NOT NULL DEFAULT 100;
    ALTER TABLE annual_items ADD COLUMN source_zero REAL NOT NULL DEFAULT 0 CHECK (source_zero >= 0 AND source_full > source_zero);
  `,
};
