import { describe, expect, it } from 'vitest';
import { GridEditQueue, withQueuedEdits, type GridEdit, type GridEditIo } from '../../renderer/pages/stars/review/grid-edits';
import { personStarPreset } from '../../shared/stars/presets';
import type { GridRow } from '../../shared/stars/views';

const order = personStarPreset.map((s) => s.code);

/** A fake service: saves resolve one tick later, in order, like the HTTP round trips; one code is refused. */
function fakeService(refused = new Set<string>()) {
  const saved = new Map<number, string[]>();
  const awarded: string[] = [];
  const errors: string[] = [];
  let refreshes = 0;
  const tick = () => new Promise((r) => setTimeout(r, 1));
  const io: GridEditIo = {
    async saveClaims(targetId, codes) {
      await tick();
      const bad = codes.find((c) => refused.has(c));
      if (bad) throw new Error(`refused ${bad}`);
      saved.set(targetId, [...codes]);
    },
    async award(targetId, code) {
      await tick();
      awarded.push(`${targetId}:${code}`);
    },
    async refresh() {
      refreshes++;
      await tick();
    },
    failed: (error: unknown, edit: GridEdit) => void errors.push(`${(error as Error).message} (${edit.code})`),
  };
  return { io, saved, awarded, errors, refreshes: () => refreshes };
}

const idle = async (q: GridEditQueue) => {
  for (let i = 0; i < 1000 && q.busy; i++) await new Promise((r) => setTimeout(r, 1));
  expect(q.busy).toBe(false);
};
const none = { claims: [] as string[], notes: new Map<string, string>() };

describe('the 评星 grid edit queue', () => {
  it('keeps every Space typed faster than the saves: ten toggles across a row save ten claims', async () => {
    const s = fakeService();
    const q = new GridEditQueue(s.io, order);
    // the grid still shows nothing claimed for every key (it has not refetched): each push passes the stale row
    for (const code of order) q.push({ kind: 'claim', targetId: 7, code }, none);
    expect(q.claimsView(7)).toEqual(order);
    await idle(q);
    expect(s.saved.get(7)).toEqual(order);
    // one refetch after the burst, not one per key
    expect(s.refreshes()).toBe(1);
    expect(q.claimsView(7)).toBeUndefined();
  });

  it('applies toggles in the order typed: on, off, on again', async () => {
    const s = fakeService();
    const q = new GridEditQueue(s.io, order);
    const shown = { claims: ['political'], notes: new Map([['political', '见台账']]) };
    for (const code of ['discipline', 'political', 'discipline', 'discipline', 'integrity']) q.push({ kind: 'claim', targetId: 1, code }, shown);
    expect(q.claimsView(1)).toEqual(['discipline', 'integrity']);
    await idle(q);
    expect(s.saved.get(1)).toEqual(['discipline', 'integrity']);
  });

  it('reports a refused keystroke and keeps the ones after it', async () => {
    const s = fakeService(new Set(['learning']));
    const q = new GridEditQueue(s.io, order);
    for (const code of ['political', 'learning', 'discipline']) q.push({ kind: 'claim', targetId: 3, code }, none);
    await idle(q);
    expect(s.errors).toEqual(['refused learning (learning)']);
    expect(s.saved.get(3)).toEqual(['political', 'discipline']);
  });

  it('saves a claim before the 通过 typed after it, and shows both until the grid is fetched again', async () => {
    const s = fakeService();
    const q = new GridEditQueue(s.io, order);
    q.push({ kind: 'claim', targetId: 2, code: 'political' }, none);
    q.push({ kind: 'award', targetId: 2, code: 'political' }, none);
    const cell = (code: string) => ({ code, state: 'none' as const, claimed: false, claimNote: '', evidence: 0, agree: null, disagree: null, score: null, decision: null, refuseReason: '', awardedOn: null, removedOn: null, removedReason: '', publishedOn: null });
    const row: GridRow = { targetId: 2, name: '周立新', unitId: 1, unitName: '办公室', post: '', reviewId: null, disqualified: null, steps: [], cells: order.map(cell), held: 0, remark: '' };
    const other: GridRow = { ...row, targetId: 9 };
    const [shown, untouched] = withQueuedEdits([row, other], q);
    expect(shown!.cells[0]).toMatchObject({ state: 'approved', decision: 'award' });
    expect(untouched).toBe(other);
    await idle(q);
    expect(s.saved.get(2)).toEqual(['political']);
    expect(s.awarded).toEqual(['2:political']);
    expect(withQueuedEdits([row], q)[0]).toBe(row);
  });
});
