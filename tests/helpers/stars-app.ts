import fs from 'node:fs';
import path from 'node:path';
import type { StarScheme } from '../../shared/stars/views';
import { personInput } from './people-input';
import type { TestApp } from './test-context';

/** Integration-test setup for 双十星: an office with a 党支部 of people, a scheme, and quarters run end to end. */

export const personNames = [
  '周立新', '黄振华', '何丽娟', '郭志强', '吴明远', '林建峰', '谢文涛', '于海涛', '袁志华', '曾晓红',
  '陈思远', '刘晓燕', '王建军', '张丽华', '李春明', '赵国庆', '孙红梅', '杨志刚', '朱永平', '马玉兰',
];

export interface StarUnit {
  readonly officeId: number;
  readonly branchId: number;
  /** people ids in creation (board) order */
  readonly people: number[];
}

export async function setUpStarUnit(app: TestApp, count = 20): Promise<StarUnit> {
  const office = await app.call('units.create', { name: '某区国防动员办公室', parentId: null });
  const branch = await app.call('units.create', { name: '机关党支部', parentId: office.id });
  const people: number[] = [];
  for (let i = 0; i < count; i++) {
    const p = await app.call('people.create', personInput(branch.id, { name: personNames[i] ?? `党员${i + 1}`, post: i === 0 ? '支部书记' : '科员', political: '中共党员' }));
    people.push(p.id);
  }
  return { officeId: office.id, branchId: branch.id, people };
}

export async function createPersonScheme(app: TestApp, year = 2026): Promise<StarScheme> {
  return app.call('stars.createScheme', { year, kind: 'person' });
}

export interface QuarterPlan {
  readonly targetId: number;
  readonly claims: readonly string[];
  /** claimed stars the branch refuses */
  readonly refuse?: readonly string[];
}

/**
 * The dates of a quarter's steps: 自评 on the 20th of its last month … 公示 from the 27th for 5 days,
 * 授星 the day after the 公示 ends.
 */
export function quarterDates(year: number, quarter: number): { self: string; vote: string; decide: string; publicity: string; award: string } {
  const month = String(quarter * 3).padStart(2, '0');
  const next = quarter === 4 ? `${year + 1}-01` : `${year}-${String(quarter * 3 + 1).padStart(2, '0')}`;
  const lastDay = [31, 30, 30, 31][quarter - 1]!;
  // 27th + 5 days crosses into the next month: 03-27 -> 04-01 (last day), 授星 04-02; 12-27 -> 01-01, 授星 01-02
  const award = `${next}-${String(6 - (lastDay - 27)).padStart(2, '0')}`;
  return { self: `${year}-${month}-20`, vote: `${year}-${month}-22`, decide: `${year}-${month}-25`, publicity: `${year}-${month}-27`, award };
}

/** 自评 -> 民主测评 -> 支部评定 -> 公示 -> 授星 for one period. */
export async function runQuarter(app: TestApp, schemeId: number, period: number, plans: readonly QuarterPlan[], year = 2026): Promise<void> {
  const d = quarterDates(year, period);
  const withClaims = plans.filter((p) => p.claims.length > 0);
  await app.call('stars.selfAssess', { schemeId, period, date: d.self, by: '本人', entries: withClaims.map((p) => ({ targetId: p.targetId, claims: p.claims.map((code) => ({ code, note: '已按要求完成' })) })) });
  await app.call('stars.recordVotes', {
    schemeId, period, date: d.vote,
    entries: withClaims.map((p) => ({ targetId: p.targetId, votes: p.claims.map((code) => ({ code, agree: 18, disagree: 2, score: null })) })),
  });
  await app.call('stars.decide', {
    schemeId, period, date: d.decide, by: '支部委员会',
    entries: withClaims.map((p) => ({
      targetId: p.targetId,
      decisions: p.claims.map((code) => (p.refuse?.includes(code) ? { code, decision: 'refuse' as const, reason: '本期未达到评星标准' } : { code, decision: 'award' as const })),
    })),
  });
  await app.call('stars.startPublicity', { schemeId, period, start: d.publicity });
  await app.call('stars.award', { schemeId, period, date: d.award });
}

/** Every row of the 双十星 tables, the vocabulary, the audit log and the evidence folder: a refused call must leave them all as they were. */
export function starSnapshot(app: TestApp): unknown {
  const tables = ['star_schemes', 'star_items', 'star_reviews', 'star_states', 'star_steps', 'star_publicity', 'star_objections', 'star_disqualifications', 'star_evidence', 'vocabulary', 'audit_log', 'people', 'units'];
  const dir = path.join(app.dir, 'evidence');
  return {
    ...Object.fromEntries(tables.map((t) => [t, app.ctx.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3`).all()])),
    evidence: fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [],
  };
}

/** A refused call: its code and message; throws if it changed anything. */
export async function starRefusal(app: TestApp, run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  const before = JSON.stringify(starSnapshot(app));
  let error: { payload?: { code: string; message: string } } | undefined;
  try {
    await run();
  } catch (e) {
    error = e as typeof error;
  }
  if (!error?.payload) throw new Error('expected the call to be refused');
  if (JSON.stringify(starSnapshot(app)) !== before) throw new Error(`a refused call changed the database: ${error.payload.message}`);
  return error.payload;
}
