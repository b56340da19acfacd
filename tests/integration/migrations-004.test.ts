import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { migration001 } from '../../db/migrations/001-initial';
import { migration002 } from '../../db/migrations/002-evaluation';
import { migration003 } from '../../db/migrations/003-stars';
import { closeDatabase, openDatabase, type Db } from '../../db/open';

let dir: string;
let db: Db;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig4-'));
  db = await openDatabase(path.join(dir, 'a.sqlite'));
});
afterEach(() => {
  closeDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

const now = '2026-12-20T08:00:00.000Z';
const run = (sql: string, ...args: unknown[]) => db.prepare(sql).run(...args);
const count = (sql: string, ...args: unknown[]) => db.prepare(sql).pluck().get(...args) as number;

/** A year with one group, two participants, a category and an item. */
function seed(year = 2026) {
  if (count('SELECT count(*) FROM units') === 0) {
    run(`INSERT INTO units (id, name, created_at) VALUES (1, '办公室', ?)`, now);
    run(`INSERT INTO people (id, name, unit_id, created_at, updated_at) VALUES (1, '张三', 1, ?, ?), (2, '李四', 1, ?, ?)`, now, now, now, now);
  }
  run(`INSERT INTO annual_years (year, name, rules_json, created_at) VALUES (?, ?, '{}', ?)`, year, `${year}年度考核`, now);
  const groupId = Number(run(`INSERT INTO annual_groups (year, name, excellent_share, good_share, rounding, sort_order) VALUES (?, '机关科室', 0.2, 0.4, 'floor', 1)`, year).lastInsertRowid);
  run(`INSERT INTO annual_participants (year, person_id, group_id, vocabulary) VALUES (?, 1, ?, 'civil'), (?, 2, ?, 'civil')`, year, groupId, year, groupId);
  const categoryId = Number(run(`INSERT INTO annual_categories (year, name, sort_order) VALUES (?, '主责业绩', 1)`, year).lastInsertRowid);
  const itemId = Number(run(`INSERT INTO annual_items (year, category_id, name, applies_to, method, max_points, sort_order) VALUES (?, ?, '业务工作', 'person', 'score', 20, 1)`, year, categoryId).lastInsertRowid);
  return { groupId, categoryId, itemId };
}

const lock = (year: number) => run(`UPDATE annual_years SET status = 'locked', locked_at = ?, locked_by = '考核委员会', results_json = '{}' WHERE year = ?`, now, year);
const sanction = (type: string, decidedOn: string, months: number | null) =>
  run(`INSERT INTO annual_sanctions (person_id, type, decided_on, months, entered_by, entered_at) VALUES (1, ?, ?, ?, '测试员', ?)`, type, decidedOn, months, now);

describe('migration 004-annual', () => {
  it('is the fourth step and creates STRICT tables with the 加减分 kinds', () => {
    expect(migrations[3]!.version).toBe(4);
    expect(migrations[3]!.name).toBe('annual');
    expect(schemaVersion(db)).toBe(migrations.length);
    const made = db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name LIKE 'annual_%' ORDER BY name`).all();
    expect(made).toEqual(
      ['annual_adjustments', 'annual_categories', 'annual_groups', 'annual_items', 'annual_participants', 'annual_quarters', 'annual_sanctions', 'annual_scores', 'annual_years']
        .map((name) => ({ name, strict: 1 })),
    );
    expect(db.prepare(`SELECT value FROM vocabulary WHERE kind = 'annual-adjustment' ORDER BY sort_order`).pluck().all()).toEqual(['表彰奖励', '通报表扬', '通报批评', '负面清单', '其他']);
    // every year-bound table of the three features has its three lock triggers
    const triggers = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_year_lock_%'`).pluck().all() as string[];
    const tables = new Set(triggers.map((t) => t.replace(/_year_lock_(insert|update|delete)$/, '')));
    expect([...tables].sort()).toEqual([
      'annual_adjustments', 'annual_categories', 'annual_groups', 'annual_items', 'annual_participants', 'annual_quarters', 'annual_sanctions', 'annual_scores', 'annual_years',
      'eval_ballots', 'eval_events', 'eval_paper_entries', 'eval_targets', 'eval_tickets',
      'star_disqualifications', 'star_evidence', 'star_items', 'star_objections', 'star_publicity', 'star_reviews', 'star_schemes', 'star_states', 'star_steps',
    ]);
  });

  it('checks the year: range, valid rules JSON, and a lock that comes with its time and frozen results', () => {
    expect(() => run(`INSERT INTO annual_years (year, name, rules_json, created_at) VALUES (1999, 'x', '{}', ?)`, now)).toThrow(/CHECK/);
    expect(() => run(`INSERT INTO annual_years (year, name, rules_json, created_at) VALUES (2026, ' ', '{}', ?)`, now)).toThrow(/CHECK/);
    expect(() => run(`INSERT INTO annual_years (year, name, rules_json, created_at) VALUES (2026, 'x', 'not json', ?)`, now)).toThrow(/CHECK/);
    seed();
    expect(() => run(`UPDATE annual_years SET status = 'locked' WHERE year = 2026`)).toThrow(/CHECK/);
    expect(() => run(`UPDATE annual_years SET status = 'locked', locked_at = ? WHERE year = 2026`, now)).toThrow(/CHECK/);
    expect(() => run(`UPDATE annual_years SET status = 'closed', locked_at = ?, results_json = '{}' WHERE year = 2026`, now)).toThrow(/CHECK/);
    expect(() => run(`UPDATE annual_years SET results_json = '{' WHERE year = 2026`)).toThrow(/CHECK/);
    lock(2026);
    expect(count(`SELECT count(*) FROM annual_years WHERE status = 'locked'`)).toBe(1);
  });

  it('checks groups and participants: shares, rounding, names, the group of the same year, and an override with its reason', () => {
    const { groupId } = seed();
    const group = (name: string, share: number, rounding: string) =>
      run(`INSERT INTO annual_groups (year, name, excellent_share, good_share, rounding, sort_order) VALUES (2026, ?, ?, 0.4, ?, 2)`, name, share, rounding);
    expect(() => group('班子成员', 1.2, 'floor')).toThrow(/CHECK/);
    expect(() => group('班子成员', 0.2, 'truncate')).toThrow(/CHECK/);
    expect(() => group('机关科室', 0.2, 'floor')).toThrow(/UNIQUE/);
    run(`INSERT INTO annual_years (year, name, rules_json, created_at) VALUES (2027, '2027年度考核', '{}', ?)`, now);
    // a participant's group must belong to the participant's year
    expect(() => run(`INSERT INTO annual_participants (year, person_id, group_id, vocabulary) VALUES (2027, 1, ?, 'civil')`, groupId)).toThrow(/FOREIGN KEY/);
    expect(() => run(`INSERT INTO annual_participants (year, person_id, group_id, vocabulary) VALUES (2026, 1, ?, 'civil')`, groupId)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => run(`UPDATE annual_participants SET vocabulary = 'worker' WHERE person_id = 1`)).toThrow(/CHECK/);
    expect(() => run(`UPDATE annual_participants SET undetermined_override = 'yes' WHERE person_id = 1`)).toThrow(/CHECK/);
    run(`UPDATE annual_participants SET undetermined_override = 'yes', undetermined_reason = '全年病休' WHERE person_id = 1`);
    expect(() => run(`UPDATE annual_participants SET leader_score = 101 WHERE person_id = 1`)).toThrow(/CHECK/);
    expect(() => run(`UPDATE annual_participants SET confirmed = 'excellent' WHERE person_id = 1`)).toThrow(/CHECK/);
    expect(() => run(`UPDATE annual_participants SET confirmed = 'great', confirmed_at = ? WHERE person_id = 1`, now)).toThrow(/CHECK/);
    run(`UPDATE annual_participants SET confirmed = 'excellent', confirmed_at = ?, confirmed_by = '考核委员会' WHERE person_id = 1`, now);
    // a group with participants and a person in a year stay
    expect(() => run('DELETE FROM annual_groups WHERE id = ?', groupId)).toThrow(/FOREIGN KEY/);
    expect(() => run('DELETE FROM people WHERE id = 1')).toThrow(/FOREIGN KEY/);
  });

  it('checks items and their score entries', () => {
    const { categoryId, itemId } = seed();
    const item = (name: string, appliesTo: string, method: string, max: number, step: number | null, pass = 0) =>
      run(`INSERT INTO annual_items (year, category_id, name, applies_to, method, max_points, step_points, pass_to_people, sort_order) VALUES (2026, ?, ?, ?, ?, ?, ?, ?, 2)`, categoryId, name, appliesTo, method, max, step, pass);
    expect(() => item('发表信息', 'person', 'bonus', 3, null)).toThrow(/CHECK/);
    expect(() => item('发表信息', 'person', 'score', 3, 0.5)).toThrow(/CHECK/);
    expect(() => item('发表信息', 'person', 'score', 0, null)).toThrow(/CHECK/);
    expect(() => item('发表信息', 'person', 'score', 3, null, 1)).toThrow(/CHECK/);
    expect(() => item('业务工作', 'person', 'score', 3, null)).toThrow(/UNIQUE/);
    item('发表信息', 'person', 'bonus', 3, 0.5);
    const unitItem = Number(item('目标任务', 'unit', 'done', 10, null, 1).lastInsertRowid);
    expect(() => run('DELETE FROM annual_categories WHERE id = ?', categoryId)).toThrow(/FOREIGN KEY/);

    const score = (item: number, personId: number | null, unitId: number | null, year = 2026) =>
      run(`INSERT INTO annual_scores (item_id, year, person_id, unit_id, value, entered_by, entered_at) VALUES (?, ?, ?, ?, 1, '测试员', ?)`, item, year, personId, unitId, now);
    expect(() => score(itemId, 1, 1)).toThrow(/CHECK/);
    expect(() => score(itemId, null, null)).toThrow(/CHECK/);
    expect(() => score(itemId, 1, null, 2027)).toThrow(/FOREIGN KEY/);
    score(itemId, 1, null);
    expect(() => score(itemId, 1, null)).toThrow(/UNIQUE/);
    score(unitItem, null, 1);
    expect(() => score(unitItem, null, 1)).toThrow(/UNIQUE/);
    expect(() => run(`UPDATE annual_scores SET date = '2026/05/01' WHERE item_id = ?`, itemId)).toThrow(/CHECK/);
    expect(() => run('DELETE FROM annual_items WHERE id = ?', itemId)).toThrow(/FOREIGN KEY/);
    expect(() => run('DELETE FROM units WHERE id = 1')).toThrow(/FOREIGN KEY/);
  });

  it('checks quarter grades, 加减分 and 处分 records', () => {
    seed();
    const quarter = (personId: number, q: number, grade: string) =>
      run(`INSERT INTO annual_quarters (year, person_id, quarter, grade, entered_by, entered_at) VALUES (2026, ?, ?, ?, '测试员', ?)`, personId, q, grade, now);
    quarter(1, 1, 'good');
    expect(() => quarter(1, 1, 'fair')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => quarter(1, 5, 'fair')).toThrow(/CHECK/);
    expect(() => quarter(1, 2, 'excellent')).toThrow(/CHECK/);
    // only participants of the year are graded, and a graded participant stays
    run(`INSERT INTO people (id, name, unit_id, created_at, updated_at) VALUES (3, '王五', 1, ?, ?)`, now, now);
    expect(() => quarter(3, 1, 'good')).toThrow(/FOREIGN KEY/);
    expect(() => run('DELETE FROM annual_participants WHERE person_id = 1')).toThrow(/FOREIGN KEY/);

    const adjustment = (points: number, reason: string, date = '2026-05-01') =>
      run(`INSERT INTO annual_adjustments (year, person_id, kind, points, date, reason, entered_by, entered_at) VALUES (2026, 2, '通报表扬', ?, ?, ?, '测试员', ?)`, points, date, reason, now);
    expect(() => adjustment(0, '表扬')).toThrow(/CHECK/);
    expect(() => adjustment(1, ' ')).toThrow(/CHECK/);
    expect(() => adjustment(1, '表扬', '2026.05.01')).toThrow(/CHECK/);
    adjustment(-1.5, '通报批评');

    expect(() => sanction('罚款', '2026-03-01', 6)).toThrow(/CHECK/);
    expect(() => sanction('警告', '2026-03-01', 0)).toThrow(/CHECK/);
    expect(() => sanction('警告', '20260301', 6)).toThrow(/CHECK/);
    sanction('开除', '2026-03-01', null);
    expect(() => run('DELETE FROM people WHERE id = 1')).toThrow(/FOREIGN KEY/);
  });

  it('refuses a 处分 whose period touches a locked year, and leaves the others free', () => {
    seed(2025);
    seed(2026);
    // written before the lock: the period ends in 2025, runs into 2026, starts after it
    const ended = Number(sanction('警告', '2025-03-01', 6).lastInsertRowid); // to 2025-09-01
    const edge = Number(sanction('警告', '2025-07-01', 6).lastInsertRowid); // to 2026-01-01: not a day of 2026
    const into = Number(sanction('记过', '2025-06-01', 12).lastInsertRowid); // to 2026-06-01
    const later = Number(sanction('记过', '2027-02-01', 12).lastInsertRowid);
    lock(2026);

    const refused = (write: () => unknown) => expect(write).toThrow(/KAOPING_YEAR_LOCKED/);
    refused(() => sanction('警告', '2026-03-01', 6));
    refused(() => sanction('记过', '2025-06-01', 12));
    refused(() => sanction('开除', '2020-03-01', null));
    refused(() => sanction('降级', '2024-12-01', 24));
    refused(() => run('DELETE FROM annual_sanctions WHERE id = ?', into));
    refused(() => run(`UPDATE annual_sanctions SET reason = '改' WHERE id = ?`, into));
    // moving a free record into the locked year is a change to that year
    refused(() => run(`UPDATE annual_sanctions SET decided_on = '2026-02-01' WHERE id = ?`, later));
    refused(() => run('UPDATE annual_sanctions SET months = 12 WHERE id = ?', ended));

    sanction('警告', '2025-01-01', 6);
    sanction('记过', '2027-01-01', 12);
    run(`UPDATE annual_sanctions SET document_no = '某纪〔2025〕1号' WHERE id IN (?, ?)`, ended, edge);
    run('DELETE FROM annual_sanctions WHERE id = ?', later);
    expect(count('SELECT count(*) FROM annual_sanctions')).toBe(5);

    // a locked year's own rows are held too, and the year row itself
    refused(() => run(`INSERT INTO annual_quarters (year, person_id, quarter, grade, entered_by, entered_at) VALUES (2026, 1, 1, 'good', '测试员', ?)`, now));
    refused(() => run(`UPDATE annual_participants SET leader_score = 80 WHERE year = 2026`));
    refused(() => run('DELETE FROM annual_years WHERE year = 2026'));
    run(`UPDATE annual_participants SET leader_score = 80 WHERE year = 2025`);
  });

  it('migrates a version-3 file with a roster, an evaluation and a star scheme, keeping them, with a backup first', async () => {
    closeDatabase(db);
    const file = path.join(dir, 'v3.sqlite');
    const v3 = await openDatabase(file, { migrations: [migration001, migration002, migration003] });
    v3.prepare(`INSERT INTO units (id, name, created_at) VALUES (1, '办公室', ?)`).run(now);
    v3.prepare(`INSERT INTO people (name, unit_id, created_at, updated_at) VALUES ('王五', 1, ?, ?)`).run(now, now);
    v3.prepare(`INSERT INTO eval_events (name, year, date, unit_title, preset_key, config_json, created_at) VALUES ('述职测评', 2026, '2026-12-20', '某办', 'p', '{}', ?)`).run(now);
    v3.prepare(`INSERT INTO star_schemes (year, kind, name, created_at) VALUES (2026, 'person', '2026年度评星', ?)`).run(now);
    v3.prepare(`DELETE FROM vocabulary WHERE kind = 'star-disqualify' AND value = '受审查'`).run();
    expect(schemaVersion(v3)).toBe(3);
    closeDatabase(v3);

    db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.prepare('SELECT name FROM people').pluck().all()).toEqual(['王五']);
    expect(db.prepare('SELECT name FROM eval_events').pluck().all()).toEqual(['述职测评']);
    expect(db.prepare('SELECT name FROM star_schemes').pluck().all()).toEqual(['2026年度评星']);
    expect(count(`SELECT count(*) FROM vocabulary WHERE kind = 'star-disqualify'`)).toBe(3);
    expect(count(`SELECT count(*) FROM vocabulary WHERE kind = 'annual-adjustment'`)).toBe(5);
    expect(count('SELECT count(*) FROM annual_years')).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
    // the existing rows are writable: no year is locked
    db.prepare(`UPDATE eval_events SET name = '2026年度述职测评'`).run();
  });
});
