import type { Migration } from './types';

/**
 * The roster fields the official forms ask for (DOMAIN.md §1): 民族, 籍贯, 学历 (文化程度, from the
 * 'education' vocabulary, data the user may edit), 参加工作时间 and 入党时间 (YYYY.MM, checked like
 * 出生年月); and per participant of a 考核年度 the 从事或分管工作 and 备注 the 年度考核登记表 prints
 * (DOMAIN.md §5). annual_participants' year-lock triggers (migration 004) fire on an update of any
 * column, so the two new ones are covered as they stand.
 */
export const migration012: Migration = {
  version: 12,
  name: 'roster-fields',
  sql: `
    ALTER TABLE people ADD COLUMN ethnicity TEXT;
    ALTER TABLE people ADD COLUMN native_place TEXT;
    ALTER TABLE people ADD COLUMN education TEXT;
    ALTER TABLE people ADD COLUMN work_start TEXT CHECK (work_start GLOB '[0-9][0-9][0-9][0-9].[0-1][0-9]');
    ALTER TABLE people ADD COLUMN party_since TEXT CHECK (party_since GLOB '[0-9][0-9][0-9][0-9].[0-1][0-9]');
    INSERT OR IGNORE INTO vocabulary (kind, value, sort_order) VALUES
      ('education', '研究生', 1), ('education', '大学本科', 2), ('education', '大学专科', 3),
      ('education', '中专', 4), ('education', '高中', 5), ('education', '初中及以下', 6);

    ALTER TABLE annual_participants ADD COLUMN duties TEXT NOT NULL DEFAULT '';
    ALTER TABLE annual_participants ADD COLUMN remark TEXT NOT NULL DEFAULT '';
  `,
};
