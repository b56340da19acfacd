import type { EvaluationEvent } from '../../shared/contract/evaluation';
import type { BallotMarks, EvaluationConfig } from '../../shared/evaluation/config';
import { personInput } from './people-input';
import type { TestApp } from './test-context';

/** Integration-test setup for 述职测评: a unit with people, and an event over them. */

export interface EventSetup {
  /** the preset's config, to change before setting targets */
  readonly preset?: string;
  readonly people?: number;
  readonly change?: (config: EvaluationConfig) => EvaluationConfig;
  readonly groups?: readonly string[];
}

export async function setUpEvent(app: TestApp, setup: EventSetup = {}): Promise<EvaluationEvent> {
  const unit = await app.call('units.create', { name: '某市国防动员办公室', parentId: null });
  const names = ['周立新', '黄振华', '何丽娟', '郭志强', '吴明远', '林建峰', '谢文涛', '于海涛', '袁志华', '曾晓红'];
  const ids: number[] = [];
  for (let i = 0; i < (setup.people ?? 5); i++) {
    const person = await app.call('people.create', personInput(unit.id, { name: names[i] ?? `干部${i + 1}`, post: i === 0 ? '主任' : '副主任' }));
    ids.push(person.id);
  }
  const created = await app.call('evaluation.create', {
    name: '2026年度干部述职民主测评', year: 2026, date: '2026-12-20', unitTitle: '某市国防动员办公室', presetKey: setup.preset ?? 'civil-servant-level',
  });
  if (setup.change) await app.call('evaluation.update', { id: created.id, config: setup.change(created.config) });
  return app.call('evaluation.setTargets', {
    id: created.id,
    targets: ids.map((personId, i) => ({ personId, unitId: null, group: setup.groups?.[i] ?? '' })),
  });
}

/**
 * A level ballot from the digits a clerk types: one per 测评对象 in ballot order (1 优秀 … 4 不称职,
 * 0 弃权), e.g. levelBallot(event, 'A', '1220').
 */
export function levelBallot(event: Pick<EvaluationEvent, 'config' | 'targetList'>, category: string, keys: string): BallotMarks {
  if (keys.length !== event.targetList.length) throw new Error(`need ${event.targetList.length} keys, got ${keys}`);
  return {
    category,
    lines: event.targetList.map((t, i) => ({
      targetId: t.id,
      level: keys[i] === '0' ? null : event.config.levels.find((l) => l.key === keys[i])!.code,
      scores: {},
    })),
  };
}

/** The payload of a refused call. */
export async function refused(run: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run;
  } catch (e) {
    const payload = (e as { payload?: { code: string; message: string } }).payload;
    if (payload) return payload;
    throw e;
  }
  throw new Error('expected the call to be refused');
}

/** Rows of the 述职测评 tables and the audit log, to prove a refused call changed nothing. */
export const evaluationSnapshot = (app: TestApp): string =>
  JSON.stringify(['eval_events', 'eval_targets', 'eval_tickets', 'eval_ballots', 'eval_paper_entries', 'audit_log'].map((t) =>
    app.ctx.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all(),
  ));

/** Refused, and the database exactly as before. */
export async function refusedUnchanged(app: TestApp, run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  const before = evaluationSnapshot(app);
  const payload = await refused(run());
  if (evaluationSnapshot(app) !== before) throw new Error('a refused call changed the database');
  return payload;
}
