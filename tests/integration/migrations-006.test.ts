import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { migration006 } from '../../db/migrations/006-star-publication';
import { closeDatabase, openDatabase, type Db } from '../../db/open';

let dir: string;
let db: Db;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-mig6-'));
  db = await openDatabase(path.join(dir, 'a.sqlite'), { migrations: migrations.slice(0, migrations.indexOf(migration006)) });
});
afterEach(() => {
  closeDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

const now = '2026-12-20T08:00:00.000Z';
const run = (sql: string, ...args: unknown[]) => db.prepare(sql).run(...args);
const published = (review: number, code: string) => db.prepare('SELECT published_on FROM star_states WHERE review_id = ? AND code = ?').pluck().get(review, code);

/** A scheme of `year` with one star and one review per person, steps dated as given. */
function review(year: number, personId: number, steps: Record<string, string>, state: { decision: 'award' | null; awardedOn?: string }): number {
  let schemeId = db.prepare('SELECT id FROM star_schemes WHERE year = ?').pluck().get(year) as number | undefined;
  if (schemeId === undefined) {
    schemeId = Number(run(`INSERT INTO star_schemes (year, kind, name, created_at) VALUES (?, 'person', '方案', ?)`, year, now).lastInsertRowid);
    run(`INSERT INTO star_items (scheme_id, code, name, tier, criteria, sort_order) VALUES (?, 'political', '政治坚定星', 'basic', '', 1)`, schemeId);
  }
  const reviewId = Number(run('INSERT INTO star_reviews (scheme_id, period, person_id) VALUES (?, 1, ?)', schemeId, personId).lastInsertRowid);
  run(`INSERT INTO star_states (review_id, scheme_id, code, claimed, decision, awarded_on) VALUES (?, ?, 'political', 1, ?, ?)`, reviewId, schemeId, state.decision, state.awardedOn ?? null);
  for (const [step, date] of Object.entries(steps)) run(`INSERT INTO star_steps (review_id, step, date, by_name, recorded_at) VALUES (?, ?, ?, '测试员', ?)`, reviewId, step, date, now);
  return reviewId;
}

describe('migration 006-star-publication', () => {
  it('records per star which 公示 published its decision, backfilled from the review steps, leaving locked years alone', () => {
    run(`INSERT INTO units (id, name, created_at) VALUES (1, '办公室', ?)`, now);
    for (const id of [1, 2, 3, 4, 5]) run(`INSERT INTO people (id, name, unit_id, created_at, updated_at) VALUES (?, ?, 1, ?, ?)`, id, `干部${id}`, now, now);
    const inPublicity = review(2026, 1, { decision: '2026-03-25', publicity: '2026-03-27' }, { decision: 'award' });
    const decidedLater = review(2026, 2, { decision: '2026-03-29', publicity: '2026-03-27' }, { decision: 'award' });
    const undecided = review(2026, 3, { self: '2026-03-20' }, { decision: null });
    const awarded = review(2026, 4, { decision: '2026-03-25', publicity: '2026-03-27', award: '2026-04-02' }, { decision: 'award', awardedOn: '2026-04-02' });
    const locked = review(2025, 5, { decision: '2025-03-25', publicity: '2025-03-27' }, { decision: 'award' });
    run(`INSERT INTO annual_years (year, name, rules_json, created_at, status, locked_at, locked_by, results_json) VALUES (2025, '2025年度考核', '{}', ?, 'locked', ?, '考核委员会', '{}')`, now, now);

    expect(migrate(db)).toBe(migrations.length);
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(published(inPublicity, 'political')).toBe('2026-03-27');
    expect(published(decidedLater, 'political')).toBeNull();
    expect(published(undecided, 'political')).toBeNull();
    expect(published(awarded, 'political')).toBe('2026-03-27');
    expect(published(locked, 'political')).toBeNull();
    // the board letters kept by migration 003's triggers are unchanged
    expect(db.prepare('SELECT states_json FROM star_reviews WHERE id = ?').pluck().get(inPublicity)).toBe('{"political":"a"}');

    // a star is published only with a decision, and only on a real day
    expect(() => run('UPDATE star_states SET published_on = ? WHERE review_id = ?', '2026-03-27', undecided)).toThrow(/CHECK/);
    expect(() => run('UPDATE star_states SET published_on = ? WHERE review_id = ?', '27/03/2026', decidedLater)).toThrow(/CHECK/);
    // the year lock of migration 004 still covers the table
    expect(() => run('UPDATE star_states SET published_on = ? WHERE review_id = ?', '2025-03-27', locked)).toThrow(/KAOPING_YEAR_LOCKED/);
  });
});
