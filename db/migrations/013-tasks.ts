import { lockTriggers } from './004-annual';
import type { Migration } from './types';

/**
 * 工作任务清单 (DOMAIN §8.1): a 考核年度's 目标 → 项目 → 任务 tree (task_items), each task's 牵头 and
 * 配合 units (task_units) and its dated 节点 (task_nodes). 滞后 is computed, never stored. A locked
 * year refuses every write, by triggers of the same kind as migration 004's (ARCHITECTURE §5).
 */

const ownYear = (row: 'NEW' | 'OLD') => `${row}.year`;
const taskYear = (row: 'NEW' | 'OLD') => `SELECT year FROM task_items WHERE id = ${row}.task_id`;

export const migration013: Migration = {
  version: 13,
  name: 'tasks',
  sql: `
    CREATE TABLE task_items (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      kind TEXT NOT NULL CHECK (kind IN ('goal', 'project', 'task')),
      parent_id INTEGER REFERENCES task_items(id) ON DELETE CASCADE,
      sort_order INTEGER NOT NULL DEFAULT 0,
      title TEXT NOT NULL CHECK (length(trim(title)) > 0),
      measure TEXT NOT NULL DEFAULT '',
      person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
      note TEXT NOT NULL DEFAULT '',
      -- a 目标 is at the top, a 项目 under a 目标, a 任务 under a 项目 (checked by the service too)
      CHECK ((kind = 'goal') = (parent_id IS NULL)),
      CHECK (kind = 'task' OR (person_id IS NULL AND measure = ''))
    ) STRICT;
    CREATE INDEX task_items_year ON task_items (year, parent_id, sort_order);
    CREATE INDEX task_items_parent ON task_items (parent_id);
    CREATE INDEX task_items_person ON task_items (person_id);

    CREATE TABLE task_units (
      task_id INTEGER NOT NULL REFERENCES task_items(id) ON DELETE CASCADE,
      unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
      role TEXT NOT NULL CHECK (role IN ('lead', 'assist')),
      sort_order INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (task_id, unit_id)
    ) STRICT;
    CREATE UNIQUE INDEX task_units_one_lead ON task_units (task_id) WHERE role = 'lead';
    CREATE INDEX task_units_unit ON task_units (unit_id);

    CREATE TABLE task_nodes (
      id INTEGER PRIMARY KEY,
      task_id INTEGER NOT NULL REFERENCES task_items(id) ON DELETE CASCADE,
      sort_order INTEGER NOT NULL DEFAULT 0,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      due_on TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'doing', 'done')),
      done_on TEXT CHECK (done_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      note TEXT NOT NULL DEFAULT '',
      -- a completion date exactly when 已完成
      CHECK ((status = 'done') = (done_on IS NOT NULL))
    ) STRICT;
    CREATE INDEX task_nodes_task ON task_nodes (task_id, sort_order);
    ${lockTriggers('task_items', ownYear)}
    ${lockTriggers('task_units', taskYear)}
    ${lockTriggers('task_nodes', taskYear)}
  `,
};
