import type { Migration } from './types';

/** Units, people, audit log, settings and vocabularies: the foundation of every later feature. */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  sql: `
    CREATE TABLE units (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      parent_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
      sort_order INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL
    ) STRICT;
    -- A unit name is unique among its siblings; COALESCE makes top-level names unique too.
    CREATE UNIQUE INDEX units_sibling_name ON units (COALESCE(parent_id, 0), name);

    CREATE TABLE people (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      gender TEXT CHECK (gender IN ('男', '女')),
      birth TEXT CHECK (birth GLOB '[0-9][0-9][0-9][0-9].[0-1][0-9]'),
      id_number TEXT UNIQUE CHECK (length(id_number) IN (15, 18)),
      staff_no TEXT UNIQUE,
      political TEXT,
      unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
      post TEXT,
      rank TEXT,
      post_since TEXT CHECK (post_since GLOB '[0-9][0-9][0-9][0-9].[0-1][0-9]'),
      category TEXT,
      is_leader INTEGER NOT NULL DEFAULT 0 CHECK (is_leader IN (0, 1)),
      status TEXT NOT NULL DEFAULT '在职' CHECK (status IN ('在职', '调离', '退休')),
      status_date TEXT,
      hire_date TEXT,
      probation_end TEXT,
      note TEXT,
      sort_order INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX people_unit ON people (unit_id);
    CREATE INDEX people_name ON people (name);

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT,
      summary TEXT NOT NULL,
      before_json TEXT,
      after_json TEXT
    ) STRICT;
    CREATE INDEX audit_log_at ON audit_log (at);
    CREATE INDEX audit_log_action ON audit_log (action);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value_json TEXT NOT NULL
    ) STRICT;

    -- Vocabularies are data (政治面貌, 人员类别, …): presets the user may edit.
    CREATE TABLE vocabulary (
      kind TEXT NOT NULL,
      value TEXT NOT NULL,
      sort_order INTEGER NOT NULL,
      PRIMARY KEY (kind, value)
    ) STRICT;
    INSERT INTO vocabulary (kind, value, sort_order) VALUES
      ('political', '中共党员', 1), ('political', '中共预备党员', 2), ('political', '共青团员', 3),
      ('political', '民主党派', 4), ('political', '无党派人士', 5), ('political', '群众', 6),
      ('category', '公务员', 1), ('category', '参照公务员法管理', 2), ('category', '事业', 3),
      ('category', '工勤', 4), ('category', '聘用', 5);
  `,
};
