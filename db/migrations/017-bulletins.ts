import { lockTriggers } from './004-annual';
import type { Migration } from './types';

/**
 * 月度通报 (DOMAIN §8.5): each 考核年度's 通报 rules (units covered, ranking weights, title words,
 * 落款) and one 通报 per month with its 期数, 印发日期 and the clerk's text. At 印发 the figures are
 * frozen into `figures_json`, so a printed 通报 never changes; a draft has none and shows live
 * figures. Both tables get migration 004's year-lock triggers.
 */
const ownYear = (row: 'NEW' | 'OLD') => `${row}.year`;

export const migration017: Migration = {
  version: 17,
  name: 'bulletins',
  sql: `
    CREATE TABLE bulletin_years (
      year INTEGER PRIMARY KEY REFERENCES annual_years(year) ON DELETE CASCADE,
      -- shared/bulletins/settings.ts bulletinSettings, parsed through its schema when read
      settings_json TEXT NOT NULL CHECK (json_valid(settings_json)),
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE bulletins (
      id INTEGER PRIMARY KEY,
      -- a year with 通报 cannot be deleted (db/annual yearDataKinds names them)
      year INTEGER NOT NULL REFERENCES annual_years(year) ON DELETE RESTRICT,
      month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
      issue_no INTEGER NOT NULL CHECK (issue_no > 0),
      issued_on TEXT NOT NULL CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      title TEXT NOT NULL CHECK (length(trim(title)) > 0),
      opening TEXT NOT NULL DEFAULT '',
      -- the 表扬 / 批评 lines, a JSON array of strings each
      praise_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(praise_json) AND json_type(praise_json) = 'array'),
      criticism_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(criticism_json) AND json_type(criticism_json) = 'array'),
      signature TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('draft', 'issued')),
      -- shared/bulletins/views.ts bulletinFigures, frozen at 印发
      figures_json TEXT CHECK (figures_json IS NULL OR json_valid(figures_json)),
      issued_at TEXT,
      issued_by TEXT,
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (year, month),
      UNIQUE (year, issue_no),
      CHECK ((status = 'issued') = (figures_json IS NOT NULL)),
      CHECK ((status = 'issued') = (issued_at IS NOT NULL))
    ) STRICT;

    ${lockTriggers('bulletin_years', ownYear)}
    ${lockTriggers('bulletins', ownYear)}
  `,
};
