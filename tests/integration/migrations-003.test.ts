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
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig3-'));
  db = await openDatabase(path.join(dir, 'a.sqlite'));
});
afterEach(() => {
  closeDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

const now = '2026-12-20T08:00:00.000Z';
const hash = 'a'.repeat(64);

function seed() {
  const unitId = Number(db.prepare(`INSERT INTO units (name, created_at) VALUES ('机关党支部', ?)`).run(now).lastInsertRowid);
  const personId = Number(db.prepare(`INSERT INTO people (name, unit_id, created_at, updated_at) VALUES ('张三', ?, ?, ?)`).run(unitId, now, now).lastInsertRowid);
  const schemeId = Number(db.prepare(`INSERT INTO star_schemes (year, kind, name, created_at) VALUES (2026, 'person', '2026年度评星', ?)`).run(now).lastInsertRowid);
  db.prepare(`INSERT INTO star_items (scheme_id, code, name, tier, sort_order) VALUES (?, 'political', '政治坚定星', 'basic', 1), (?, 'integrity', '廉洁自律星', 'basic', 2)`).run(schemeId, schemeId);
  const reviewId = Number(db.prepare(`INSERT INTO star_reviews (scheme_id, period, person_id) VALUES (?, 1, ?)`).run(schemeId, personId).lastInsertRowid);
  return { unitId, personId, schemeId, reviewId };
}

const state = (reviewId: number, schemeId: number, fields: Record<string, unknown>) => {
  const cols = ['review_id', 'scheme_id', 'code', ...Object.keys(fields).filter((k) => k !== 'code')];
  const values = [reviewId, schemeId, fields.code ?? 'political', ...Object.entries(fields).filter(([k]) => k !== 'code').map(([, v]) => v)];
  return db.prepare(`INSERT INTO star_states (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...values);
};

describe('migration 003-stars', () => {
  it('is the third step and creates STRICT tables', () => {
    expect(migrations[2]!.version).toBe(3);
    expect(migrations[2]!.name).toBe('stars');
    expect(schemaVersion(db)).toBe(migrations.length);
    const made = db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name LIKE 'star_%' ORDER BY name`).all();
    expect(made).toEqual(
      ['star_disqualifications', 'star_evidence', 'star_items', 'star_objections', 'star_publicity', 'star_reviews', 'star_schemes', 'star_states', 'star_steps'].map((name) => ({ name, strict: 1 })),
    );
  });

  it('seeds the editable 不得参评 reasons', () => {
    const reasons = db.prepare(`SELECT value FROM vocabulary WHERE kind = 'star-disqualify' ORDER BY sort_order`).all();
    expect(reasons).toEqual([{ value: '处分期内' }, { value: '受审查' }, { value: '未参加组织生活' }, { value: '未交党费' }]);
  });

  it('allows one scheme per year and kind, and checks the cycle, rule and gates', () => {
    seed();
    expect(() => db.prepare(`INSERT INTO star_schemes (year, kind, name, created_at) VALUES (2026, 'person', 'x', ?)`).run(now)).toThrow(/UNIQUE/);
    expect(() => db.prepare(`INSERT INTO star_schemes (year, kind, name, created_at) VALUES (2026, 'team', 'x', ?)`).run(now)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO star_schemes (year, kind, name, cycle, created_at) VALUES (2027, 'person', 'x', 'weekly', ?)`).run(now)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO star_schemes (year, kind, name, year_end_rule, created_at) VALUES (2027, 'person', 'x', 'min-periods', ?)`).run(now)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO star_schemes (year, kind, name, gates_json, created_at) VALUES (2027, 'person', 'x', '{}', ?)`).run(now)).toThrow(/CHECK/);
    db.prepare(`INSERT INTO star_schemes (year, kind, name, year_end_rule, year_end_periods, created_at) VALUES (2027, 'person', 'x', 'min-periods', 3, ?)`).run(now);
  });

  it('keeps one review per target and period, a person or a unit', () => {
    const { unitId, personId, schemeId } = seed();
    expect(() => db.prepare(`INSERT INTO star_reviews (scheme_id, period, person_id) VALUES (?, 1, ?)`).run(schemeId, personId)).toThrow(/UNIQUE/);
    expect(() => db.prepare(`INSERT INTO star_reviews (scheme_id, period, person_id, unit_id) VALUES (?, 2, ?, ?)`).run(schemeId, personId, unitId)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO star_reviews (scheme_id, period) VALUES (?, 2)`).run(schemeId)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO star_reviews (scheme_id, period, person_id) VALUES (?, 13, ?)`).run(schemeId, personId)).toThrow(/CHECK/);
  });

  it('orders the facts of a star: decided only when claimed, refused with a reason, removed only after an award, with a reason', () => {
    const { schemeId, reviewId } = seed();
    expect(() => state(reviewId, schemeId, { code: 'unknown', claimed: 1 })).toThrow(/FOREIGN KEY/);
    expect(() => state(reviewId, schemeId, { decision: 'award' })).toThrow(/CHECK/);
    expect(() => state(reviewId, schemeId, { claimed: 1, decision: 'refuse' })).toThrow(/CHECK/);
    expect(() => state(reviewId, schemeId, { claimed: 1, awarded_on: '2026-04-01' })).toThrow(/CHECK/);
    expect(() => state(reviewId, schemeId, { claimed: 1, decision: 'award', awarded_on: '2026-04-01', removed_on: '2026-03-01', removed_reason: 'x' })).toThrow(/CHECK/);
    expect(() => state(reviewId, schemeId, { claimed: 1, decision: 'award', awarded_on: '2026-04-01', removed_on: '2026-05-01' })).toThrow(/CHECK/);
    state(reviewId, schemeId, { claimed: 1, decision: 'award', awarded_on: '2026-04-01', removed_on: '2026-05-01', removed_reason: '列入负面清单' });
    state(reviewId, schemeId, { code: 'integrity', claimed: 1, decision: 'refuse', refuse_reason: '未达标准' });
  });

  it('keeps each review\'s board letters (states_json) in step with its states', () => {
    const { schemeId, reviewId } = seed();
    const letters = () => JSON.parse((db.prepare('SELECT states_json FROM star_reviews WHERE id = ?').get(reviewId) as { states_json: string }).states_json);
    expect(letters()).toEqual({});
    state(reviewId, schemeId, { claimed: 1 });
    state(reviewId, schemeId, { code: 'integrity', claimed: 1, decision: 'refuse', refuse_reason: '未达标准' });
    expect(letters()).toEqual({ political: 'c', integrity: 'r' });
    db.prepare(`UPDATE star_states SET decision = 'award' WHERE code = 'political'`).run();
    expect(letters().political).toBe('a');
    db.prepare(`UPDATE star_states SET awarded_on = '2026-04-01' WHERE code = 'political'`).run();
    expect(letters().political).toBe('h');
    db.prepare(`UPDATE star_states SET removed_on = '2026-05-01', removed_reason = '列入负面清单' WHERE code = 'political'`).run();
    expect(letters().political).toBe('x');
    db.prepare(`DELETE FROM star_states WHERE code = 'integrity'`).run();
    expect(letters()).toEqual({ political: 'x' });
  });

  it('refuses a state whose scheme is not its review\'s, and a star with states cannot be dropped', () => {
    const { schemeId, reviewId } = seed();
    const other = Number(db.prepare(`INSERT INTO star_schemes (year, kind, name, created_at) VALUES (2026, 'org', 'x', ?)`).run(now).lastInsertRowid);
    db.prepare(`INSERT INTO star_items (scheme_id, code, name, tier, sort_order) VALUES (?, 'political', '政治引领星', 'basic', 1)`).run(other);
    expect(() => state(reviewId, other, { claimed: 1 })).toThrow(/FOREIGN KEY/);
    state(reviewId, schemeId, { claimed: 1 });
    expect(() => db.prepare(`DELETE FROM star_items WHERE scheme_id = ? AND code = 'political'`).run(schemeId)).toThrow(/FOREIGN KEY/);
  });

  it('keeps people and units with reviews; deleting a review takes its states, steps and disqualification', () => {
    const { personId, schemeId, reviewId } = seed();
    state(reviewId, schemeId, { claimed: 1 });
    db.prepare(`INSERT INTO star_steps (review_id, step, date, by_name, recorded_at) VALUES (?, 'self', '2026-03-20', '本人', ?)`).run(reviewId, now);
    expect(() => db.prepare(`INSERT INTO star_steps (review_id, step, date, by_name, recorded_at) VALUES (?, 'vote2', '2026-03-20', '本人', ?)`).run(reviewId, now)).toThrow(/CHECK/);
    expect(() => db.prepare('DELETE FROM people WHERE id = ?').run(personId)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM star_reviews WHERE id = ?').run(reviewId);
    expect(db.prepare('SELECT count(*) AS n FROM star_states').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM star_steps').get()).toEqual({ n: 0 });
  });

  it('checks 公示 dates, objections and evidence records', () => {
    const { schemeId, reviewId } = seed();
    expect(() => db.prepare(`INSERT INTO star_publicity (scheme_id, period, start_date, end_date, days, by_name) VALUES (?, 1, '2026-03-27', '2026-03-27', 5, 'x')`).run(schemeId)).toThrow(/CHECK/);
    db.prepare(`INSERT INTO star_publicity (scheme_id, period, start_date, end_date, days, by_name) VALUES (?, 1, '2026-03-27', '2026-04-01', 5, 'x')`).run(schemeId);
    expect(() => db.prepare(`INSERT INTO star_objections (review_id, date, content, result, recorded_at) VALUES (?, '2026-03-28', '有异议', 'maybe', ?)`).run(reviewId, now)).toThrow(/CHECK/);
    const evidence = (stored: string, sha: string, size: number) =>
      db.prepare(`INSERT INTO star_evidence (review_id, code, original_name, stored_name, sha256, size, added_at) VALUES (?, 'political', 'a.pdf', ?, ?, ?, ?)`).run(reviewId, stored, sha, size, now);
    expect(() => evidence(`${hash}.pdf`, hash, 20 * 1024 * 1024 + 1)).toThrow(/CHECK/);
    expect(() => evidence(`${hash}.pdf`, 'Z'.repeat(64), 10)).toThrow(/CHECK/);
    expect(() => evidence('../../x.pdf', hash, 10)).toThrow(/CHECK/);
    evidence(`${hash}.pdf`, hash, 10);
    expect(() => db.prepare('DELETE FROM star_reviews WHERE id = ?').run(reviewId)).toThrow(/FOREIGN KEY/);
  });

  it('migrates a version-2 file with a roster and an evaluation, keeping both, with a backup first', async () => {
    closeDatabase(db);
    const file = path.join(dir, 'v2.sqlite');
    const v2 = await openDatabase(file, { migrations: [migration001, migration002] });
    v2.prepare(`INSERT INTO units (id, name, created_at) VALUES (1, '办公室', ?)`).run(now);
    v2.prepare(`INSERT INTO people (name, unit_id, created_at, updated_at) VALUES ('王五', 1, ?, ?)`).run(now, now);
    v2.prepare(`INSERT INTO eval_events (name, year, date, unit_title, preset_key, config_json, created_at) VALUES ('述职测评', 2026, '2026-12-20', '某办', 'p', '{}', ?)`).run(now);
    v2.prepare(`DELETE FROM vocabulary WHERE kind = 'political' AND value = '群众'`).run();
    expect(schemaVersion(v2)).toBe(2);
    closeDatabase(v2);
    db = await openDatabase(file, { backupDir: path.join(dir, 'backups'), migrations: [migration001, migration002, migration003] });
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT name FROM people').all()).toEqual([{ name: '王五' }]);
    expect(db.prepare('SELECT name FROM eval_events').all()).toEqual([{ name: '述职测评' }]);
    // the office's own vocabulary edits are untouched; the new list is added beside them
    expect(db.prepare(`SELECT count(*) AS n FROM vocabulary WHERE kind = 'political'`).get()).toEqual({ n: 5 });
    expect(db.prepare(`SELECT count(*) AS n FROM vocabulary WHERE kind = 'star-disqualify'`).get()).toEqual({ n: 4 });
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
  });
});
