import { describe, expect, it } from 'vitest';
import { effectiveStatus, fillNotice, isWorkingDay, periodSentence, publicityEndDay, publicityLockRefusal } from '../../shared/publicity';

/** The 公示期 in working days and the lock gate (DOMAIN §9.1), from the worked examples. */

describe('公示期 in working days', () => {
  it('counts the posting day when it is a working day: Monday 2027-01-04 for 5 days ends Friday 2027-01-08', () => {
    expect(publicityEndDay('2027-01-04', 5)).toBe('2027-01-08');
    expect(publicityEndDay('2027-01-04', 1)).toBe('2027-01-04');
  });
  it('skips the weekend: Thursday 2027-01-07 for 5 days ends Wednesday 2027-01-13', () => {
    expect(publicityEndDay('2027-01-07', 5)).toBe('2027-01-13');
  });
  it('starts at the next working day when posted on a Saturday', () => {
    expect(publicityEndDay('2027-01-09', 5)).toBe('2027-01-15');
  });
  it('skips the office calendar’s holidays and counts its 调休 workdays', () => {
    // 2026-12-31 Thu; 2027-01-01 Fri off (New Year); 2027-01-02 Sat worked (调休)
    const calendar = { holidays: ['2027-01-01'], workdays: ['2027-01-02'] };
    expect(isWorkingDay('2027-01-01', calendar)).toBe(false);
    expect(isWorkingDay('2027-01-02', calendar)).toBe(true);
    expect(isWorkingDay('2027-01-03', calendar)).toBe(false);
    // 31, 2, 4, 5, 6
    expect(publicityEndDay('2026-12-31', 5, calendar)).toBe('2027-01-06');
    // without the calendar: 31, 1, 4, 5, 6
    expect(publicityEndDay('2026-12-31', 5)).toBe('2027-01-06');
    expect(publicityEndDay('2026-12-31', 5, { holidays: ['2027-01-01'], workdays: [] })).toBe('2027-01-07');
  });
  it('rejects a day that is not on the calendar', () => {
    expect(() => publicityEndDay('2027-02-30', 5)).toThrow(RangeError);
  });
  it('words the period as a notice does, and fills the year and count', () => {
    expect(periodSentence('2027-01-04', '2027-01-08', 5)).toBe('公示时间：2027年1月4日至2027年1月8日（5个工作日）。');
    expect(fillNotice('拟确定以下{人数}名同志为{年度}年度考核优秀等次人选', 2026, 12)).toBe('拟确定以下12名同志为2026年度考核优秀等次人选');
  });
});

describe('the 公示’s hold on 「确认并锁定年度」', () => {
  const p = { title: '关于2026年度考核优秀等次人选的公示', status: 'published' as const, end: '2027-01-08', openObjections: [] };
  it('holds while the period runs, the last day included', () => {
    expect(publicityLockRefusal(p, '2027-01-08')).toBe('不能锁定年度：「关于2026年度考核优秀等次人选的公示」正在公示中，公示期至2027年1月8日，公示期满后方可锁定');
    expect(publicityLockRefusal(p, '2027-01-09')).toBeNull();
    expect(effectiveStatus('published', '2027-01-08', '2027-01-09')).toBe('ended');
    expect(effectiveStatus('published', '2027-01-08', '2027-01-08')).toBe('published');
  });
  it('holds while any objection is open, whatever the period, naming the first three', () => {
    const open = { ...p, openObjections: ['甲', '乙', '丙', '丁'] };
    expect(publicityLockRefusal(open, '2027-02-01')).toBe('不能锁定年度：公示收到的异议还有4件未办结（甲；乙；丙等），请在「优秀公示」中登记处理结果和办结日期后再锁定');
    expect(publicityLockRefusal({ ...open, status: 'ended' }, '2027-01-05')).toContain('4件未办结');
  });
  it('does not hold for a draft never published, nor without a 公示', () => {
    expect(publicityLockRefusal({ ...p, status: 'draft' }, '2027-01-05')).toBeNull();
    expect(publicityLockRefusal(null, '2027-01-05')).toBeNull();
  });
});
