import { personInput } from './people-input';
import type { TestApp } from './test-context';
import { insertPersonRow } from '../../db/people/people';
import { insertUnit } from '../../db/units/units';

/**
 * A large star year written straight into the tables (the services would take minutes for 80,000
 * states): `people` people in 10 党支部, a person scheme with every quarter claimed, decided, in
 * 公示 and awarded, a few refusals, removals and 不得参评. For the budgets, not for behaviour.
 */
export async function seedBulkStarYear(app: TestApp, people = 2000, year = 2026): Promise<{ schemeId: number; officeId: number }> {
  const db = app.ctx.db;
  const officeId = insertUnit(db, '某市国防动员办公室', null);
  const branches = Array.from({ length: 10 }, (_x, i) => insertUnit(db, `第${i + 1}党支部`, officeId));
  db.transaction(() => {
    for (let i = 0; i < people; i++) insertPersonRow(db, personInput(branches[i % 10]!, { name: `党员${String(i + 1).padStart(4, '0')}`, post: '科员' }) as never);
  })();
  const scheme = await app.call('stars.createScheme', { year, kind: 'person' });
  const codes = scheme.items.map((i) => i.code);
  const personIds = (db.prepare('SELECT id FROM people ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  const review = db.prepare('INSERT INTO star_reviews (scheme_id, period, person_id) VALUES (?, ?, ?)');
  const state = db.prepare(
    `INSERT INTO star_states (review_id, scheme_id, code, claimed, claim_note, agree, disagree, decision, refuse_reason, awarded_on, removed_on, removed_reason)
     VALUES (?, ?, ?, 1, '见台账', 18, 2, ?, ?, ?, ?, ?)`,
  );
  const step = db.prepare(`INSERT INTO star_steps (review_id, step, date, by_name, recorded_at) VALUES (?, ?, ?, '支部委员会', '2026-01-01T00:00:00Z')`);
  const disqualify = db.prepare(`INSERT INTO star_disqualifications (review_id, reason, note, date, by_name) VALUES (?, '处分期内', '', ?, '支部委员会')`);
  db.transaction(() => {
    for (let q = 1; q <= 4; q++) {
      const award = `${year}-${String(q * 3).padStart(2, '0')}-28`;
      db.prepare(`INSERT INTO star_publicity (scheme_id, period, start_date, end_date, days, by_name) VALUES (?, ?, ?, ?, 5, '组织委员')`)
        .run(scheme.id, q, `${year}-${String(q * 3).padStart(2, '0')}-20`, `${year}-${String(q * 3).padStart(2, '0')}-25`);
      personIds.forEach((personId, i) => {
        const reviewId = Number(review.run(scheme.id, q, personId).lastInsertRowid);
        if ((i + q) % 97 === 0) {
          disqualify.run(reviewId, award);
          return;
        }
        for (const s of ['self', 'vote', 'decision', 'publicity', 'award']) step.run(reviewId, s, award);
        codes.forEach((code, c) => {
          const refused = (i + c + q) % 13 === 0;
          const removed = !refused && (i * 7 + c) % 211 === 0;
          state.run(reviewId, scheme.id, code, refused ? 'refuse' : 'award', refused ? '本期未达标准' : '', refused ? null : award, removed ? award : null, removed ? '列入负面清单' : '');
        });
      });
    }
  })();
  return { schemeId: scheme.id, officeId };
}
