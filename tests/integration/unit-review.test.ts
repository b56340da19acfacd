import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personInput } from '../helpers/people-input';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { levelBallot, refusedUnchanged } from '../helpers/evaluation-app';

/** 科室评议 (DOMAIN.md §8.4): a 述职测评 event rating units for a month or quarter; closed ones give scores. */
let app: TestApp;
let units: Record<string, number>;
let personId: number;
beforeEach(async () => {
  app = await createTestApp();
  const root = await app.call('units.create', { name: '某市国防动员办公室', parentId: null });
  units = {};
  for (const name of ['办公室', '规划科', '训练科']) units[name] = (await app.call('units.create', { name, parentId: root.id })).id;
  personId = (await app.call('people.create', personInput(units['办公室']!, { name: '周立新' }))).id;
});
afterEach(() => app.close());

const create = (extra: { reviewPeriod?: string | null; presetKey?: string; date?: string } = {}) =>
  app.call('evaluation.create', { name: '5月科室评议', year: 2026, date: extra.date ?? '2026-05-28', unitTitle: '某市国防动员办公室', presetKey: extra.presetKey ?? 'unit-review', ...(extra.reviewPeriod === undefined ? {} : { reviewPeriod: extra.reviewPeriod }) });

describe('科室评议', () => {
  it('takes the month of its date as 评议周期 unless one is chosen; a period outside the year is refused and nothing is written', async () => {
    expect((await create()).reviewPeriod).toBe('2026-05');
    expect((await create({ reviewPeriod: '2026-Q2' })).reviewPeriod).toBe('2026-Q2');
    const r = await refusedUnchanged(app, () => create({ reviewPeriod: '2025-12' }));
    expect(r).toMatchObject({ code: 'REVIEW_PERIOD_OUT_OF_YEAR', message: '评议周期2025年12月不在2026年度内，请选择本年度的月份或季度' });
    // an ordinary 述职测评 has none and cannot be given one
    const plain = await create({ presetKey: 'satisfaction' });
    expect(plain.reviewPeriod).toBeNull();
    expect(await refusedUnchanged(app, () => app.call('evaluation.update', { id: plain.id, reviewPeriod: '2026-05' }))).toMatchObject({ code: 'NOT_A_UNIT_REVIEW' });
  });

  it('rates units only; its closed results give each unit its score, satisfaction and rank, and open events give none', async () => {
    const event = await create();
    const person = await refusedUnchanged(app, () => app.call('evaluation.setTargets', { id: event.id, targets: [{ personId, unitId: null, group: '' }] }));
    expect(person).toMatchObject({ code: 'UNIT_REVIEW_PERSON_TARGET', message: '科室评议的测评对象应为科室或单位，第1个“周立新”是个人' });
    const ready = await app.call('evaluation.setTargets', { id: event.id, targets: ['办公室', '规划科', '训练科'].map((n) => ({ personId: null, unitId: units[n]!, group: '' })) });
    await app.call('evaluation.update', { id: event.id, reviewPeriod: '2026-Q2' });
    await app.call('evaluation.setStatus', { id: event.id, status: 'live' });
    // keys: 1 满意 100, 2 基本满意 70, 3 不满意 40, 4 不了解 0
    for (const [category, keys] of [['A', '112'], ['A', '122'], ['B', '123'], ['B', '213']] as const) {
      await app.call('evaluation.kioskSubmit', { id: event.id, marks: levelBallot(ready, category, keys) });
    }
    expect(await app.call('evaluation.unitReviews', { year: 2026 })).toEqual([]);
    await app.call('evaluation.close', { id: event.id });

    const [review, ...others] = await app.call('evaluation.unitReviews', { year: 2026 });
    expect(others).toEqual([]);
    expect(review).toMatchObject({ eventId: event.id, name: '5月科室评议', date: '2026-05-28', period: '2026-Q2' });
    // 领导班子成员 30, 机关干部职工 40 (服务对象代表 cast nothing: the weights re-normalise over 70)
    const byName = Object.fromEntries(review!.scores.map((s) => [s.unitName, s]));
    expect(byName['办公室']!.score).toBeCloseTo((30 * 100 + 40 * 85) / 70, 9);
    expect(byName['规划科']!.score).toBeCloseTo(85, 9);
    expect(byName['训练科']!.score).toBeCloseTo((30 * 70 + 40 * 40) / 70, 9);
    expect(review!.scores.map((s) => [s.unitId, s.rank, s.validBallots, s.satisfaction])).toEqual([
      [units['办公室'], 1, 4, 1],
      [units['规划科'], 2, 4, 1],
      [units['训练科'], 3, 4, 0.5],
    ]);
    expect(await app.call('evaluation.unitReviews', { year: 2025 })).toEqual([]);

    // its 统计表 says 科室评议 and names units with their 上级单位, not people with posts
    const file = await app.call('evaluation.exportResults', { id: event.id });
    expect(file.fileName).toBe('5月科室评议-科室评议结果统计表.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.bytes) as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    const text = sheet.getSheetValues().flat().map(String).join('|');
    expect(text).toContain('某市国防动员办公室2026年第二季度科室评议结果统计表');
    expect(text).toContain('科室/单位|上级单位');
    expect(text).not.toContain('职务');
  });
});
