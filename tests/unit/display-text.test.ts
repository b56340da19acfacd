import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterName } from '../../shared/annual/rules';
import { dayText, momentText, paperDayText } from '../../shared/date-text';
import { postRankText } from '../../shared/domain/person';
import { unitAndPostText } from '../../electron/services/reports/register';

// The office's clock (UTC+8): a timestamp stored in UTC shows as the local day and time.
const savedTz = process.env.TZ;
beforeAll(() => void (process.env.TZ = 'Asia/Shanghai'));
afterAll(() => void (savedTz === undefined ? delete process.env.TZ : (process.env.TZ = savedTz)));

describe('date-text', () => {
  it('shows a day as 2026-12-02, a stored timestamp as its local day', () => {
    expect(dayText('2026-12-02')).toBe('2026-12-02');
    // 20:30 UTC on 1 December is already 2 December in Beijing
    expect(dayText('2026-12-01T20:30:00.000Z')).toBe('2026-12-02');
    expect(dayText(null)).toBe('');
    expect(dayText('')).toBe('');
    expect(dayText('不是日期')).toBe('不是日期');
    // the main process's clock: a Date, its local day
    expect(dayText(new Date('2026-12-01T16:00:00.000Z'))).toBe('2026-12-02');
  });

  it('shows a moment in local time, with seconds on request', () => {
    expect(momentText('2026-12-01T20:30:07.000Z')).toBe('2026-12-02 04:30');
    expect(momentText('2026-12-02T06:05:07.123Z', { seconds: true })).toBe('2026-12-02 14:05:07');
    expect(momentText(undefined)).toBe('');
  });

  it('dates paper the way offices do, without a time-zone shift on a bare day', () => {
    expect(paperDayText('2026-01-06')).toBe('2026年1月6日');
    expect(paperDayText('2026-12-31T17:00:00.000Z')).toBe('2027年1月1日');
    expect(paperDayText(null)).toBe('');
    expect(paperDayText(new Date('2026-12-01T16:00:00.000Z'))).toBe('2026年12月2日');
  });
});

describe('one wording for one thing (issue 14 §7)', () => {
  it('prints 职务 and 职级 once each', () => {
    expect(postRankText('四级调研员', '四级调研员')).toBe('四级调研员');
    expect(postRankText('副主任', '二级主任科员')).toBe('副主任（二级主任科员）');
    expect(postRankText('', '一级科员')).toBe('一级科员');
    expect(postRankText('科员', null)).toBe('科员');
    expect(postRankText('办公室主任、四级调研员', '四级调研员')).toBe('办公室主任、四级调研员');
    expect(unitAndPostText('办公室', '四级调研员', '四级调研员')).toBe('办公室 四级调研员');
    expect(unitAndPostText('办公室', null, null)).toBe('办公室');
  });

  it('names quarters in words', () => {
    expect([1, 2, 3, 4].map(quarterName)).toEqual(['第一季度', '第二季度', '第三季度', '第四季度']);
  });
});
